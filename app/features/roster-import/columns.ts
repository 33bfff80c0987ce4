import type { ImportKind } from "~/generated/prisma/enums";

// The import template's columns (issue 14 item 1), by the Chinese header the school's workbook carries.
// Headers are matched by name, in any order; spaces (also full-width) and full-width letters are ignored.

export type ColumnSpec = { header: string; required: boolean };

export const STUDENT_COLUMNS = [
  { header: "学校", required: true },
  { header: "学号", required: true },
  { header: "姓名", required: true },
  { header: "性别", required: true },
  { header: "出生日期", required: true },
  { header: "专业", required: true },
  { header: "入学年份", required: true },
  { header: "毕业年份", required: true },
] as const satisfies readonly ColumnSpec[];

export const DESTINATION_COLUMNS = [
  { header: "学校", required: true },
  { header: "学号", required: true },
  { header: "毕业年份", required: true },
  { header: "去向", required: true },
  { header: "单位名称", required: true },
  { header: "单位所在省", required: true },
  { header: "单位所在市", required: true },
  { header: "单位规模", required: true },
  { header: "所属产业", required: true },
  { header: "月收入", required: true },
  { header: "三年内晋升", required: true },
] as const satisfies readonly ColumnSpec[];

export type StudentHeader = (typeof STUDENT_COLUMNS)[number]["header"];
export type DestinationHeader = (typeof DESTINATION_COLUMNS)[number]["header"];

export const COLUMNS: Record<ImportKind, readonly ColumnSpec[]> = { STUDENTS: STUDENT_COLUMNS, DESTINATIONS: DESTINATION_COLUMNS };

export const KIND_LABEL: Record<ImportKind, string> = { STUDENTS: "学生名册", DESTINATIONS: "毕业去向" };
/** The URL word of a kind: /imports/template/students, `npm run import -- students FILE`. */
export const KIND_SLUG: Record<ImportKind, string> = { STUDENTS: "students", DESTINATIONS: "destinations" };
export const kindOfSlug = (slug: string | undefined): ImportKind | null =>
  slug === "students" ? "STUDENTS" : slug === "destinations" ? "DESTINATIONS" : null;

/** A header cell as compared: NFKC (full-width → half-width), no spaces or zero-width characters, no `*` marking a required column. */
export const headerKey = (text: string) => text.normalize("NFKC").replace(/[\s\u200b-\u200d\ufeff*＊]+/g, "");

/** The 错误 column the error workbook adds. */
export const ERROR_HEADER = "错误";
