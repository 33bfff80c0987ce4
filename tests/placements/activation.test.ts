import { describe, expect, it } from "vitest";
import { usePlacementWorld } from "./world";

// 启用 through the HTTP stack: the count rules of 第十一条 (every school's ACTIVE placements
// overlapping the dates), the host's standing, and a few of the pure rules as the page words them.

describe("activation (启用)", () => {
  const w = usePlacementWorld();
  const activate = (id: number) => w.clients.office.post(`/placements/${id}`, { intent: "activate" });
  const status = async (id: number) => (await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id } })).status;
  /** `w.compliant(change)` for a student of its own: one student has one ACTIVE placement at a time, and these tests activate many. */
  const compliant = async (change: Parameters<typeof w.compliant>[0] = {}) =>
    w.compliant({ studentId: (await w.make.student({ schoolId: w.school.id, cohortYear: 2025, birthDate: "2008-01-01", gender: "男" })).id, ...change });
  /** An ACTIVE placement of another school at `enterpriseId` from `startsOn` to `endsOn`. */
  async function elsewhere(enterpriseId: number, startsOn: string, endsOn: string, enterprisePostId: number | null = null) {
    const student = await w.make.student({ schoolId: w.otherSchool.id, cohortYear: 2025 });
    return w.make.internshipPlacement({ studentId: student.id, enterpriseId, enterprisePostId, startsOn, endsOn, status: "ACTIVE" });
  }

  it("one student, one placement at a time: a second overlapping one is refused (page list and 启用 alike); one starting after the first ends activates", async () => {
    const student = await w.make.student({ account: true, schoolId: w.school.id, cohortYear: 2025, birthDate: "2008-01-01", gender: "男" });
    const first = await w.compliant({ studentId: student.id });
    expect((await activate(first.id)).status).toBe(302);
    const second = await w.compliant({ studentId: student.id, startsOn: "2027-08-31", endsOn: "2027-12-31", insuranceTo: new Date("2027-12-31T00:00:00Z") });
    const message = "该学生在这段时间已有进行中的岗位实习，同一学生同期只能有一个岗位实习";
    expect(await (await w.clients.office.get(`/placements/${second.id}`)).text()).toContain(message);
    const res = await activate(second.id);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(message);
    expect(await status(second.id)).toBe("PLANNED");
    const after = await w.compliant({ studentId: student.id, startsOn: "2027-09-01", endsOn: "2027-12-31", insuranceFrom: new Date("2027-09-01T00:00:00Z"), insuranceTo: new Date("2027-12-31T00:00:00Z") });
    expect((await activate(after.id)).status).toBe(302);
  });

  it("第十一条 10%: a host of 10 staff with another school's intern overlapping is refused; the host of 20 accepts", async () => {
    const small = await w.make.enterprise({ staffCount: 10, businessCategory: "MANUFACTURING" });
    await elsewhere(small.id, "2027-08-01", "2027-12-31");
    const p = await compliant({ enterpriseId: small.id, enterprisePostId: null });
    const res = await activate(p.id);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("实习单位的岗位实习学生不得超过其在岗职工总数的10%（含各校学生）（教职成〔2021〕4号第十一条）");
    expect(await status(p.id)).toBe("PLANNED");
    await w.db.prisma.enterprise.update({ where: { organisationId: small.id }, data: { staffCount: 20 } });
    expect((await activate(p.id)).status).toBe(302);
    expect(await status(p.id)).toBe("ACTIVE");
  });

  it("第十一条 10%: an intern whose placement ended before this one starts does not count", async () => {
    const small = await w.make.enterprise({ staffCount: 10, businessCategory: "MANUFACTURING" });
    await elsewhere(small.id, "2026-09-01", "2027-02-28"); // the day before START
    const p = await compliant({ enterpriseId: small.id, enterprisePostId: null });
    expect((await activate(p.id)).status).toBe(302);
  });

  it("第十一条 10%: an intern starting on this one's last day counts", async () => {
    const small = await w.make.enterprise({ staffCount: 10, businessCategory: "MANUFACTURING" });
    await elsewhere(small.id, "2027-08-31", "2027-12-31");
    const p = await compliant({ enterpriseId: small.id, enterprisePostId: null });
    expect((await activate(p.id)).status).toBe(400);
  });

  it("第十一条 10%: a host with no staff count recorded is refused", async () => {
    const unknown = await w.make.enterprise({ businessCategory: "MANUFACTURING" });
    const p = await compliant({ enterpriseId: unknown.id, enterprisePostId: null });
    expect((await activate(p.id)).status).toBe(400);
  });

  it("第十一条 20%: a post of 10 with two interns elsewhere refuses a third; a post of 15 takes it", async () => {
    const host = await w.make.enterprise({ staffCount: 1000, businessCategory: "MANUFACTURING" });
    const post = await w.make.enterprisePost({ enterpriseId: host.id, staffCount: 10 });
    await elsewhere(host.id, START_OVERLAP, "2027-06-30", post.id);
    await elsewhere(host.id, START_OVERLAP, "2027-06-30", post.id);
    const p = await compliant({ enterpriseId: host.id, enterprisePostId: post.id });
    const res = await activate(p.id);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("同一岗位的实习学生不得超过该岗位在岗职工的20%");
    await w.db.prisma.enterprisePost.update({ where: { id: post.id }, data: { staffCount: 15 } });
    expect((await activate(p.id)).status).toBe(302);
  });

  it("a host the bureau suspended after the placement was planned cannot take it", async () => {
    const host = await w.make.enterprise({ staffCount: 100, businessCategory: "MANUFACTURING" });
    const p = await compliant({ enterpriseId: host.id, enterprisePostId: null });
    await w.db.prisma.enterprise.update({ where: { organisationId: host.id }, data: { standing: "SUSPENDED" } });
    const res = await activate(p.id);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("已被市教育局暂停");
  });

  it("第十六条（二）: a student turning 16 the day after the start is refused at 启用, on the student", async () => {
    const young = await w.make.student({ schoolId: w.school.id, cohortYear: 2025, birthDate: "2011-03-02" });
    const p = await compliant({ studentId: young.id, guardianConsentOn: new Date("2027-02-20T00:00:00Z"), consentDocumentId: await w.pdf() });
    const res = await activate(p.id);
    expect(res.status).toBe(400);
    const html = await res.text();
    // The refusal box lists exactly the one failing rule, pointing at the student field.
    const box = html.slice(html.indexOf("不能启用：以下规定未满足"), html.indexOf("</ul>", html.indexOf("不能启用：以下规定未满足")));
    expect(box).toContain("学生在实习开始之日未满16周岁，不得安排岗位实习（教职成〔2021〕4号第十六条（二））");
    expect(box.replace(/<!-- -->/g, "")).toContain("请修改：学生");
    expect(box.match(/<li/g)).toHaveLength(1);
  });

  it("the check list on a PLANNED placement's page shows which rules hold", async () => {
    const p = await compliant({ overtime: true });
    const html = await (await w.clients.office.get(`/placements/${p.id}`)).text();
    expect(html).toContain("不得安排学生加班（教职成〔2021〕4号第十七条）");
    expect(html).toContain("第十八条：已满足");
    expect(html.match(/data-holds="no"/g)).toHaveLength(1);
  });
});

const START_OVERLAP = "2027-04-01";
