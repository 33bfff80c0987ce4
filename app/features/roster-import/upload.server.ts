import { IMPORT_LIMIT_BYTES } from "./read-table.server";

// The upload field of /imports/new checked before its bytes are read as a table (read-table.server.ts
// then tells a workbook from CSV by its bytes and refuses anything else).

export type RosterFile = { fileName: string; bytes: Uint8Array };

export async function checkRosterFile(value: unknown): Promise<RosterFile | { error: string }> {
  if (Array.isArray(value)) return { error: "只能上传一个文件" };
  if (!(value instanceof File) || (value.size === 0 && value.name === "")) return { error: "请选择要导入的文件" };
  if (value.size === 0) return { error: "文件是空的" };
  if (value.size > IMPORT_LIMIT_BYTES) return { error: `文件过大（上限 ${IMPORT_LIMIT_BYTES / 1024 / 1024} MB）` };
  return { fileName: cleanFileName(value.name), bytes: new Uint8Array(await value.arrayBuffer()) };
}

/** A name safe to show: no path, no control or direction characters, at most 100 characters. */
function cleanFileName(name: string): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  return (base || "导入文件").slice(0, 100);
}
