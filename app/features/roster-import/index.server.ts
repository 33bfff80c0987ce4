// What other features and scripts may use of the roster import.
export { analyseUpload, writeJob, countsOf, errorsOf, type WriteOutcome } from "./import.server";
export { readTable, UnreadableFile, IMPORT_LIMIT_BYTES } from "./read-table.server";
export type { ImportActor, RowIssue } from "./validate.server";
