import { describe, expect, it } from "vitest";
import { practicePath, practiceTables, usePracticeWorld } from "../teacher-practice/world";

// break13 finding: a host the bureau suspended (or the school blocked) after a proposal could still accept it:
// the hosting rule (app/lib/hosting.server.ts, verified, not suspended, not blocked) was asked only when the
// school proposed. Order-classes ask it again at each later step (an enterprise suspended since opens no
// class); so does accepting a teacher's practice now. Edges: suspended or blocked → Chinese 400, nothing
// written; verified again → accepted.

const w = usePracticeWorld();

describe("accepting a practice when the host may no longer host the school", () => {
  it("suspended since the proposal: refused; verified again: accepted", async () => {
    const host = await w.make.enterprise();
    const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: host.id })).id);
    const p = await w.make.teacherPlacement({ teacherId: (await w.make.teacher({ schoolId: w.school.id })).id, trainingBaseId: null, hostEnterpriseId: host.id, startsOn: "2031-03-01", endsOn: "2031-03-31" });
    await w.db.prisma.enterprise.update({ where: { organisationId: host.id }, data: { standing: "SUSPENDED" } });
    const before = await practiceTables(w.db);
    const r = await staff.post(practicePath(p.id), { intent: "accept" });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("该企业已被市教育局暂停");
    expect(await practiceTables(w.db)).toEqual(before);
    await w.db.prisma.enterprise.update({ where: { organisationId: host.id }, data: { standing: "VERIFIED" } });
    expect((await staff.post(practicePath(p.id), { intent: "accept" })).status).toBe(302);
    expect((await w.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("ACCEPTED");
  });
  it("blocked by the school since the proposal: refused", async () => {
    const host = await w.make.enterprise();
    const staff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: host.id })).id);
    const p = await w.make.teacherPlacement({ teacherId: (await w.make.teacher({ schoolId: w.school.id })).id, trainingBaseId: null, hostEnterpriseId: host.id, startsOn: "2031-03-01", endsOn: "2031-03-31" });
    const actor = await w.db.prisma.user.findFirstOrThrow({ where: { organisationId: w.school.id, role: "SCHOOL_STAFF" } });
    await w.db.prisma.schoolEnterpriseBlock.create({ data: { schoolId: w.school.id, enterpriseId: host.id, actorId: actor.id } });
    const r = await staff.post(practicePath(p.id), { intent: "accept" });
    expect(r.status).toBe(400);
    expect(await r.text()).toContain("不合作名单");
    expect((await w.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id: p.id } })).status).toBe("PROPOSED");
  });
});
