// The retention tracker's public entry for other features (the quality report reads 留呼 here).
export { retentionInScope } from "./retention.server";
