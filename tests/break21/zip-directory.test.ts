import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { STUDENT_HEADERS, sheetOf, xlsxOf } from "../import/files";
import { importTables, studentRow, upload, useImportWorld } from "../import/world";

// break21: zips whose central directory the import's inflation count reads one way and exceljs's JSZip
// another. JSZip finds the end record anywhere in the file, reads entries for as long as their signature
// repeats (whatever the count says) and moves every offset when the directory does not end where the end
// record begins ("data prepended"). Each such file hid a bomb from the count: it must be refused, 400 in
// Chinese, nothing written — and a real workbook must still import.

const w = useImportWorld();
const MB = 1024 * 1024;

/** A real workbook whose sheet XML inflates to `mb` MB of whitespace, every size declared truthfully. */
async function bomb(mb: number): Promise<Uint8Array<ArrayBuffer>> {
  const real = await JSZip.loadAsync(await xlsxOf(STUDENT_HEADERS, [studentRow("某校", "某专业", "1")]));
  const sheetPath = Object.keys(real.files).find((p) => /worksheets\/sheet1\.xml$/.test(p))!;
  const xml = await real.file(sheetPath)!.async("string");
  real.file(sheetPath, xml.replace("<sheetData>", "<sheetData>" + " ".repeat(mb * MB)));
  return new Uint8Array(await real.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } }));
}

const endRecordOf = (bytes: Uint8Array) => {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = bytes.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  return { view, end };
};

/** 70 KB of spaces after the end record: past the 64 KB a zip comment may take, still found by JSZip. */
function trailingJunk(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes.byteLength + 70 * 1024);
  out.set(bytes);
  out.fill(0x20, bytes.byteLength);
  return out;
}

/**
 * The end record's count says one entry fewer (the last, the sheet itself when the bomb's sheet is written
 * last) — JSZip reads on while the signature repeats. The sheet is moved to be the last entry first.
 */
async function countShort(mb: number): Promise<Uint8Array<ArrayBuffer>> {
  const zip = await JSZip.loadAsync(await bomb(mb));
  const sheetPath = Object.keys(zip.files).find((p) => /worksheets\/sheet1\.xml$/.test(p))!;
  const sheet = await zip.file(sheetPath)!.async("uint8array");
  zip.remove(sheetPath);
  zip.file(sheetPath, sheet);
  const bytes = new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } }));
  const { view, end } = endRecordOf(bytes);
  view.setUint16(end + 8, view.getUint16(end + 8, true) - 1, true);
  view.setUint16(end + 10, view.getUint16(end + 10, true) - 1, true);
  return bytes;
}

/**
 * The workbook with a stored local header of 35 bytes put in front (the file still begins PK\x03\x04), its
 * offsets left as they were: the directory no longer ends where the end record begins, so JSZip takes the
 * gap for prepended data and shifts every offset by it — reading the bomb — while the offsets read as
 * stated land on no directory at all.
 */
async function shifted(mb: number): Promise<Uint8Array<ArrayBuffer>> {
  const real = await bomb(mb);
  const name = new TextEncoder().encode("a.txt");
  const local = new Uint8Array(30 + name.byteLength);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(26, name.byteLength, true);
  local.set(name, 30);
  const out = new Uint8Array(local.byteLength + real.byteLength);
  out.set(local, 0);
  out.set(real, local.byteLength);
  return out;
}

async function refused(bytes: Uint8Array<ArrayBuffer>) {
  expect(bytes.byteLength).toBeLessThan(10 * MB);
  const before = await importTables(w.db);
  const response = await upload(w.schoolStaff.client, "STUDENTS", bytes, "名册.xlsx");
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBe(400);
  expect(text).toMatch(/解压后超过 100 MB|无法读取该 Excel 文件/);
  expect(await importTables(w.db)).toEqual(before);
}

describe("a bomb whose directory the inflation count reads otherwise than JSZip", () => {
  it("70 KB after the end record (JSZip still finds it; the count looked only in the last 64 KB): refused", async () => {
    const bytes = trailingJunk(await bomb(150));
    // JSZip reads it: the bomb is live, not merely corrupt.
    expect(Object.keys((await JSZip.loadAsync(bytes)).files).length).toBeGreaterThan(3);
    await refused(bytes);
  }, 120_000);

  it("the end record counts one entry fewer than the directory holds (JSZip reads them all): refused", async () => {
    const bytes = await countShort(150);
    expect(Object.keys((await JSZip.loadAsync(bytes)).files).some((p) => /sheet1\.xml$/.test(p))).toBe(true);
    await refused(bytes);
  }, 120_000);

  it("bytes prepended before a bomb, its offsets left unshifted (JSZip shifts them): refused", async () => {
    const bytes = await shifted(150);
    expect(Object.keys((await JSZip.loadAsync(bytes)).files).some((p) => /sheet1\.xml$/.test(p))).toBe(true);
    await refused(bytes);
  }, 120_000);
});

describe("real workbooks still import", () => {
  it("an exceljs workbook, and the same with a zip comment: both read, the rows shown for checking", async () => {
    const bytes = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, w.programNames[0]!, "B21-1")]);
    expect((await sheetOf(bytes)).sheet.rowCount).toBe(2);
    const response = await upload(w.schoolStaff.client, "STUDENTS", bytes, "名册.xlsx");
    expect(response.status).toBe(302);
    const zip = await JSZip.loadAsync(bytes);
    const commented = new Uint8Array(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE", comment: "青城产教通 名册" }));
    const again = await upload(w.schoolStaff.client, "STUDENTS", commented, "名册.xlsx");
    expect(again.status).toBe(302);
  }, 120_000);
});

describe("a directory of 65,534 entries all pointing at one piece of data", () => {
  it("refused for its number of entries before any is inflated: 400 in Chinese, nothing written", async () => {
    const real = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, w.programNames[0]!, "B21-2")]);
    const { view, end } = endRecordOf(real);
    const cd = view.getUint32(end + 16, true);
    const first = real.subarray(cd, cd + 46 + view.getUint16(cd + 28, true) + view.getUint16(cd + 30, true) + view.getUint16(cd + 32, true));
    const n = 65_534;
    const out = new Uint8Array(cd + first.byteLength * n + 22);
    out.set(real.subarray(0, cd));
    for (let i = 0; i < n; i++) out.set(first, cd + i * first.byteLength);
    const endAt = cd + first.byteLength * n;
    out.set(real.subarray(end, end + 22), endAt);
    const ov = new DataView(out.buffer);
    ov.setUint16(endAt + 8, n, true);
    ov.setUint16(endAt + 10, n, true);
    ov.setUint32(endAt + 12, first.byteLength * n, true);
    ov.setUint32(endAt + 16, cd, true);
    expect(out.byteLength).toBeLessThan(10 * MB);
    const before = await importTables(w.db);
    const response = await upload(w.schoolStaff.client, "STUDENTS", out, "名册.xlsx");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("工作簿内含文件过多（65534 个，上限 1000 个）");
    expect(await importTables(w.db)).toEqual(before);
  }, 120_000);
});
