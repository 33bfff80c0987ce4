import { beforeAll, describe, expect, it } from "vitest";
import { useFairWorld } from "./world";

// /fairs driven through its URL, one table per parameter. The expected fairs are computed here from
// what each fixture means (its times, organiser, title, eligibility), never by the list's own query.

const w = useFairWorld();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

type Fixture = {
  id: number;
  title: string;
  organiser: "school" | "otherSchool" | "bureau";
  status: "DRAFT" | "OPEN" | "RUNNING" | "CLOSED" | "CANCELLED";
  startsAt: Date;
  endsAt: Date;
  /** Whether the world's student may register (school, program, cohort). */
  eligible: boolean;
  registered?: boolean;
};
const fixtures: Fixture[] = [];
let now: Date;

beforeAll(async () => {
  now = new Date();
  const student = await w.db.prisma.student.findUniqueOrThrow({ where: { id: w.student.record.id }, include: { schoolProgram: true } });
  const org = { school: w.school.id, otherSchool: w.otherSchool.id, bureau: w.bureauOrg.id };
  const add = async (f: Omit<Fixture, "id">, extra: { programIds?: number[]; cohortYears?: number[]; schoolIds?: number[] } = {}) => {
    const fair = await w.make.jobFair({
      title: f.title,
      organiserId: org[f.organiser],
      status: f.status,
      startsAt: f.startsAt,
      endsAt: f.endsAt,
      enterpriseRegistrationClosesAt: f.endsAt,
      studentRegistrationClosesAt: f.endsAt,
      enterpriseRegistrationOpensAt: new Date(f.startsAt.getTime() - 30 * DAY),
      studentRegistrationOpensAt: new Date(f.startsAt.getTime() - 30 * DAY),
      programIds: extra.programIds,
      cohortYears: extra.cohortYears,
      schoolIds: extra.schoolIds,
    });
    if (f.registered) await w.make.fairRegistration({ fairId: fair.id, studentId: student.id });
    fixtures.push({ ...f, id: fair.id });
  };
  const at = (offset: number) => new Date(now.getTime() + offset);
  await add({ title: "春季双选会A", organiser: "school", status: "OPEN", startsAt: at(7 * DAY), endsAt: at(7 * DAY + 8 * HOUR), eligible: true });
  await add({ title: "秋季专场B", organiser: "school", status: "RUNNING", startsAt: at(-HOUR), endsAt: at(7 * HOUR), eligible: true });
  await add({ title: "职教活动周C", organiser: "bureau", status: "CLOSED", startsAt: at(-10 * DAY), endsAt: at(-10 * DAY + 8 * HOUR), eligible: true });
  await add({ title: "春季专场D", organiser: "otherSchool", status: "OPEN", startsAt: at(3 * DAY), endsAt: at(3 * DAY + 8 * HOUR), eligible: false });
  await add({ title: "草稿E", organiser: "school", status: "DRAFT", startsAt: at(20 * DAY), endsAt: at(20 * DAY + 8 * HOUR), eligible: true });
  await add({ title: "他校草稿F", organiser: "otherSchool", status: "DRAFT", startsAt: at(21 * DAY), endsAt: at(21 * DAY + 8 * HOUR), eligible: false });
  await add({ title: "取消G", organiser: "bureau", status: "CANCELLED", startsAt: at(5 * DAY), endsAt: at(5 * DAY + 8 * HOUR), eligible: true });
  await add(
    { title: "专业限定H", organiser: "school", status: "OPEN", startsAt: at(4 * DAY), endsAt: at(4 * DAY + 8 * HOUR), eligible: false },
    { programIds: [w.otherProgram.id] },
  );
  await add(
    { title: "本级专场I", organiser: "school", status: "OPEN", startsAt: at(6 * DAY), endsAt: at(6 * DAY + 8 * HOUR), eligible: true },
    { programIds: [student.schoolProgram.programId], cohortYears: [student.cohortYear] },
  );
  await add(
    { title: "上一级专场K", organiser: "school", status: "OPEN", startsAt: at(6 * DAY + HOUR), endsAt: at(6 * DAY + 9 * HOUR), eligible: false },
    { cohortYears: [student.cohortYear - 1] },
  );
  await add(
    { title: "已报名J", organiser: "otherSchool", status: "RUNNING", startsAt: at(-2 * HOUR), endsAt: at(HOUR), eligible: false, registered: true },
    { schoolIds: [w.otherSchool.id] },
  );
  await add({ title: "满意度100%_专场N", organiser: "school", status: "OPEN", startsAt: at(8 * DAY), endsAt: at(8 * DAY + HOUR), eligible: true });
  // Ended exactly now-ish edges: one ended a minute ago (past), one starts in a minute (upcoming).
  await add({ title: "刚结束L", organiser: "bureau", status: "RUNNING", startsAt: at(-8 * HOUR), endsAt: at(-60_000), eligible: true });
  await add({ title: "将开始M", organiser: "bureau", status: "OPEN", startsAt: at(60_000), endsAt: at(8 * HOUR), eligible: true });
});

const idsOn = async (client: { get: (p: string) => Promise<Response> }, query: string) => {
  const response = await client.get(`/fairs${query}`);
  expect(response.status, query).toBe(200);
  return new Set([...(await response.text()).matchAll(/href="\/fairs\/(\d+)"/g)].map((m) => Number(m[1])));
};
const ids = (fs: Fixture[]) => new Set(fs.map((f) => f.id));

