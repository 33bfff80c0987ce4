// Process-wide settings the route modules need. Like the database handle, they live on globalThis
// because the tsx-run server entry and the Remix server bundle each have their own module copies.
const KEY = Symbol.for("qingcheng.runtime");

export type Runtime = { sessionSecret: string; secureCookies: boolean };
type Holder = { [KEY]?: Runtime };

export function installRuntime(runtime: Runtime): void {
  (globalThis as Holder)[KEY] = runtime;
}

export function runtime(): Runtime {
  const current = (globalThis as Holder)[KEY];
  if (!current) throw new Error("运行时尚未初始化：服务启动时应先调用 installRuntime()");
  return current;
}
