import JSZip from "jszip";
import { describe, expect, it } from "vitest";
import { STUDENT_HEADERS, xlsxOf } from "../import/files";
import { importTables, jobIdFrom, studentRow, upload, useImportWorld } from "../import/world";

// break14: hostile uploads and form bodies on /imports/new and /imports/:id — a Chinese message, 4xx,
// nothing written, never 500.

const w = useImportWorld();

async function docx(): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>');
  zip.file("word/document.xml", '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>名册</w:t></w:r></w:p></w:body></w:document>');
  return new Uint8Array(await zip.generateAsync({ type: "uint8array" }));
}

async function bomb(): Promise<Uint8Array<ArrayBuffer>> {
  // A valid workbook whose sheet XML inflates to ~200 MB of whitespace from well under 1 MB.
  const real = await JSZip.loadAsync(await xlsxOf(STUDENT_HEADERS, [studentRow("某校", "某专业", "1")]));
  const sheetPath = Object.keys(real.files).find((p) => /worksheets\/sheet1\.xml$/.test(p))!;
  const xml = await real.file(sheetPath)!.async("string");
  real.file(sheetPath, xml.replace("<sheetData>", "<sheetData>" + " ".repeat(200 * 1024 * 1024)));
  return new Uint8Array(await real.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } }));
}

/**
 * The same zip, every entry declaring it inflates to 1 KB (central directory and local headers): the
 * sizes a zip states are the sender's word, and a bomb need not tell the truth about itself.
 */
function understated(bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(bytes);
  const view = new DataView(out.buffer);
  let end = out.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end--;
  let at = view.getUint32(end + 16, true);
  for (let n = view.getUint16(end + 10, true); n > 0; n--) {
    view.setUint32(at + 24, 1024, true);
    view.setUint32(view.getUint32(at + 42, true) + 22, 1024, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe("uploads that are not rosters", () => {
  it("a .docx renamed .xlsx: 400 with a Chinese message, nothing written", async () => {
    const before = await importTables(w.db);
    const response = await upload(w.schoolStaff.client, "STUDENTS", await docx(), "名册.xlsx");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/[\u4e00-\u9fff]/);
    expect(await importTables(w.db)).toEqual(before);
  });

  it("a zip bomb-ish xlsx (200 MB of sheet XML in < 1 MB): refused with a Chinese message, not read whole", async () => {
    const bytes = await bomb();
    expect(bytes.byteLength).toBeLessThan(10 * 1024 * 1024);
    const response = await upload(w.schoolStaff.client, "STUDENTS", bytes, "名册.xlsx");
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/过大|无法读取/);
  }, 120_000);

  it("the same bomb declaring 1 KB per entry: refused as too large once inflated past the limit, nothing written", async () => {
    const before = await importTables(w.db);
    const response = await upload(w.schoolStaff.client, "STUDENTS", understated(await bomb()), "名册.xlsx");
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("解压后超过 100 MB");
    expect(await importTables(w.db)).toEqual(before);
  }, 120_000);
});

describe("hostile bodies on /imports/new and /imports/:id", () => {
  it("kind missing, unknown, huge, markup, control characters; no file: 400 each, nothing written", async () => {
    const before = await importTables(w.db);
    const bytes = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, w.programNames[0]!, "80001")]);
    for (const kind of ["", "abc", "x".repeat(100_000), "<script>alert(1)</script>", "STUDENTS\u0000"]) {
      const response = await upload(w.schoolStaff.client, kind, bytes);
      expect(response.status, JSON.stringify(kind.slice(0, 20))).toBe(400);
    }
    expect((await upload(w.schoolStaff.client, "STUDENTS", null)).status).toBe(400);
    expect(await importTables(w.db)).toEqual(before);
  });

  it("a job's form: intent missing, unknown, huge; confirm by another school (404): nothing written", async () => {
    const bytes = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, w.programNames[0]!, "80002")]);
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bytes));
    const before = await importTables(w.db);
    for (const fields of [{}, { intent: "abc" }, { intent: "x".repeat(100_000) }, { intent: "confirm\u0000" }, { intent: ["confirm", "cancel"] }]) {
      const r = await w.schoolStaff.client.post(`/imports/${id}`, fields as Record<string, string>);
      expect(r.status, JSON.stringify(fields).slice(0, 40)).toBe(400);
    }
    expect((await w.otherSchoolStaff.client.post(`/imports/${id}`, { intent: "confirm" })).status).toBe(404);
    expect((await w.otherSchoolStaff.client.get(`/imports/${id}/errors.xlsx`)).status).toBe(404);
    expect((await w.teacherUser.client.post(`/imports/${id}`, { intent: "confirm" })).status).toBeGreaterThanOrEqual(403);
    expect(await importTables(w.db)).toEqual(before);
  });
});
