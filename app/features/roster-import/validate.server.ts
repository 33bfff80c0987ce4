import type { DestinationKind, Prisma } from "~/generated/prisma/client";
import { snapshotOf } from "~/features/destinations/index.server";
import { isoDayOf } from "~/lib/dates";
import {
  cityOf,
  destinationGroup,
  destinationKindOf,
  destinationProblems,
  provinceOf,
  sameDestination,
  sectorOf,
  sizeOf,
  SNAPSHOT_FIELD_LABEL,
  type DestinationSnapshot,
} from "~/lib/destinations";
import { currentCohort } from "~/lib/school-year";
import type { ImportKind } from "~/generated/prisma/enums";
import { COLUMNS, headerKey } from "./columns";
import { ENTRY_AGE, INCOME_RANGE, STUDY_YEARS } from "./rules";
import type { Table } from "./read-table.server";
import { cleanName, hasControlCharacters, parseDay, parseGender, parseWhole, parseYesNo } from "./values";

// Every row of an uploaded roster checked, and each good row's effect on the records planned: ADD (a
// new student or destination), UPDATE (the same person or an unconfirmed destination, some field
// filled or changed), REPLACE (the 学号 belongs to another person — other 姓名 or 出生日期 — or the
// student confirmed or disputed the destination that would change; the importer must say yes), or
// UNCHANGED. A 学号 whose holder has platform records cannot pass to someone with both another 姓名 and
// another 出生日期 (an error, not a REPLACE). Errors carry the row number Excel shows and the column's Chinese header. The rules'
// sources: issue 14 item 1; their numbers are stated here once and in the page's help.

export type RowIssue = { row: number; column: string; message: string };
export type PlanAction = "ADD" | "UPDATE" | "REPLACE" | "UNCHANGED";
export type PlanCounts = { add: number; update: number; replace: number; unchanged: number };

/** Who imports: a school's office (its own school only) or the bureau (schoolId null: any school). */
export type ImportActor = { userId: number | null; schoolId: number | null };

export type StudentFields = {
  schoolId: number;
  studentNumber: string;
  name: string;
  gender: "男" | "女";
  birthDate: string; // YYYY-MM-DD
  schoolProgramId: number;
  cohortYear: number;
  graduationYear: number;
};
export type StudentPlan = { action: PlanAction; row: number; id: number | null; fields: StudentFields };
export type DestinationPlan = { action: PlanAction; row: number; studentId: number; destination: DestinationSnapshot };

export type Checked = {
  kind: ImportKind;
  totalRows: number;
  errors: RowIssue[];
  counts: PlanCounts;
  students: StudentPlan[];
  destinations: DestinationPlan[];
};

type Db = Prisma.TransactionClient;

export const TEXT_MAX = { studentNumber: 32, name: 50, employerName: 100, city: 30 } as const;

const LOOKUP_CHUNK = 5000;

/** Checks `table` as a file of `kind` for `actor` against the records in `db`; writes nothing. */
export async function checkTable(db: Db, actor: ImportActor, kind: ImportKind, table: Table, today: string): Promise<Checked> {
  const empty: Checked = { kind, totalRows: table.rows.length, errors: [], counts: { add: 0, update: 0, replace: 0, unchanged: 0 }, students: [], destinations: [] };
  const columns = columnIndex(kind, table.headers);
  if ("errors" in columns) return { ...empty, errors: columns.errors };
  if (table.rows.length === 0) return { ...empty, errors: [{ row: 2, column: "", message: "文件中没有数据行" }] };
  const issues: RowIssue[] = [];
  const rows = table.rows.map((r) => ({ row: r.row, cell: (header: string) => r.cells[columns.index.get(header)!] ?? "" }));
  const schools = await schoolsNamed(db, actor, rows.map((r) => r.cell("学校")));
  const schoolOf = (row: number, text: string): number | null => {
    const name = cleanName(text);
    if (name === "") return issue(issues, row, "学校", "请填写学校名称"), null;
    const id = schools.get(name);
    if (actor.schoolId !== null && id !== actor.schoolId) return issue(issues, row, "学校", `只能导入本校（${schools.own}）的数据`), null;
    if (id === undefined) return issue(issues, row, "学校", `找不到学校“${name}”，请填写学校全称`), null;
    return id;
  };
  const result =
    kind === "STUDENTS"
      ? await checkStudents(db, rows, schoolOf, issues, today)
      : await checkDestinations(db, rows, schoolOf, issues);
  issues.sort((a, b) => a.row - b.row);
  if (issues.length > 0) return { ...empty, errors: issues };
  const counts: PlanCounts = { add: 0, update: 0, replace: 0, unchanged: 0 };
  for (const p of [...result.students, ...result.destinations]) counts[p.action.toLowerCase() as keyof PlanCounts]++;
  return { ...empty, counts, ...result };
}

