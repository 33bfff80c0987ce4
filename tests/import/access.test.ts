import { beforeAll, describe, expect, it } from "vitest";
import { validationsOf } from "~/features/roster-import/workbook.server";
import { DESTINATION_KINDS, PROVINCE_NAMES } from "~/lib/destinations";
import { STUDENT_HEADERS, sheetOf, xlsxOf } from "./files";
import { importTables, jobIdFrom, studentRow, upload, useImportWorld } from "./world";

// Who imports and who sees a job: a school's office its own school's, the bureau every one; another
// school's job, its page, its error file and its confirmation are 404 as a missing one. Teachers,
// enterprises and students have no import (403). Bad uploads: a Chinese message, 400, nothing written.
// The template: headers, an example row, drop-downs of the allowed values.

const w = useImportWorld();
let invalidId: number;
let previewId: number;

beforeAll(async () => {
  const bad = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, w.programNames[0]!, "61001", { 性别: "?" })]);
  invalidId = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bad));
  const good = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, w.programNames[0]!, "61002")]);
  previewId = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", good));
});

describe("role × organisation", () => {
  it("the school's office and the bureau read the job and its error file", async () => {
    for (const client of [w.schoolStaff.client, w.bureau.client]) {
      expect((await client.get(`/imports/${invalidId}`)).status).toBe(200);
      expect((await client.get(`/imports/${invalidId}/errors.xlsx`)).status).toBe(200);
      expect(await (await client.get("/imports")).text()).toContain(`/imports/${previewId}`);
    }
  });

  it("another school: 404 on the page, the error file and the confirmation; not in its list; nothing written", async () => {
    const before = await importTables(w.db);
    const c = w.otherSchoolStaff.client;
    expect((await c.get(`/imports/${invalidId}`)).status).toBe(404);
    expect((await c.get(`/imports/${invalidId}/errors.xlsx`)).status).toBe(404);
    expect((await c.get(`/imports/${previewId}`)).status).toBe(404);
    expect((await c.post(`/imports/${previewId}`, { intent: "confirm", confirm: "yes" })).status).toBe(404);
    expect(await (await c.get("/imports")).text()).not.toContain(`/imports/${previewId}`);
    expect(await importTables(w.db)).toEqual(before);
    expect((await w.db.prisma.importJob.findUniqueOrThrow({ where: { id: previewId } })).status).toBe("PREVIEW");
  });

  it("a school's office imports only its own school: another school's row is a row error", async () => {
    const file = await xlsxOf(STUDENT_HEADERS, [studentRow(w.otherSchool.name, w.programNames[0]!, "61003")]);
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", file));
    const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(job.errors).toEqual([{ row: 2, column: "学校", message: `只能导入本校（${w.school.name}）的数据` }]);
  });

  it("teachers, enterprises: 403 on the list, the form, the template and an upload; a visitor is sent to sign in; a missing id is 404", async () => {
    const before = await importTables(w.db);
    const file = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, w.programNames[0]!, "61004")]);
    for (const client of [w.teacherUser.client, w.enterpriseStaff.client]) {
      expect((await client.get("/imports")).status).toBe(403);
      expect((await client.get("/imports/new")).status).toBe(403);
      expect((await client.get("/imports/template/students")).status).toBe(403);
      expect((await upload(client, "STUDENTS", file)).status).toBe(403);
      expect((await client.get(`/imports/${previewId}`)).status).toBe(404);
    }
    expect((await w.visitor().get("/imports")).status).toBe(302);
    expect((await w.bureau.client.get("/imports/2147483647")).status).toBe(404);
    expect((await w.bureau.client.get("/imports/abc")).status).toBe(404);
    expect((await w.bureau.client.get("/imports/template/teachers")).status).toBe(404);
    expect(await importTables(w.db)).toEqual(before);
  });

  it("the list is filtered by ?kind= through the URL", async () => {
    const html = async (q: string) => (await w.schoolStaff.client.get(`/imports${q}`)).text();
    expect(await html("?kind=students")).toContain(`/imports/${previewId}`);
    expect(await html("?kind=destinations")).not.toContain(`/imports/${previewId}`);
    expect(await html("?kind=nonsense")).toContain(`/imports/${previewId}`);
  });
});

