import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "~/generated/prisma/client";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { asSet, expectSplits, queryOf, shownRows } from "./list-params";

// /enterprise/positions/:id/applicants: each filter (status, program, school) changes what the page
// lists, checked against the applications made here, filtered by plain code. The page is not paged.

const NO_PAGING = Number.POSITIVE_INFINITY;
const STATUSES: ApplicationStatus[] = ["SUBMITTED", "VIEWED", "INTERVIEW", "REJECTED"];

type Made = { id: number; status: ApplicationStatus; schoolId: number; programId: number };

/** The test's data, in one place: 12 applicants from two schools and three programs, in four states. */
async function makeWorld(t: TestAppHandle) {
  const enterprise = await t.make.enterprise();
  const staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
  const position = await t.make.position({ enterpriseId: enterprise.id, headcount: 20 });
  const other = await t.make.position({ enterpriseId: enterprise.id });
  const schools = [await t.make.school(), await t.make.school()];
  const programs = [await t.make.program(), await t.make.program(), await t.make.program()];
  // Every program at both schools: the program filter is a catalogue program, across schools.
  const offering = new Map<string, number>();
  for (const s of schools) for (const p of programs) offering.set(`${s.id}/${p.id}`, (await t.make.schoolProgram({ schoolId: s.id, programId: p.id })).id);

  const applications: Made[] = [];
  for (let i = 0; i < 12; i++) {
    const schoolId = schools[i % 2]!.id;
    const programId = programs[i % 3]!.id;
    const student = await t.make.student({ schoolId, schoolProgramId: offering.get(`${schoolId}/${programId}`)! });
    const status = STATUSES[i % 4]!;
    applications.push({ id: (await t.make.application({ positionId: position.id, studentId: student.id, status })).id, status, schoolId, programId });
    // The same students applied elsewhere too: never listed here.
    if (i % 3 === 0) await t.make.application({ positionId: other.id, studentId: student.id, status });
  }
  return { staff, path: `/enterprise/positions/${position.id}/applicants`, applications, schools, programs };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
const t = useTestApp();
let w: World;
beforeAll(async () => {
  w = await makeWorld(t);
});

type Case = { name: string; params: (w: World) => Record<string, string | number>; pick: (a: Made, w: World) => boolean };

const FILTERS: Case[] = [
  { name: "status", params: () => ({ status: "INTERVIEW" }), pick: (a) => a.status === "INTERVIEW" },
  { name: "program", params: (w) => ({ program: w.programs[1]!.id }), pick: (a, w) => a.programId === w.programs[1]!.id },
  { name: "school", params: (w) => ({ school: w.schools[0]!.id }), pick: (a, w) => a.schoolId === w.schools[0]!.id },
];

const COMBINED: Array<{ name: string; params: (w: World) => Record<string, string | number>; parts: [Case, Case] }> = [
  { name: "school and program", params: (w) => ({ school: w.schools[0]!.id, program: w.programs[1]!.id }), parts: [FILTERS[2]!, FILTERS[1]!] },
];

const ids = (list: Made[]) => list.map((a) => a.id);

describe("/enterprise/positions/:id/applicants query parameters", () => {
  it("with no parameters lists every applicant to the position", async () => {
    expect(asSet(await shownRows(w.staff, w.path))).toEqual(asSet(ids(w.applications)));
  });

  it.each(FILTERS)("$name narrows the list to exactly the matching applicants", async ({ name, params, pick }) => {
    const expected = ids(w.applications.filter((a) => pick(a, w)));
    expectSplits(expected, ids(w.applications), NO_PAGING, name);
    expect(asSet(await shownRows(w.staff, `${w.path}${queryOf(params(w))}`))).toEqual(asSet(expected));
  });

  it.each(COMBINED)("$name together list what both select", async ({ name, params, parts: [a, b] }) => {
    const expected = ids(w.applications.filter((x) => a.pick(x, w) && b.pick(x, w)));
    expectSplits(expected, ids(w.applications.filter((x) => a.pick(x, w))), NO_PAGING, `${name} within ${a.name}`);
    expectSplits(expected, ids(w.applications.filter((x) => b.pick(x, w))), NO_PAGING, `${name} within ${b.name}`);
    expect(asSet(await shownRows(w.staff, `${w.path}${queryOf(params(w))}`))).toEqual(asSet(expected));
  });
});
