// The positions feature's public server entry: the search the /positions page runs, for features
// that must match positions exactly as the page does (saved searches, app/features/saved).
export { readSearchQuery, searchPositions, type SearchQuery } from "./search.server";
