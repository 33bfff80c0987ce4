import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { asSet, expectSplits, expectTwoPages, queryOf, shownRows } from "./list-params";

// /schools/:id/students: each filter (cohort, program, q: a part of the name or the start of the
// 学号) and the page change what the roll lists, checked against the students made here, filtered
// and ordered by plain code.

const PER_PAGE = 50; // the roll lists 50 students a page
const COHORTS = [2022, 2023, 2024];

type Made = { id: number; cohortYear: number; schoolProgramId: number; name: string; studentNumber: string };

/** The test's data, in one place: 60 students of one school over three cohorts and four programs. */
async function makeWorld(t: TestAppHandle) {
  const school = await t.make.school();
  const staff = await t.clientFor((await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id })).id);
  const offerings = [];
  for (let k = 0; k < 4; k++) offerings.push((await t.make.schoolProgram({ schoolId: school.id })).id);
  const students: Made[] = [];
  for (let i = 0; i < 60; i++) {
    const cohortYear = COHORTS[i % 3]!;
    const schoolProgramId = offerings[i % 4]!;
    // A few real-looking names and 学号 among the factory's 测试学生N / 9xxxxxxx, for q.
    const named = NAMED[i];
    const made = await t.make.student({ schoolId: school.id, schoolProgramId, cohortYear, ...named });
    students.push({ id: made.id, cohortYear, schoolProgramId, name: made.name, studentNumber: made.studentNumber! });
  }
  // Another school's students, in the same cohorts and with the same names and a 学号 with the
  // same start: never on this roll.
  const elsewhere = await t.make.school();
  for (const [k, cohortYear] of COHORTS.entries()) {
    await t.make.student({ schoolId: elsewhere.id, cohortYear, name: NAMED[k]!.name, studentNumber: `${NAMED[k]!.studentNumber}9` });
  }
  return { staff, path: `/schools/${school.id}/students`, students, offerings };
}

const NAMED: Array<{ name: string; studentNumber: string }> = [
  { name: "示例·王伟", studentNumber: "77010001" },
  { name: "示例·王芳", studentNumber: "77010002" },
  { name: "示例·李伟", studentNumber: "77020001" },
  { name: "示例·巴特尔", studentNumber: "77020002" },
  { name: "示例·张明伟", studentNumber: "88010001" },
];

type World = Awaited<ReturnType<typeof makeWorld>>;
const t = useTestApp();
let w: World;
beforeAll(async () => {
  w = await makeWorld(t);
});

/** The roll's order: newest cohort first, then as enrolled (by id). */
const rollOrder = (a: Made, b: Made) => b.cohortYear - a.cohortYear || a.id - b.id;
const ids = (list: Made[]) => list.map((s) => s.id);

type Case = { name: string; params: (w: World) => Record<string, string | number>; pick: (s: Made, w: World) => boolean };

const FILTERS: Case[] = [
  { name: "cohort", params: () => ({ cohort: 2023 }), pick: (s) => s.cohortYear === 2023 },
  { name: "program", params: (w) => ({ program: w.offerings[2]! }), pick: (s, w) => s.schoolProgramId === w.offerings[2] },
  // 姓名: any part of the name, its given name or one character of it.
  { name: "q (given name)", params: () => ({ q: "伟" }), pick: (s) => ["示例·王伟", "示例·李伟", "示例·张明伟"].includes(s.name) },
  { name: "q (surname)", params: () => ({ q: "王" }), pick: (s) => s.name === "示例·王伟" || s.name === "示例·王芳" },
  { name: "q (Mongolian name, middle)", params: () => ({ q: "特" }), pick: (s) => s.name === "示例·巴特尔" },
  // 学号: from its start.
  { name: "q (学号 prefix)", params: () => ({ q: "7701" }), pick: (s) => s.studentNumber.startsWith("7701") },
  { name: "q (whole 学号)", params: () => ({ q: "77020002" }), pick: (s) => s.studentNumber === "77020002" },
];

describe("/schools/:id/students query parameters", () => {
  it.each(FILTERS)("$name narrows the roll to exactly the matching students", async ({ name, params, pick }) => {
    const expected = ids(w.students.filter((s) => pick(s, w)));
    expectSplits(expected, ids(w.students), PER_PAGE, name);
    expect(asSet(await shownRows(w.staff, `${w.path}${queryOf(params(w))}`))).toEqual(asSet(expected));
  });

  it("cohort and program together list what both select", async () => {
    const [cohort, program] = [FILTERS[0]!, FILTERS[1]!];
    const expected = ids(w.students.filter((s) => cohort.pick(s, w) && program.pick(s, w)));
    expectSplits(expected, ids(w.students.filter((s) => cohort.pick(s, w))), PER_PAGE, "within cohort");
    expectSplits(expected, ids(w.students.filter((s) => program.pick(s, w))), PER_PAGE, "within program");
    const shown = await shownRows(w.staff, `${w.path}${queryOf({ ...cohort.params(w), ...program.params(w) })}`);
    expect(asSet(shown)).toEqual(asSet(expected));
  });

  it("q matches a 学号 from its start only, not from its middle", async () => {
    expect(w.students.some((s) => s.studentNumber.includes("0100"))).toBe(true);
    expect(await shownRows(w.staff, `${w.path}${queryOf({ q: "0100" })}`)).toEqual([]);
  });

  it("q with blanks around it is trimmed; q of only blanks is no search", async () => {
    expect(asSet(await shownRows(w.staff, `${w.path}${queryOf({ q: "  王芳 " })}`))).toEqual(
      ids(w.students.filter((s) => s.name === "示例·王芳")),
    );
    expect(await shownRows(w.staff, `${w.path}${queryOf({ q: "   " })}`)).toEqual(await shownRows(w.staff, w.path));
  });

  it("q with % or _ matches those characters, not any text", async () => {
    expect(await shownRows(w.staff, `${w.path}${queryOf({ q: "%" })}`)).toEqual([]);
    expect(await shownRows(w.staff, `${w.path}${queryOf({ q: "7701____" })}`)).toEqual([]);
  });

  it("q and cohort together list what both select", async () => {
    const expected = ids(w.students.filter((s) => s.name.includes("伟") && s.cohortYear === 2024));
    expectSplits(expected, ids(w.students.filter((s) => s.name.includes("伟"))), PER_PAGE, "within q");
    expect(asSet(await shownRows(w.staff, `${w.path}${queryOf({ q: "伟", cohort: 2024 })}`))).toEqual(asSet(expected));
  });

  it("the roll shows each student's 学号", async () => {
    const html = await (await w.staff.get(`${w.path}${queryOf({ q: "7701" })}`)).text();
    expect(html).toContain(">77010001<");
    expect(html).toContain(">77010002<");
  });

  it("page=2 lists the students after the first 50, in roll order, none of them twice", async () => {
    await expectTwoPages(w.staff, w.path, ids([...w.students].sort(rollOrder)), PER_PAGE);
  });
});
