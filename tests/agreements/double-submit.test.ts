import { describe, expect, it } from "vitest";
import { describeOnPostgres } from "../support/postgres-only";
import { agreementTables, postMultipart, proposal, useAgreementWorld } from "./world";

// A double tap on 提交协议 (or a retried post) makes one proposal, not two for the other side to answer:
// a proposal the same as one of the pair's still 待确认 (same kind, title and term) is refused in
// Chinese. Proposals that differ in any of those go through.

const w = useAgreementWorld();
const proposals = () => w.db.prisma.partnershipAgreement.count({ where: { schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "PROPOSED" } });

describe("the same proposal twice", () => {
  it("the second is refused (400, nothing written) while the first is 待确认; a different term or title goes through", async () => {
    const title = "重复提交测试协议甲";
    const first = await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title }));
    expect(first.status).toBe(302);
    const before = await agreementTables(w.db);
    const again = await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title }));
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("已有一份相同的协议等待对方确认");
    expect(await agreementTables(w.db)).toEqual(before);

    expect((await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title, endsOn: "2030-07-31" }))).status).toBe(302);
    expect((await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title: `${title}乙` }))).status).toBe(302);
  });

  it("once the first is answered (declined), the same proposal may be made again", async () => {
    const title = "重复提交测试协议丙";
    const first = await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title }));
    const id = Number(first.headers.get("location")!.split("/").pop());
    expect((await w.enterpriseStaff.client.post(`/agreements/${id}`, { intent: "decline", reason: "条款需修改", confirm: "yes" })).status).toBe(302);
    expect((await postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title }))).status).toBe(302);
  });
});

describeOnPostgres("a double tap on PostgreSQL", () => {
  it("five identical posts at once make one proposal", async () => {
    const title = "重复提交测试协议丁";
    const start = await proposals();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => postMultipart(w.schoolStaff.client, "/agreements/new", proposal(w.enterprise.id, w.program.id, { title }))),
    );
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400, 400, 400, 400]);
    expect(await proposals()).toBe(start + 1);
  });
});
