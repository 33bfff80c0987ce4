// A value taken from a URL or a form may be any string, "__proto__" and "constructor" included:
// indexing a plain object with it reaches Object.prototype (a function or an object where a string
// was expected, then a 500). Tables keyed by what a visitor typed are read only through here.

/** `table[key]` when `key` is the table's own key, else undefined. */
export function lookup<T>(table: Readonly<Record<string, T>>, key: string | null | undefined): T | undefined {
  return typeof key === "string" && Object.hasOwn(table, key) ? table[key] : undefined;
}