function issue(issues: RowIssue[], row: number, column: string, message: string) {
  issues.push({ row, column, message });
}

/** Where each template column is; a required column missing (or named twice) is one error naming it. */
export function columnIndex(kind: ImportKind, headers: readonly string[]): { index: Map<string, number> } | { errors: RowIssue[] } {
  const keys = headers.map(headerKey);
  const index = new Map<string, number>();
  const errors: RowIssue[] = [];
  for (const spec of COLUMNS[kind]) {
    const at = keys.flatMap((k, i) => (k === spec.header ? [i] : []));
    if (at.length === 0 && spec.required) errors.push({ row: 1, column: spec.header, message: `缺少“${spec.header}”列` });
    else if (at.length > 1) errors.push({ row: 1, column: spec.header, message: `“${spec.header}”列出现了 ${at.length} 次` });
    else if (at.length === 1) index.set(spec.header, at[0]!);
  }
  return errors.length > 0 ? { errors } : { index };
}

type Row = { row: number; cell: (header: string) => string };
type SchoolOf = (row: number, text: string) => number | null;

async function schoolsNamed(db: Db, actor: ImportActor, names: string[]) {
  const wanted = [...new Set(names.map(cleanName).filter((n) => n !== ""))];
  const found = await db.organisation.findMany({
    where: { school: { isNot: null }, OR: [{ name: { in: wanted } }, ...(actor.schoolId !== null ? [{ id: actor.schoolId }] : [])] },
    select: { id: true, name: true },
  });
  const map = new Map(found.map((o) => [o.name, o.id])) as Map<string, number> & { own?: string };
  map.own = found.find((o) => o.id === actor.schoolId)?.name ?? "";
  return map as Map<string, number> & { own: string };
}

/** Text cell checks shared by every column: no control characters, at most `max` characters. */
function text(issues: RowIssue[], r: Row, header: string, max: number, what = header): string | null {
  const raw = r.cell(header);
  if (hasControlCharacters(raw)) return issue(issues, r.row, header, `${what}不能包含控制字符`), null;
  const value = cleanName(raw);
  if (value.length > max) return issue(issues, r.row, header, `${what}过长（上限 ${max} 个字符）`), null;
  return value;
}

function year(issues: RowIssue[], r: Row, header: string): number | null {
  const raw = r.cell(header);
  if (raw === "") return issue(issues, r.row, header, `请填写${header}`), null;
  const value = parseWhole(raw);
  if (value === null || value < 1950 || value > 2100) return issue(issues, r.row, header, `${header}应为四位数年份，如 2023`), null;
  return value;
}

function duplicates<T extends { row: number }>(issues: RowIssue[], items: T[], key: (t: T) => string, column: string, what: (t: T) => string) {
  const byKey = new Map<string, T[]>();
  for (const t of items) byKey.set(key(t), [...(byKey.get(key(t)) ?? []), t]);
  const twice = new Set<T>();
  for (const group of byKey.values()) {
    if (group.length < 2) continue;
    for (const t of group) {
      const others = group.filter((o) => o !== t).map((o) => o.row);
      issue(issues, t.row, column, `${what(t)}在文件中重复（另见第 ${others.join("、")} 行）`);
      twice.add(t);
    }
  }
  return items.filter((t) => !twice.has(t));
}

