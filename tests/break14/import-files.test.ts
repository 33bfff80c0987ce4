import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { readTable } from "~/features/roster-import/read-table.server";
import { STUDENT_HEADERS, csvOf, sheetOf } from "../import/files";
import { jobIdFrom, studentRow, upload, useImportWorld } from "../import/world";

// break14: real-world roster files against the import (app/features/roster-import).

const w = useImportWorld();
let schoolName: string;
let program: string;
beforeAll(() => {
  schoolName = w.school.name;
  program = w.programNames[0]!;
});

async function workbookBytes(fill: (sheet: ExcelJS.Worksheet) => void) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("名册");
  sheet.addRow(STUDENT_HEADERS);
  fill(sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("the error workbook never gives back a live formula", () => {
  it("an .xlsx upload's =HYPERLINK cell comes back as text", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(studentRow(schoolName, program, "70001", { 性别: "未知" }));
      sheet.getCell("C2").value = { formula: 'HYPERLINK("http://evil.example/x","点我")', result: "点我" } as ExcelJS.CellFormulaValue;
    });
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bytes));
    const download = await w.schoolStaff.client.get(`/imports/${id}/errors.xlsx`);
    expect(download.status).toBe(200);
    const { sheet } = await sheetOf(await download.arrayBuffer());
    expect(sheet.getCell(2, 9).value).toContain("【性别】");
    expect(sheet.getCell("C2").type).not.toBe(ExcelJS.ValueType.Formula);
    expect(JSON.stringify(sheet.getCell("C2").value)).not.toMatch(/formula/);
  });

  it("a CSV upload's =HYPERLINK text stays a string cell", async () => {
    const bytes = csvOf(STUDENT_HEADERS, [studentRow(schoolName, program, "70002", { 姓名: '=HYPERLINK("http://evil.example/x","点我")', 性别: "未知" })], "gbk");
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bytes, "名册.csv"));
    const { sheet } = await sheetOf(await (await w.schoolStaff.client.get(`/imports/${id}/errors.xlsx`)).arrayBuffer());
    expect(sheet.getCell("C2").type).toBe(ExcelJS.ValueType.String);
  });
});

describe("学号 with leading zeros", () => {
  it("a number cell formatted 0000 (how a school keeps 0012 in Excel) reads as 0012, not 12", async () => {
    const bytes = await workbookBytes((sheet) => {
      sheet.addRow(studentRow(schoolName, program, "x"));
      sheet.getCell("B2").value = 12;
      sheet.getCell("B2").numFmt = "0000";
    });
    const table = await readTable(bytes);
    expect(table.rows[0]!.cells[1]).toBe("0012");
  });
  it("text 0012 in a CSV stays 0012", async () => {
    const table = await readTable(csvOf(STUDENT_HEADERS, [studentRow(schoolName, program, "0012")], "gbk"));
    expect(table.rows[0]!.cells[1]).toBe("0012");
  });
});

describe("headers", () => {
  it("a merged title row above the headers is refused with a Chinese message, no 500", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("名册");
    sheet.addRow(["2026级学生名册"]);
    sheet.mergeCells("A1:H1");
    sheet.addRow(STUDENT_HEADERS);
    sheet.addRow(studentRow(schoolName, program, "70003"));
    const response = await upload(w.schoolStaff.client, "STUDENTS", new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(response.status).toBeLessThan(500);
  });
  it("only a header row: no rows, a Chinese message, nothing written", async () => {
    const response = await upload(w.schoolStaff.client, "STUDENTS", csvOf(STUDENT_HEADERS, [], "gbk"), "名册.csv");
    expect(response.status).toBeLessThan(500);
  });
});
