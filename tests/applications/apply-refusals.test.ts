import { describe, expect, it } from "vitest";
import { currentCohort } from "~/features/applications/eligibility";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { dayFromToday } from "../support/dates";
import { applicationTables } from "../support/snapshots";

// What a student cannot apply for, and who cannot apply at all: each refusal is a Chinese message
// and writes nothing. The rules: published with an open deadline; 岗位实习 not for 一年级 and only
// from 16 on the start date (《职业学校学生实习管理规定》); the position's own minimum age.

const w = useApplicationWorld();

const applyPath = (id: number) => `/positions/${id}/apply`;
const openJob = () => w.make.position({ enterpriseId: w.enterprise.id, title: "中式烹调师" });

describe("what cannot be applied for", () => {
  async function refused(position: { id: number }, message: string, who?: WorldStudent) {
    const { client } = who ?? (await w.student());
    const before = await applicationTables(w.db);
    const response = await client.post(applyPath(position.id), { note: "" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await applicationTables(w.db)).toEqual(before);
  }

  it("a closed position", async () => {
    await refused(await w.make.position({ enterpriseId: w.enterprise.id, status: "CLOSED" }), "该岗位已停止招聘");
  });

  it("a position whose deadline has passed", async () => {
    await refused(await w.make.position({ enterpriseId: w.enterprise.id, deadline: dayFromToday(-1) }), "该岗位报名已截止");
  });

  it("a position whose deadline is today is still open", async () => {
    const { client } = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id, deadline: dayFromToday(0) });
    expect((await client.post(applyPath(position.id), {})).status).toBe(302);
  });

  it("an internship, for a first-year student (岗位实习 excludes 一年级)", async () => {
    const firstYear = await w.student({ cohortYear: currentCohort(dayFromToday(0)) });
    const internship = await w.make.position({ enterpriseId: w.enterprise.id, kind: "INTERNSHIP" });
    await refused(internship, "一年级学生不能参加岗位实习", firstYear);
    // An apprenticeship is not 岗位实习: the same student may apply.
    const apprenticeship = await w.make.position({ enterpriseId: w.enterprise.id, kind: "APPRENTICESHIP" });
    expect((await firstYear.client.post(applyPath(apprenticeship.id), {})).status).toBe(302);
  });

  it("an internship, for a student under 16 on the start date; 16 on the start date is enough", async () => {
    const young = await w.student();
    const start = dayFromToday(40);
    const sixteenOn = (iso: string, days: number) => {
      const d = new Date(`${Number(iso.slice(0, 4)) - 16}${iso.slice(4)}T00:00:00Z`);
      d.setUTCDate(d.getUTCDate() + days);
      return d;
    };
    await w.db.prisma.student.update({ where: { id: young.student.id }, data: { birthDate: sixteenOn(start, 1) } });
    const internship = await w.make.position({ enterpriseId: w.enterprise.id, kind: "INTERNSHIP", startDate: start });
    await refused(internship, "岗位实习须在到岗时年满 16 周岁", young);
    await w.db.prisma.student.update({ where: { id: young.student.id }, data: { birthDate: sixteenOn(start, 0) } });
    expect((await young.client.post(applyPath(internship.id), {})).status).toBe(302);
  });

  it("a position asking for an older minimum age", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id, minAge: 40 });
    await refused(position, "该岗位要求到岗时年满 40 周岁");
  });

  it("a draft is not found; a missing or malformed id is 404", async () => {
    const { client } = await w.student();
    const draft = await w.make.position({ enterpriseId: w.enterprise.id, status: "DRAFT" });
    expect((await client.post(applyPath(draft.id), {})).status).toBe(404);
    expect((await client.post(applyPath(999_999), {})).status).toBe(404);
    expect((await client.post("/positions/abc/apply", {})).status).toBe(404);
  });

  it("only students apply: staff get 403 and nothing is written", async () => {
    const position = await openJob();
    const before = await applicationTables(w.db);
    const response = await w.staff.post(applyPath(position.id), { note: "" });
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("只有学生可以申请岗位");
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("a signed-out visitor is sent to sign in", async () => {
    const position = await openJob();
    const response = await w.visitor().post(applyPath(position.id), {});
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toMatch(/^\/login/);
  });
});