async function inChunks<K, T>(keys: K[], load: (chunk: K[]) => Promise<T[]>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < keys.length; i += LOOKUP_CHUNK) out.push(...(await load(keys.slice(i, i + LOOKUP_CHUNK))));
  return out;
}

// ---------------------------------------------------------------- students

async function checkStudents(db: Db, rows: Row[], schoolOf: SchoolOf, issues: RowIssue[], today: string) {
  const newestCohort = currentCohort(today) + 1; // a school enters its autumn cohort from the summer on
  const good: (StudentFields & { row: number; programName: string })[] = [];
  for (const r of rows) {
    const before = issues.length;
    const schoolId = schoolOf(r.row, r.cell("学校"));
    const studentNumber = text(issues, r, "学号", TEXT_MAX.studentNumber);
    if (studentNumber === "") issue(issues, r.row, "学号", "请填写学号");
    else if (studentNumber !== null && !/^[0-9A-Za-z-]+$/.test(studentNumber)) issue(issues, r.row, "学号", "学号只能由数字、字母和连字符组成");
    const name = text(issues, r, "姓名", TEXT_MAX.name);
    if (name === "") issue(issues, r.row, "姓名", "请填写姓名");
    const gender = parseGender(r.cell("性别"));
    if (gender === null) issue(issues, r.row, "性别", r.cell("性别") === "" ? "请填写性别" : "性别应为“男”或“女”");
    const cohortYear = year(issues, r, "入学年份");
    if (cohortYear !== null && (cohortYear < 2000 || cohortYear > newestCohort))
      issue(issues, r.row, "入学年份", `入学年份应在 2000 至 ${newestCohort} 之间`);
    const graduationYear = year(issues, r, "毕业年份");
    if (cohortYear !== null && graduationYear !== null) {
      const span = graduationYear - cohortYear;
      if (span < STUDY_YEARS.min || span > STUDY_YEARS.max)
        issue(issues, r.row, "毕业年份", `毕业年份应为入学年份后 ${STUDY_YEARS.min} 至 ${STUDY_YEARS.max} 年（中职学制三年；四年制、五年一贯制至多五年）`);
    }
    const birthText = r.cell("出生日期");
    const birthDate = parseDay(birthText);
    if (birthText === "") issue(issues, r.row, "出生日期", "请填写出生日期");
    else if (birthDate === null) issue(issues, r.row, "出生日期", "出生日期不是有效日期（如 2008-03-07、2008/3/7 或 2008年3月7日）");
    else if (birthDate > today) issue(issues, r.row, "出生日期", "出生日期不能晚于今天");
    else if (cohortYear !== null) {
      const age = cohortYear - Number(birthDate.slice(0, 4));
      if (age < ENTRY_AGE.min || age > ENTRY_AGE.max)
        issue(issues, r.row, "出生日期", `入学时年龄应在 ${ENTRY_AGE.min} 至 ${ENTRY_AGE.max} 岁之间（按入学年份计算为 ${age} 岁）`);
    }
    const programName = text(issues, r, "专业", 100);
    if (programName === "") issue(issues, r.row, "专业", "请填写专业");
    if (issues.length > before) continue;
    good.push({ row: r.row, schoolId: schoolId!, studentNumber: studentNumber!, name: name!, gender: gender!, birthDate: birthDate!, cohortYear: cohortYear!, graduationYear: graduationYear!, schoolProgramId: 0, programName: programName! });
  }
  // 专业: the school's own offering (专业点) of a program by that name.
  const schoolIds = [...new Set(good.map((g) => g.schoolId))];
  const offerings = await db.schoolProgram.findMany({ where: { schoolId: { in: schoolIds } }, select: { id: true, schoolId: true, program: { select: { name: true } } } });
  const offering = new Map(offerings.map((o) => [`${o.schoolId}|${cleanName(o.program.name)}`, o.id]));
  const named = good.filter((g) => {
    const id = offering.get(`${g.schoolId}|${g.programName}`);
    if (id === undefined) return issue(issues, g.row, "专业", `本校没有“${g.programName}”专业（请按学校开设的专业名称填写）`), false;
    g.schoolProgramId = id;
    return true;
  });
  const unique = duplicates(issues, named, (g) => `${g.schoolId}|${g.studentNumber}`, "学号", (g) => `学号 ${g.studentNumber} `);
  const existing = new Map<string, Awaited<ReturnType<typeof loadStudents>>[number]>();
  for (const schoolId of schoolIds) {
    const numbers = unique.filter((g) => g.schoolId === schoolId).map((g) => g.studentNumber);
    for (const s of await inChunks(numbers, (chunk) => loadStudents(db, schoolId, chunk))) existing.set(`${schoolId}|${s.studentNumber}`, s);
  }
  const plans: StudentPlan[] = unique.map(({ row, programName: _programName, ...fields }) => {
    const old = existing.get(`${fields.schoolId}|${fields.studentNumber}`);
    if (!old) return { action: "ADD", row, id: null, fields };
    const samePerson = cleanName(old.name) === fields.name && isoDayOf(old.birthDate) === fields.birthDate;
    const same =
      samePerson &&
      old.gender === fields.gender &&
      old.schoolProgramId === fields.schoolProgramId &&
      old.cohortYear === fields.cohortYear &&
      old.graduationYear === fields.graduationYear &&
      old.name === fields.name;
    return { action: !samePerson ? "REPLACE" : same ? "UNCHANGED" : "UPDATE", row, id: old.id, fields };
  });
  // A REPLACE rewrites the Student row in place, so whatever hangs on its id stays with the 学号. For a
  // correction of one of 姓名 / 出生日期 that is right (the person keeps their account and records); when
  // both differ it is another person, and their account, applications or placements would pass to a
  // stranger: refused while the old person has any.
  const strangers = plans.filter((p) => {
    if (p.action !== "REPLACE") return false;
    const old = existing.get(`${p.fields.schoolId}|${p.fields.studentNumber}`)!;
    return cleanName(old.name) !== p.fields.name && isoDayOf(old.birthDate) !== p.fields.birthDate;
  });
  const withRecords = await studentsWithRecords(db, strangers.map((p) => p.id!));
  for (const p of strangers) {
    const old = existing.get(`${p.fields.schoolId}|${p.fields.studentNumber}`)!;
    if (withRecords.has(p.id!))
      issue(issues, p.row, "学号", `学号 ${p.fields.studentNumber} 属于 ${old.name}（${isoDayOf(old.birthDate)} 出生），其平台账号或申请、实习等记录不能转给另一人：请核对学号`);
  }
  return { students: plans, destinations: [] as DestinationPlan[] };
}

