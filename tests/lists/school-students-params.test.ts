import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { asSet, expectSplits, expectTwoPages, queryOf, shownRows } from "./list-params";

// /schools/:id/students: each filter (cohort, program) and the page change what the roll lists,
// checked against the students made here, filtered and ordered by plain code.

const PER_PAGE = 50; // the roll lists 50 students a page
const COHORTS = [2022, 2023, 2024];

type Made = { id: number; cohortYear: number; schoolProgramId: number };

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
    students.push({ id: (await t.make.student({ schoolId: school.id, schoolProgramId, cohortYear })).id, cohortYear, schoolProgramId });
  }
  // Another school's students, in the same cohorts: never on this roll.
  const elsewhere = await t.make.school();
  for (const cohortYear of COHORTS) await t.make.student({ schoolId: elsewhere.id, cohortYear });
  return { staff, path: `/schools/${school.id}/students`, students, offerings };
}

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

  it("page=2 lists the students after the first 50, in roll order, none of them twice", async () => {
    await expectTwoPages(w.staff, w.path, ids([...w.students].sort(rollOrder)), PER_PAGE);
  });
});
