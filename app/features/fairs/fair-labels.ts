// Words and limits the fair pages show in the browser (fairs.server.ts is not bundled for it).

/** /fairs?when=…: by the clock, not the state (upcoming: starts after now; running: started, not ended; past: ended). */
export const WHEN_LABEL = { upcoming: "即将举办", running: "正在举办", past: "已举办" } as const;

/** The longest title search /fairs?q= takes. */
export const QUERY_MAX = 50;