/** Of `ids`, the students with anything of their own on the platform: an account, applications, placements, order classes, fair registrations or leads, certificates, a résumé or a destination. */
async function studentsWithRecords(db: Db, ids: number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const found = await inChunks(ids, (chunk) =>
    db.student.findMany({
      where: {
        id: { in: chunk },
        OR: [
          { userId: { not: null } },
          { applications: { some: {} } },
          { placements: { some: {} } },
          { orderClasses: { some: {} } },
          { fairRegistrations: { some: {} } },
          { fairLeads: { some: {} } },
          { certificateAttempts: { some: {} } },
          { resume: { isNot: null } },
          { destination: { isNot: null } },
        ],
      },
      select: { id: true },
    }),
  );
  return new Set(found.map((s) => s.id));
}

const loadStudents = (db: Db, schoolId: number, numbers: string[]) =>
  db.student.findMany({
    where: { schoolId, studentNumber: { in: numbers } },
    select: { id: true, studentNumber: true, name: true, gender: true, birthDate: true, schoolProgramId: true, cohortYear: true, graduationYear: true },
  });

// ---------------------------------------------------------------- destinations

/** The template's column for each field of a destination (where destinationProblems' messages are shown): its
 * header, except for the two fields the template has no column for (the platform employer goes with 单位名称,
 * 入职日期 with 去向). */
