import { describe, expect, it } from "vitest";
import { todayInHohhot } from "~/lib/dates";
import { dayFromToday } from "../support/dates";
import { activityPath, consortiumTables, NEW_ACTIVITY, useConsortiumWorld } from "./world";

// Recording activities and reading them: "members only their own consortium records" (docs/decisions/0015).
// An activity is read by the bureau and the people (office, teachers, staff) of an organisation that took
// part; anyone else gets 404, as for an activity that does not exist. Recorded by the bureau, or by an
// approved member's office or staff for activities their organisation took part in; the day not after today.

const w = useConsortiumWorld();

async function expectRefused(post: () => Promise<Response>, status: number, message: string) {
  const before = await consortiumTables(w.db);
  const response = await post();
  expect(response.status).toBe(status);
  expect(await response.text()).toContain(message);
  expect(await consortiumTables(w.db)).toEqual(before);
}
const fields = (memberIds: number[], extra: Record<string, string> = {}) => ({
  kind: "TRAINING",
  title: "岗前技能培训",
  heldOn: todayInHohhot(),
  peopleCount: "40",
  memberIds: memberIds.map(String),
  ...extra,
});

describe("recording", () => {
  it("an approved member's staff record an activity they took part in (today is allowed)", async () => {
    const r = await w.staffA.client.post(NEW_ACTIVITY, fields([w.members.enterpriseA.id, w.members.schoolA.id]));
    expect(r.status).toBe(302);
    const id = Number(/\/consortium\/activities\/(\d+)$/.exec(r.headers.get("location")!)![1]);
    const a = await w.db.prisma.consortiumActivity.findUniqueOrThrow({ where: { id }, include: { participants: true } });
    expect(a).toMatchObject({ kind: "TRAINING", title: "岗前技能培训", peopleCount: 40, recordedById: w.staffA.user.id });
    expect(a.heldOn.toISOString().slice(0, 10)).toBe(todayInHohhot());
    expect(a.participants.map((p) => p.memberId).sort()).toEqual([w.members.enterpriseA.id, w.members.schoolA.id].sort());
  });
  it("tomorrow is refused: only activities that took place", async () => {
    await expectRefused(() => w.staffA.client.post(NEW_ACTIVITY, fields([w.members.enterpriseA.id], { heldOn: dayFromToday(1) })), 400, "活动日期不能晚于今天");
  });
  it("a member records only what its own organisation took part in", async () => {
    await expectRefused(() => w.staffA.client.post(NEW_ACTIVITY, fields([w.members.schoolA.id])), 400, "本单位须是参与单位之一");
  });
  it("participants must be approved members: a non-member, a left member, another consortium's member are refused", async () => {
    const other = await w.make.consortiumMember({ status: "APPROVED" }); // of another consortium
    const left = await w.make.consortiumMember({ consortiumId: w.consortium.id, status: "LEFT", organisationId: (await w.make.enterprise()).id });
    const requested = await w.make.consortiumMember({ consortiumId: w.consortium.id, status: "REQUESTED", organisationId: (await w.make.enterprise()).id });
    for (const id of [other.id, left.id, requested.id, 999_999]) {
      await expectRefused(() => w.bureau.client.post(NEW_ACTIVITY, fields([w.members.schoolA.id, id])), 400, "参与单位须是共同体的在册成员");
    }
  });
  it("the bureau records for any members, without being one of them", async () => {
    const r = await w.bureau.client.post(NEW_ACTIVITY, fields([w.members.university.id], { kind: "MEETING", title: "高校座谈会" }));
    expect(r.status).toBe(302);
  });
  it("a non-member's staff, a member's teacher, a student may not record (403)", async () => {
    for (const who of [w.staffB, w.officeB, w.teacherA, w.student]) {
      await expectRefused(() => who.client.post(NEW_ACTIVITY, fields([w.members.schoolA.id])), 403, "共同体成员单位");
      expect((await who.client.get(NEW_ACTIVITY)).status).toBe(403);
    }
  });
  it("a member's office that left may no longer record", async () => {
    const school = await w.make.school();
    const office = await w.signIn("SCHOOL_STAFF", school.id);
    const m = await w.make.consortiumMember({ consortiumId: w.consortium.id, organisationId: school.id, status: "APPROVED" });
    expect((await office.client.get(NEW_ACTIVITY)).status).toBe(200);
    await w.db.prisma.consortiumMember.update({ where: { id: m.id }, data: { status: "LEFT" } });
    await expectRefused(() => office.client.post(NEW_ACTIVITY, fields([m.id])), 403, "只有共同体成员单位可以记录活动");
  });
});

describe("reading an activity (role × organisation)", () => {
  it("the bureau and the people of the organisations that took part read it; everyone else 404", async () => {
    const a = await w.make.consortiumActivity({ consortiumId: w.consortium.id, title: "企业开放日", memberIds: [w.members.schoolA.id, w.members.university.id] });
    const status = async (c: { client: { get(p: string): Promise<Response> } }) => (await c.client.get(activityPath(a.id))).status;
    expect(await status(w.bureau)).toBe(200);
    expect(await status(w.officeA)).toBe(200); // school A took part
    expect(await status(w.teacherA)).toBe(200);
    expect(await status(w.staffA)).toBe(404); // enterprise A is a member, but not of this activity
    expect(await status(w.officeB)).toBe(404);
    expect(await status(w.teacherB)).toBe(404);
    expect(await status(w.staffB)).toBe(404);
    expect(await status(w.student)).toBe(404); // a student of school A: not the school's office or teachers
    const html = await (await w.officeA.client.get(activityPath(a.id))).text();
    expect(html).toContain("企业开放日");
    expect(html).toContain(w.orgs.university.name);
  });
  it("404 for a missing id reads the same as one not visible", async () => {
    const a = await w.make.consortiumActivity({ consortiumId: w.consortium.id, memberIds: [w.members.university.id] });
    const hidden = await w.staffB.client.get(activityPath(a.id));
    const missing = await w.staffB.client.get(activityPath(999_999));
    expect([hidden.status, missing.status]).toEqual([404, 404]);
    expect(await hidden.text()).toContain("找不到该活动");
    expect(await missing.text()).toContain("找不到该活动");
    for (const bad of ["abc", "0", "-1", "1.5", "99999999999"]) expect((await w.bureau.client.get(`/consortium/activities/${bad}`)).status).toBe(404);
  });
  it("the consortium page lists an organisation's own activities only, the bureau all", async () => {
    const mine = await w.make.consortiumActivity({ consortiumId: w.consortium.id, title: "本校参与的培训", memberIds: [w.members.schoolA.id] });
    const notMine = await w.make.consortiumActivity({ consortiumId: w.consortium.id, title: "别家的合作项目", memberIds: [w.members.enterpriseA.id] });
    const office = await (await w.officeA.client.get("/consortium")).text();
    expect(office).toContain(activityPath(mine.id));
    expect(office).not.toContain(activityPath(notMine.id));
    expect(office).not.toContain("别家的合作项目");
    const bureau = await (await w.bureau.client.get("/consortium")).text();
    expect(bureau).toContain(activityPath(mine.id));
    expect(bureau).toContain(activityPath(notMine.id));
    const student = await (await w.student.client.get("/consortium")).text();
    expect(student).not.toContain("本校参与的培训");
  });
});
