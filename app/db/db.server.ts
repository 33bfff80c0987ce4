import type { Database } from "./database.server";

// One database per process. It lives on globalThis because the server entry (run by tsx) and
// the Remix server bundle each load their own copy of this module; both must share one handle,
// and an embedded PGlite directory must never be opened twice.
const KEY = Symbol.for("qingcheng.database");
type Holder = { [KEY]?: Database };

export function installDatabase(database: Database): void {
  (globalThis as Holder)[KEY] = database;
}

export function database(): Database {
  const current = (globalThis as Holder)[KEY];
  if (!current) throw new Error("数据库尚未初始化：服务启动时应先调用 installDatabase()");
  return current;
}

/** The Prisma client of the installed database. */
export function prisma() {
  return database().prisma;
}