const HEADER_OF_FIELD: Record<keyof DestinationSnapshot, string> = { ...SNAPSHOT_FIELD_LABEL, employerOrganisationId: "单位名称", employedOn: "去向" };

async function checkDestinations(db: Db, rows: Row[], schoolOf: SchoolOf, issues: RowIssue[]) {
  type Good = { row: number; schoolId: number; studentNumber: string; graduationYear: number; destination: Omit<DestinationSnapshot, "employedOn" | "employerOrganisationId"> };
  const good: Good[] = [];
  for (const r of rows) {
    const before = issues.length;
    const schoolId = schoolOf(r.row, r.cell("学校"));
    const studentNumber = text(issues, r, "学号", TEXT_MAX.studentNumber);
    if (studentNumber === "") issue(issues, r.row, "学号", "请填写学号");
    const graduationYear = year(issues, r, "毕业年份");
    const kindText = r.cell("去向");
    const kind: DestinationKind | null = destinationKindOf(kindText);
    if (kind === null) issue(issues, r.row, "去向", kindText === "" ? "请填写去向" : `去向“${kindText.slice(0, 20)}”不是模板中的选项`);
    const group = kind === null ? null : destinationGroup(kind);
    const employerName = text(issues, r, "单位名称", TEXT_MAX.employerName);
    const provinceText = r.cell("单位所在省");
    const province = provinceText === "" ? null : provinceOf(provinceText);
    if (provinceText !== "" && province === null) issue(issues, r.row, "单位所在省", `“${provinceText.slice(0, 20)}”不是省级行政区名称（如 内蒙古 或 内蒙古自治区）`);
    const cityText = text(issues, r, "单位所在市", TEXT_MAX.city);
    const city = cityText ? cityOf(cityText, province) : null;
    const sizeText = r.cell("单位规模");
    const size = sizeText === "" ? null : sizeOf(sizeText);
    if (sizeText !== "" && size === null) issue(issues, r.row, "单位规模", "单位规模应为 大型、中型、小型 或 微型");
    const sectorText = r.cell("所属产业");
    const sector = sectorText === "" ? null : sectorOf(sectorText);
    if (sectorText !== "" && sector === null) issue(issues, r.row, "所属产业", "所属产业应为 第一产业、第二产业 或 第三产业");
    const incomeText = r.cell("月收入");
    const income = incomeText === "" ? null : parseWhole(incomeText);
    if (incomeText !== "" && (income === null || income < INCOME_RANGE.min || income > INCOME_RANGE.max))
      issue(issues, r.row, "月收入", `月收入应为 ${INCOME_RANGE.min} 至 ${INCOME_RANGE.max} 之间的整数（元/月）`);
    const promotedText = r.cell("三年内晋升");
    const promoted = promotedText === "" ? null : parseYesNo(promotedText);
    if (promotedText !== "" && promoted === null) issue(issues, r.row, "三年内晋升", "三年内晋升应为“是”或“否”");
    if (group === "EMPLOYED") {
      if (employerName === "") issue(issues, r.row, "单位名称", "就业去向须填写单位名称");
      if (provinceText === "") issue(issues, r.row, "单位所在省", "就业去向须填写单位所在省");
    } else if (group === "STUDY") {
      if (employerName === "") issue(issues, r.row, "单位名称", "升学去向须填写录取学校名称");
      for (const [header, value] of [["单位规模", sizeText], ["所属产业", sectorText], ["月收入", incomeText], ["三年内晋升", promotedText]] as const)
        if (value !== "") issue(issues, r.row, header, `${header}只对就业去向填写，升学去向请留空`);
    } else if (group === "UNPLACED") {
      for (const header of ["单位名称", "单位所在省", "单位所在市", "单位规模", "所属产业", "月收入", "三年内晋升"])
        if (r.cell(header) !== "") issue(issues, r.row, header, `待就业没有单位，${header}请留空`);
    }
    if (issues.length > before) continue;
    const destination = { kind: kind!, graduationYear: graduationYear!, employerName: employerName || null, employerProvince: province, employerCity: city, employerSize: size, sector, monthlyIncome: income, promoted };
    // The school's form's rules too (a 升学 row's city needs its province …): the import writes nothing the form would refuse.
    for (const p of destinationProblems({ ...destination, employedOn: null, employerOrganisationId: null })) issue(issues, r.row, HEADER_OF_FIELD[p.field], p.message);
    if (issues.length > before) continue;
    good.push({ row: r.row, schoolId: schoolId!, studentNumber: studentNumber!, graduationYear: graduationYear!, destination });
  }
  // The student: by 学号 at that school, graduating that year.
  const students = new Map<string, { id: number; graduationYear: number; status: string }>();
  for (const schoolId of new Set(good.map((g) => g.schoolId))) {
    const numbers = good.filter((g) => g.schoolId === schoolId).map((g) => g.studentNumber);
    const found = await inChunks(numbers, (chunk) =>
      db.student.findMany({ where: { schoolId, studentNumber: { in: chunk } }, select: { id: true, studentNumber: true, graduationYear: true, status: true } }),
    );
    for (const s of found) students.set(`${schoolId}|${s.studentNumber}`, s);
  }
  const known = good.filter((g) => {
    const s = students.get(`${g.schoolId}|${g.studentNumber}`);
    if (!s) return issue(issues, g.row, "学号", `本校没有学号为 ${g.studentNumber} 的学生（请先导入学生名册）`), false;
    if (s.graduationYear !== g.graduationYear) return issue(issues, g.row, "毕业年份", `学号 ${g.studentNumber} 的学生毕业年份为 ${s.graduationYear}，与此处不符`), false;
    // The destination form's rule (destinations.server.ts NOT_GRADUATED): only a graduate has a 毕业去向 —
    // not a student still in school, nor one who left (WITHDRAWN).
    if (s.status !== "GRADUATED") return issue(issues, g.row, "学号", `学号 ${g.studentNumber} 的学生尚未毕业，不能登记毕业去向`), false;
    return true;
  });
  const unique = duplicates(issues, known, (g) => `${g.schoolId}|${g.studentNumber}`, "学号", (g) => `学号 ${g.studentNumber} 的去向`);
  const ids = unique.map((g) => students.get(`${g.schoolId}|${g.studentNumber}`)!.id);
  const stored = new Map((await inChunks(ids, (chunk) => db.graduateDestination.findMany({ where: { studentId: { in: chunk } } }))).map((d) => [d.studentId, d]));
  const destinations: DestinationPlan[] = unique.map((g, i) => {
    const studentId = ids[i]!;
    const old = stored.get(studentId);
    // What the template has no column for (入职日期, the employer's platform record) stays as recorded while
    // the employer is the one recorded (the form's rule: the link stays while the name is the one it came
    // with); another employer, 升学 or 待就业 leaves neither behind.
    const sameEmployer = old !== undefined && old.employerName !== null && old.employerName === g.destination.employerName;
    const destination: DestinationSnapshot = {
      ...g.destination,
      employedOn: sameEmployer && destinationGroup(g.destination.kind) === "EMPLOYED" && old.employedOn ? isoDayOf(old.employedOn) : null,
      employerOrganisationId: sameEmployer ? old.employerOrganisationId : null,
    };
    if (!old) return { action: "ADD", row: g.row, studentId, destination };
    const before = snapshotOf(old);
    if (sameDestination(before, destination)) return { action: "UNCHANGED", row: g.row, studentId, destination };
    return { action: old.confirmation === "UNCONFIRMED" ? "UPDATE" : "REPLACE", row: g.row, studentId, destination };
  });
  return { students: [] as StudentPlan[], destinations };
}
