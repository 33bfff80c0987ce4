import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationStatus } from "~/generated/prisma/client";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { asSet, expectSplits, expectTwoPages, queryOf, shownRows } from "./list-params";

// /school/applications: each filter (status, program) and the page change what the list shows,
// checked against the applications made here, filtered and ordered by plain code.

const PER_PAGE = 50; // the list shows 50 applications a page
const STATUSES: ApplicationStatus[] = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"];

type Made = { id: number; status: ApplicationStatus; schoolProgramId: number; updatedAt: number };

/** The test's data, in one place: 11 students of one school over three programs, each applied to 5 positions (55). */
async function makeWorld(t: TestAppHandle) {
  const school = await t.make.school();
  const staff = await t.clientFor((await t.make.user({ role: "SCHOOL_STAFF", organisationId: school.id })).id);
  const offerings = [];
  for (let k = 0; k < 3; k++) offerings.push((await t.make.schoolProgram({ schoolId: school.id })).id);
  const enterprise = await t.make.enterprise();
  const positions = [];
  for (let k = 0; k < 5; k++) positions.push((await t.make.position({ enterpriseId: enterprise.id })).id);

  const made: Array<Omit<Made, "updatedAt">> = [];
  let k = 0;
  for (let s = 0; s < 11; s++) {
    const schoolProgramId = offerings[s % 3]!;
    const student = await t.make.student({ schoolId: school.id, schoolProgramId });
    for (const positionId of positions) {
      const status = STATUSES[k++ % 4]!;
      made.push({ id: (await t.make.application({ positionId, studentId: student.id, status })).id, status, schoolProgramId });
    }
  }
  // Another school's student applied too: never on this school's list.
  const elsewhere = await t.make.school();
  await t.make.application({ positionId: positions[0]!, studentId: (await t.make.student({ schoolId: elsewhere.id })).id, status: "INTERVIEW" });

  // The list runs newest change first; when each of these records changed is read back from them.
  const stamps = await t.db.prisma.application.findMany({ where: { id: { in: made.map((a) => a.id) } }, select: { id: true, updatedAt: true } });
  const changed = new Map(stamps.map((a) => [a.id, a.updatedAt.getTime()]));
  const applications: Made[] = made.map((a) => ({ ...a, updatedAt: changed.get(a.id)! }));
  return { staff, applications, offerings };
}

type World = Awaited<ReturnType<typeof makeWorld>>;
const t = useTestApp();
let w: World;
beforeAll(async () => {
  w = await makeWorld(t);
});

const PATH = "/school/applications";
const newestChange = (a: Made, b: Made) => b.updatedAt - a.updatedAt || b.id - a.id;
const ids = (list: Made[]) => list.map((a) => a.id);

type Case = { name: string; params: (w: World) => Record<string, string | number>; pick: (a: Made, w: World) => boolean };

const FILTERS: Case[] = [
  { name: "status", params: () => ({ status: "INTERVIEW" }), pick: (a) => a.status === "INTERVIEW" },
  { name: "program", params: (w) => ({ program: w.offerings[1]! }), pick: (a, w) => a.schoolProgramId === w.offerings[1] },
];

describe("/school/applications query parameters", () => {
  it.each(FILTERS)("$name narrows the list to exactly the matching applications", async ({ name, params, pick }) => {
    const expected = ids(w.applications.filter((a) => pick(a, w)));
    expectSplits(expected, ids(w.applications), PER_PAGE, name);
    expect(asSet(await shownRows(w.staff, `${PATH}${queryOf(params(w))}`))).toEqual(asSet(expected));
  });

  it("status and program together list what both select", async () => {
    const [status, program] = [FILTERS[0]!, FILTERS[1]!];
    const expected = ids(w.applications.filter((a) => status.pick(a, w) && program.pick(a, w)));
    expectSplits(expected, ids(w.applications.filter((a) => status.pick(a, w))), PER_PAGE, "within status");
    expectSplits(expected, ids(w.applications.filter((a) => program.pick(a, w))), PER_PAGE, "within program");
    const shown = await shownRows(w.staff, `${PATH}${queryOf({ ...status.params(w), ...program.params(w) })}`);
    expect(asSet(shown)).toEqual(asSet(expected));
  });

  it("page=2 lists the applications after the first 50, newest change first, none of them twice", async () => {
    await expectTwoPages(w.staff, PATH, ids([...w.applications].sort(newestChange)), PER_PAGE);
  });
});
