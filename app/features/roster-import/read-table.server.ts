import { createInflateRaw } from "node:zlib";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";

// An uploaded roster as a table of text cells: .xlsx through exceljs, .csv in UTF-8 (with or without a
// BOM) or GBK/GB18030 (what Excel on Chinese Windows saves as "CSV"). The type is read from the
// bytes, never from the file's name: a zip is a workbook, text is CSV, anything else is refused.
// Every cell becomes text here — a date cell as YYYY-MM-DD, a number as its digits, TRUE/FALSE as
// 是/否 — so validation reads one kind of value whichever way the school's Excel stored it.

/** One upload's limit: a 24,000-row roster is about 1 MB as .xlsx and 2 MB as CSV. */
export const IMPORT_LIMIT_BYTES = 10 * 1024 * 1024;
/** Data rows in one file: a city's whole roster (24,069 in 2023) fits twice. */
export const IMPORT_MAX_ROWS = 50_000;

export type TableRow = { row: number; cells: string[] };
/** `row` is the row number Excel shows (the header is row 1). */
export type Table = { format: "xlsx" | "csv"; headers: string[]; rows: TableRow[] };

/** What a workbook may inflate to: a 50,000-row roster's sheet XML is about 30 MB; a zip bomb is far more. */
export const IMPORT_LIMIT_INFLATED_BYTES = 100 * 1024 * 1024;

/**
 * Files inside one workbook: a roster's has about a dozen (sheets, styles, a few images more). Each is
 * inflated to be counted, a zlib stream apiece; a directory of 65,534 entries overlapping one piece of data
 * (4 MB) took the count 9 s of work alone, for nothing a roster needs.
 */
export const IMPORT_MAX_ZIP_ENTRIES = 1_000;

export class UnreadableFile extends Error {}

const isZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
const isOle = (b: Uint8Array) => b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0;

/** The table in `bytes`, or throws UnreadableFile with a Chinese message for the importer. */
export async function readTable(bytes: Uint8Array): Promise<Table> {
  if (bytes.byteLength === 0) throw new UnreadableFile("文件是空的");
  if (bytes.byteLength > IMPORT_LIMIT_BYTES) throw new UnreadableFile(`文件过大（上限 ${IMPORT_LIMIT_BYTES / 1024 / 1024} MB）`);
  if (isOle(bytes)) throw new UnreadableFile("不支持旧版 Excel（.xls）文件，请在 Excel 中另存为 .xlsx 或 CSV 后再上传");
  const table = isZip(bytes) ? await readXlsx(bytes) : readCsv(bytes);
  if (table.rows.length > IMPORT_MAX_ROWS) throw new UnreadableFile(`数据行过多（上限 ${IMPORT_MAX_ROWS} 行），请分多个文件导入`);
  return table;
}

// ---------------------------------------------------------------- xlsx

/**
 * The uncompressed size a zip declares in its central directory (the sum over its entries), or null when
 * there is no directory it reads as JSZip would (the import then refuses the file). ZIP64 sizes count as unbounded.
 */
export function declaredInflatedSize(bytes: Uint8Array): number | null {
  const entries = centralDirectory(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (entries === null) return null;
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize === 0xffffffff) return Number.POSITIVE_INFINITY;
    total += entry.uncompressedSize;
  }
  return total;
}

/**
 * What the zip's entries really inflate to, in bytes, counting no further than `cap` (an answer above it
 * means "more"). Each entry named by the central directory is inflated and its output counted, never kept:
 * the sizes a zip declares can lie, and exceljs (through JSZip) would find out only once it had inflated
 * everything into memory. null when there is no directory read as JSZip would, or an entry is not stored or deflated
 * (the import refuses the file).
 */
export async function inflatedSize(bytes: Uint8Array, cap: number): Promise<number | null> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(view);
  if (entries === null) return null;
  let total = 0;
  for (const entry of entries) {
    const local = entry.localHeaderAt;
    if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== 0x04034b50) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = bytes.subarray(start, start + entry.compressedSize);
    if (entry.method === 0) total += data.byteLength;
    else if (entry.method === 8) total += await inflatedLength(data, cap - total);
    else return null;
    if (total > cap) return total;
  }
  return total;
}

type CentralEntry = { method: number; compressedSize: number; uncompressedSize: number; localHeaderAt: number };

/**
 * The central directory's entries (APPNOTE 4.3.12), or null when it is not one exceljs's JSZip would read the
 * same way: the end record is the last signature in the file (JSZip searches the whole file, not the last
 * 64 KB), the entries are read for as long as their signature repeats (JSZip ignores the stated count), and
 * they fill exactly the bytes between the stated offset and the end record — JSZip moves every offset when
 * they do not ("data prepended"), and would then read entries this count never saw. A ZIP64 marker in a
 * count or offset is null too: JSZip would read the 64-bit values this reader does not.
 */
function centralDirectory(view: DataView): CentralEntry[] | null {
  let end = -1;
  for (let i = view.byteLength - 4; i >= 0; i--)
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0 || end + 22 > view.byteLength) return null;
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  let at = view.getUint32(end + 16, true);
  if (count === 0xffff || at === 0xffffffff || size === 0xffffffff || at + size !== end) return null;
  const entries: CentralEntry[] = [];
  while (at + 46 <= end && view.getUint32(at, true) === 0x02014b50) {
    const entry = {
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      uncompressedSize: view.getUint32(at + 24, true),
      localHeaderAt: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.localHeaderAt === 0xffffffff) return null;
    entries.push(entry);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return at === end && entries.length === count ? entries : null;
}