// What a school's office may see: every published fair and its own drafts.
const staffSees = () => fixtures.filter((f) => f.status !== "DRAFT" || f.organiser === "school");
const when = {
  upcoming: (f: Fixture) => f.startsAt > now,
  running: (f: Fixture) => f.startsAt <= now && f.endsAt > now,
  past: (f: Fixture) => f.endsAt <= now,
};

describe("when", () => {
  it.each([
    ["", () => true],
    ["?when=upcoming", when.upcoming],
    ["?when=running", when.running],
    ["?when=past", when.past],
    ["?when=tomorrow", () => true], // nonsense shows everything
    ["?when=", () => true],
  ] as const)("%s", async (query, keep) => {
    expect(await idsOn(w.schoolStaff.client, query)).toEqual(ids(staffSees().filter(keep)));
  });
});

describe("organiser", () => {
  it.each([
    ["?organiser=bureau", (f: Fixture) => f.organiser === "bureau"],
    ["school", (f: Fixture) => f.organiser === "school"],
    ["otherSchool", (f: Fixture) => f.organiser === "otherSchool"],
    ["?organiser=abc", () => true],
    ["?organiser=99999999", () => false],
  ] as const)("%s", async (query, keep) => {
    const q = query === "school" ? `?organiser=${w.school.id}` : query === "otherSchool" ? `?organiser=${w.otherSchool.id}` : query;
    expect(await idsOn(w.schoolStaff.client, q)).toEqual(ids(staffSees().filter(keep)));
  });
});

describe("q", () => {
  it.each([
    ["春季", (f: Fixture) => f.title.includes("春季")],
    ["专场", (f: Fixture) => f.title.includes("专场")],
    ["没有这个", () => false],
    ["<script>", () => false],
    ["%", (f: Fixture) => f.title.includes("%")],
    ["_", (f: Fixture) => f.title.includes("_")],
    ["0%_专", (f: Fixture) => f.title.includes("0%_专")],
  ] as const)("%s", async (q, keep) => {
    expect(await idsOn(w.schoolStaff.client, `?q=${encodeURIComponent(q)}`)).toEqual(ids(staffSees().filter(keep)));
  });

  it("combines with when and organiser", async () => {
    const expected = staffSees().filter((f) => f.title.includes("春季") && when.upcoming(f) && f.organiser === "school");
    expect(await idsOn(w.schoolStaff.client, `?q=${encodeURIComponent("春季")}&when=upcoming&organiser=${w.school.id}`)).toEqual(ids(expected));
  });
});

describe("drafts and the student's default", () => {
  it("another school's office sees its own draft, not ours", async () => {
    const seen = await idsOn(w.otherSchoolStaff.client, "");
    expect(seen).toEqual(ids(fixtures.filter((f) => f.status !== "DRAFT" || f.organiser === "otherSchool")));
  });

  it("an enterprise and the bureau see published fairs only", async () => {
    const published = ids(fixtures.filter((f) => f.status !== "DRAFT"));
    expect(await idsOn(w.enterpriseStaff.client, "")).toEqual(published);
    expect(await idsOn(w.bureau.client, "")).toEqual(published);
  });

  it.each([
    ["", (f: Fixture) => f.status !== "DRAFT" && (f.eligible || Boolean(f.registered))],
    ["?all=1", (f: Fixture) => f.status !== "DRAFT"],
    ["?all=yes", (f: Fixture) => f.status !== "DRAFT" && (f.eligible || Boolean(f.registered))],
    ["?all=1&when=running", (f: Fixture) => f.status !== "DRAFT" && when.running(f)],
    ["?when=running", (f: Fixture) => f.status !== "DRAFT" && (f.eligible || Boolean(f.registered)) && when.running(f)],
  ] as const)("a student, %s", async (query, keep) => {
    expect(await idsOn(w.student.client, query)).toEqual(ids(fixtures.filter(keep)));
  });

  it("the student's page links to 我的招聘会 and to the other view", async () => {
    const text = await (await w.student.client.get("/fairs")).text();
    expect(text).toContain('href="/fairs/mine"');
    expect(text).toContain("查看全部招聘会");
    expect(await (await w.student.client.get("/fairs?all=1")).text()).toContain("只看我可以报名的");
  });
});

describe("page", () => {
  it("20 to a page in start order (latest first); past the last page goes to the last; nonsense is page 1", async () => {
    const title = "分页测试会";
    for (let i = 0; i < 22; i++) {
      const fair = await w.make.jobFair({ organiserId: w.school.id, title: `${title}${i}`, startsAt: new Date(now.getTime() + (i + 1) * DAY) });
      fixtures.push({ id: fair.id, title: `${title}${i}`, organiser: "school", status: "OPEN", startsAt: fair.startsAt, endsAt: fair.endsAt, eligible: true });
    }
    const expected = fixtures
      .filter((f) => f.title.startsWith(title))
      .sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime() || b.id - a.id)
      .map((f) => f.id);
    const q = `?q=${encodeURIComponent(title)}`;
    const order = async (query: string) =>
      [...(await (await w.schoolStaff.client.get(`/fairs${query}`)).text()).matchAll(/href="\/fairs\/(\d+)"/g)]
        .map((m) => Number(m[1]))
        .filter((id, i, all) => all.indexOf(id) === i);
    expect(await order(q)).toEqual(expected.slice(0, 20));
    expect(await order(`${q}&page=2`)).toEqual(expected.slice(20));
    expect(await order(`${q}&page=abc`)).toEqual(expected.slice(0, 20));
    const past = await w.schoolStaff.client.get(`/fairs${q}&page=9`);
    expect(past.status).toBe(302);
    expect(past.headers.get("location")).toContain("page=2");
  });
});