describe("bad uploads: a Chinese message, 400, no job, nothing written", () => {
  it("no file, empty, a picture, an old .xls, huge, an unknown kind", async () => {
    const jobs = await w.db.prisma.importJob.count();
    const before = await importTables(w.db);
    const cases: [string, Uint8Array<ArrayBuffer> | null, string][] = [
      ["STUDENTS", null, "请选择要导入的文件"],
      ["STUDENTS", new Uint8Array(), "文件是空的"],
      ["STUDENTS", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0]), "只能导入 Excel（.xlsx）或 CSV 文件"],
      ["STUDENTS", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), "不支持旧版 Excel"],
      ["STUDENTS", new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41), "文件过大"],
      ["TEACHERS", await xlsxOf(STUDENT_HEADERS, []), "请选择有效的导入内容"],
    ];
    for (const [kind, bytes, message] of cases) {
      const response = await upload(w.schoolStaff.client, kind, bytes);
      expect(response.status, message).toBe(400);
      expect(await response.text()).toContain(message);
    }
    const tooBig = await upload(w.schoolStaff.client, "STUDENTS", new Uint8Array(17 * 1024 * 1024));
    expect(tooBig.status).toBe(413);
    expect(await w.db.prisma.importJob.count()).toBe(jobs);
    expect(await importTables(w.db)).toEqual(before);
  });

  it("markup in a cell is stored and shown as text, never as HTML", async () => {
    const file = await xlsxOf(STUDENT_HEADERS, [studentRow(w.school.name, "<img src=x onerror=alert(1)>", "61005")]);
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", file));
    const page = await (await w.schoolStaff.client.get(`/imports/${id}`)).text();
    expect(page).not.toContain("<img src=x");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("the template", () => {
  it("students: the headers, an example row, drop-downs for 性别 and the school's 专业", async () => {
    const response = await w.schoolStaff.client.get("/imports/template/students");
    expect(response.status).toBe(200);
    const { workbook, sheet } = await sheetOf(await response.arrayBuffer());
    expect((sheet.getRow(1).values as unknown[]).slice(1, 9)).toEqual(STUDENT_HEADERS);
    expect(sheet.getCell("A2").value).toBe(w.school.name);
    const v = validationsOf(sheet).model;
    expect(v["D2"]).toMatchObject({ type: "list" });
    expect(v["D5000"]).toMatchObject({ type: "list" });
    const lists = workbook.getWorksheet("选项")!;
    const listOf = (formula: string) => {
      const [, col, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(formula)!;
      return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => lists.getCell(`${col}${Number(from) + i}`).value);
    };
    expect(listOf(v["D2"]!.formulae[0])).toEqual(["男", "女"]);
    expect(listOf(v["F2"]!.formulae[0])).toEqual(w.programNames);
  });

  it("destinations: drop-downs for 去向 (the 13 values), 单位所在省, 单位规模, 所属产业, 三年内晋升", async () => {
    const { workbook, sheet } = await sheetOf(await (await w.bureau.client.get("/imports/template/destinations")).arrayBuffer());
    const v = validationsOf(sheet).model;
    const lists = workbook.getWorksheet("选项")!;
    const listOf = (formula: string) => {
      const [, col, from, to] = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(formula)!;
      return Array.from({ length: Number(to) - Number(from) + 1 }, (_, i) => lists.getCell(`${col}${Number(from) + i}`).value);
    };
    expect(listOf(v["D2"]!.formulae[0])).toEqual([
      "高职单招", "对口升学高职", "对口升学本科", "普通高考本科", "普通高考专科", "出国出境", "贯通培养", "五年一贯制",
      "合同就业", "应征义务兵", "自主创业", "灵活就业", "待就业",
    ]);
    expect(DESTINATION_KINDS).toHaveLength(13);
    const provinces = listOf(v["F2"]!.formulae[0]);
    expect(provinces).toHaveLength(34);
    expect(provinces).toContain("内蒙古自治区");
    expect(provinces).toEqual([...PROVINCE_NAMES]);
    expect(listOf(v["H2"]!.formulae[0])).toEqual(["大型", "中型", "小型", "微型"]);
    expect(listOf(v["I2"]!.formulae[0])).toEqual(["第一产业", "第二产业", "第三产业"]);
    expect(listOf(v["K2"]!.formulae[0])).toEqual(["是", "否"]);
  });

  it("the template's example row cannot be imported by mistake", async () => {
    const bytes = new Uint8Array(await (await w.schoolStaff.client.get("/imports/template/students")).arrayBuffer());
    const id = jobIdFrom(await upload(w.schoolStaff.client, "STUDENTS", bytes));
    const job = await w.db.prisma.importJob.findUniqueOrThrow({ where: { id } });
    expect(job.status).toBe("INVALID");
    expect(job.errors).toEqual([{ row: 2, column: "学号", message: "学号只能由数字、字母和连字符组成" }]);
  });
});