/** The length of `data` inflated (raw deflate), stopping once it passes `cap`. A corrupt stream: 0 (exceljs refuses it). */
function inflatedLength(data: Uint8Array, cap: number): Promise<number> {
  return new Promise((resolve) => {
    const inflate = createInflateRaw({ chunkSize: 1024 * 1024 }); // 1 MB pieces: fewer events than the 16 KB default
    let length = 0;
    inflate.on("data", (chunk: Buffer) => {
      length += chunk.byteLength;
      if (length > cap) {
        inflate.destroy();
        resolve(length);
      }
    });
    inflate.on("end", () => resolve(length));
    inflate.on("error", () => resolve(0));
    inflate.end(data);
  });
}

async function readXlsx(bytes: Uint8Array): Promise<Table> {
  // Checked before exceljs inflates anything: a small zip can declare gigabytes (a zip bomb), or declare
  // little and inflate to gigabytes all the same.
  const tooLarge = () => new UnreadableFile(`文件过大（解压后超过 ${IMPORT_LIMIT_INFLATED_BYTES / 1024 / 1024} MB），请删除多余的工作表、格式或图片后再上传`);
  // A zip whose directory this count cannot read is refused, not handed on for exceljs to refuse: JSZip reads
  // more zips than the count does (ZIP64, shifted offsets, a directory past the last 64 KB), bombs included.
  const unreadable = () => new UnreadableFile("无法读取该 Excel 文件，请确认是 .xlsx 格式且未损坏");
  const entries = centralDirectory(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (entries !== null && entries.length > IMPORT_MAX_ZIP_ENTRIES)
    throw new UnreadableFile(`工作簿内含文件过多（${entries.length} 个，上限 ${IMPORT_MAX_ZIP_ENTRIES} 个），不像是名册，请另存为新的 .xlsx 后再上传`);
  const declared = declaredInflatedSize(bytes);
  if (declared !== null && declared > IMPORT_LIMIT_INFLATED_BYTES) throw tooLarge();
  const inflated = declared === null ? null : await inflatedSize(bytes, IMPORT_LIMIT_INFLATED_BYTES);
  if (inflated === null) throw unreadable();
  if (inflated > IMPORT_LIMIT_INFLATED_BYTES) throw tooLarge();
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch {
    throw unreadable();
  }
  const sheet = workbook.worksheets.find((s) => s.state !== "hidden" && s.rowCount > 0) ?? workbook.worksheets[0];
  if (!sheet) throw new UnreadableFile("工作簿中没有工作表");
  const width = sheet.getRow(1).cellCount;
  const headers = Array.from({ length: width }, (_, i) => cellTextOf(sheet.getRow(1).getCell(i + 1)));
  const rows: TableRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    if (number === 1) return;
    const cells = Array.from({ length: width }, (_, i) => cellTextOf(row.getCell(i + 1)));
    if (cells.some((c) => c !== "")) rows.push({ row: number, cells });
  });
  return { format: "xlsx", headers, rows };
}

/**
 * A cell as the text Excel shows, as far as the import needs it: a whole number in a zero-padded format
 * ("0000", how schools keep 学号 0012 in a number column) keeps its leading zeros; otherwise cellText.
 */
export function cellTextOf(cell: ExcelJS.Cell): string {
  const value = cell.value;
  const digits = /^0+$/.exec(cell.numFmt ?? "");
  if (digits && typeof value === "number" && Number.isInteger(value) && value >= 0) return String(value).padStart(digits[0].length, "0");
  return cellText(value);
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An exceljs cell value as text. Dates are the day Excel shows (exceljs gives it as UTC midnight). */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "是" : "否";
  if (typeof value === "string") return value.trim();
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join("").trim();
    if ("error" in value) return "";
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    if ("text" in value && typeof value.text === "string") return value.text.trim();
  }
  return "";
}

// ---------------------------------------------------------------- csv

/** UTF-8 when the bytes are valid UTF-8 (a BOM or none), GB18030 (a superset of GBK) otherwise. */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "gb18030");
  }
}

function readCsv(bytes: Uint8Array): Table {
  // A zero byte never occurs in a text file; in a binary file (a PDF, an image) it nearly always does early on.
  if (bytes.subarray(0, 8192).includes(0)) throw new UnreadableFile("只能导入 Excel（.xlsx）或 CSV 文件");
  const records = parseCsv(decodeText(bytes).replace(/^\ufeff/, ""));
  const [header, ...data] = records;
  if (!header || header.every((c) => c.trim() === "")) throw new UnreadableFile("文件中没有表头行（第 1 行应为列名）");
  const width = header.length;
  const rows: TableRow[] = [];
  data.forEach((cells, i) => {
    const trimmed = Array.from({ length: width }, (_, j) => (cells[j] ?? "").trim());
    if (trimmed.some((c) => c !== "")) rows.push({ row: i + 2, cells: trimmed });
  });
  return { format: "csv", headers: header.map((h) => h.trim()), rows };
}

/** RFC 4180 records: fields separated by commas, quoted with "…" (a quote inside doubled), CRLF or LF between records. */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === "") quoted = true;
    else if (c === ",") {
      record.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(field);
      records.push(record);
      record = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
