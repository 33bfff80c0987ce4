import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { standingTables, validCreditCode } from "./support";

// A school keeps an enterprise away from its own students (SchoolEnterpriseBlock): its students do
// not find, open, get recommended or apply to that enterprise's positions; another school's students
// are unaffected; undoing it brings everything back. In search the block is an exclusion inside the
// engine, so totals and pages are right (not a filter over a page of hits).

const w = useApplicationWorld();

const rowIds = (html: string) => [...html.matchAll(/data-row-id="(\d+)"/g)].map((m) => Number(m[1]));
const totalOf = (html: string) => Number(/共\s*(\d+)\s*个/.exec(html)?.[1] ?? NaN);

describe("a school's block", () => {
  it("hides the enterprise from the blocking school's students only, and is undone", async () => {
    const blocked = await w.make.enterprise({ clusterId: w.cluster.id, creditCode: validCreditCode() });
    const other = await w.make.enterprise({ clusterId: w.cluster.id, creditCode: validCreditCode() });
    const word = `屏蔽测试${blocked.id}`;
    // 25 of the blocked enterprise's positions and 3 of another's: more than a page, so paging shows.
    const hidden: { id: number }[] = [];
    for (let i = 0; i < 25; i++) hidden.push(await w.make.position({ enterpriseId: blocked.id, title: `${word}厨师${i}`, programIds: [w.program.id] }));
    const kept: { id: number }[] = [];
    for (let i = 0; i < 3; i++) kept.push(await w.make.position({ enterpriseId: other.id, title: `${word}服务员${i}`, programIds: [w.program.id] }));

    const staffUser = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id });
    const office = await w.clientFor(staffUser.id);
    const mine = await w.student();
    const otherSchool = await w.make.school();
    const theirs = await w.student({ schoolId: otherSchool.id });

    const search = (client: typeof mine.client) => client.get(`/positions?q=${encodeURIComponent(word)}`).then((r) => r.text());
    expect(totalOf(await search(mine.client))).toBe(28);

    const block = await office.post(`/enterprises/${blocked.id}/block`, { intent: "block", reason: "多次拖欠实习报酬", confirm: "yes" });
    expect(block.status).toBe(302);
    expect(await w.db.prisma.schoolEnterpriseBlock.findMany({ where: { enterpriseId: blocked.id } })).toMatchObject([
      { schoolId: w.school.id, reason: "多次拖欠实习报酬", actorId: staffUser.id },
    ]);

    // The blocking school's student: only the other enterprise's three, counted as three, on one page.
    const html = await search(mine.client);
    expect(totalOf(html)).toBe(3);
    expect(rowIds(html).sort()).toEqual(kept.map((p) => p.id).sort());
    expect((await mine.client.get(`/positions/${hidden[0]!.id}`)).status).toBe(404);
    expect(rowIds(await (await mine.client.get("/recommended")).text()).some((id) => hidden.some((p) => p.id === id))).toBe(false);
    const apply = await mine.client.post(`/positions/${hidden[0]!.id}/apply`, {});
    expect(apply.status).toBe(400);
    expect(await apply.text()).toContain("你的学校已暂停与该企业的合作");

    // Another school's student: unaffected.
    expect(totalOf(await search(theirs.client))).toBe(28);
    expect((await theirs.client.get(`/positions/${hidden[0]!.id}`)).status).toBe(200);
    expect((await theirs.client.post(`/positions/${hidden[1]!.id}/apply`, {})).status).toBe(302);

    // The school's list shows it; undoing brings the positions back.
    expect(await (await office.get("/school/blocked-enterprises")).text()).toContain("多次拖欠实习报酬");
    expect((await office.post(`/enterprises/${blocked.id}/block`, { intent: "unblock" })).status).toBe(302);
    expect(totalOf(await search(mine.client))).toBe(28);
    expect((await mine.client.get(`/positions/${hidden[0]!.id}`)).status).toBe(200);
  });

  it("only a school's office blocks, and only for its own school: others get 403, nothing written", async () => {
    const target = await w.make.enterprise({ creditCode: validCreditCode() });
    const teacher = await w.clientFor((await w.make.user({ role: "TEACHER", organisationId: w.school.id })).id);
    const bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
    const { client: student } = await w.student();
    for (const client of [teacher, bureau, student, w.staff]) {
      const before = await standingTables(w.db);
      const response = await client.post(`/enterprises/${target.id}/block`, { intent: "block", reason: "原因原因", confirm: "yes" });
      expect(response.status).toBe(403);
      expect((await client.get(`/enterprises/${target.id}/block`)).status).toBe(403);
      expect(await standingTables(w.db)).toEqual(before);
    }
    const office = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
    expect((await office.post(`/enterprises/999999/block`, { intent: "block", reason: "原因原因", confirm: "yes" })).status).toBe(404);
    expect((await office.get(`/enterprises/abc/block`)).status).toBe(404);
  });
});
