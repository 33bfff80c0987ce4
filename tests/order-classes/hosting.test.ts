import { beforeAll, describe, expect, it } from "vitest";
import { classPath, COHORT, orderClassTables, useOrderClassWorld } from "./world";

// An agreement in force outlives the bureau's suspension of its enterprise and the school's block of
// it (the agreement is the parties' paper); a class under it does not go on taking students. Opening
// a class and every move that takes or asks for a seat ask hostingProblem (app/lib/hosting.server.ts)
// as placements do. Each case on both sides of its edge: the same enterprise in good standing works.

const o = useOrderClassWorld();
const { w } = o;
beforeAll(() => o.setup());

const SUSPENDED = "该企业已被市教育局暂停";
const BLOCKED = "本校已将该企业列入不合作名单";

/** A fresh verified enterprise with an apprenticeship agreement in force with the world's school, and a class under it. */
async function partner() {
  const enterprise = await w.make.enterprise({ clusterId: w.cluster.id });
  const agreement = await w.make.agreement({ schoolId: w.school.id, enterpriseId: enterprise.id, kind: "APPRENTICESHIP" });
  const orderClass = await w.make.orderClass({
    schoolId: w.school.id,
    enterpriseId: enterprise.id,
    schoolProgramId: w.offering.id,
    agreementId: agreement.id,
    cohortYear: COHORT,
    kind: "MODERN_APPRENTICESHIP",
    capacity: 10,
  });
  return { enterprise, agreement, orderClass };
}

const suspend = (enterpriseId: number) => w.db.prisma.enterprise.update({ where: { organisationId: enterpriseId }, data: { standing: "SUSPENDED" } });
const block = async (enterpriseId: number) =>
  w.db.prisma.schoolEnterpriseBlock.create({ data: { schoolId: w.school.id, enterpriseId, reason: "多次拖欠实习报酬", actorId: o.extra.officeUserId } });

const openForm = (agreementId: number) => ({
  agreementId: String(agreementId),
  name: "西贝工匠班",
  schoolProgramId: String(w.offering.id),
  cohortYear: String(COHORT),
  capacity: "30",
});

describe("opening a class under an agreement whose enterprise may no longer host the school's students", () => {
  for (const [what, spoil, message] of [
    ["suspended by the bureau", suspend, SUSPENDED],
    ["blocked by the school", block, BLOCKED],
  ] as const) {
    it(`${what}: not offered on the form and refused with the reason, nothing written; in good standing it opens`, async () => {
      const { enterprise, agreement } = await partner();
      expect(await (await o.extra.office.get("/order-classes/new")).text()).toContain(`value="${agreement.id}"`);
      await spoil(enterprise.id);
      expect(await (await o.extra.office.get("/order-classes/new")).text()).not.toContain(`value="${agreement.id}"`);
      const before = await orderClassTables(w.db);
      const refused = await o.extra.office.post("/order-classes/new", openForm(agreement.id));
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain(message);
      expect(await orderClassTables(w.db)).toEqual(before);

      const good = await partner();
      expect((await o.extra.office.post("/order-classes/new", openForm(good.agreement.id))).status).toBe(302);
    });
  }
});

describe("a class whose enterprise may no longer host takes no new member", () => {
  for (const [what, spoil, message] of [
    ["suspended by the bureau", suspend, SUSPENDED],
    ["blocked by the school", block, BLOCKED],
  ] as const) {
    it(`${what}: a student's request, a direct enrolment and an approval are refused with the reason, nothing written`, async () => {
      const { enterprise, orderClass } = await partner();
      const asker = await w.student();
      const direct = await w.student();
      const waiting = await w.student();
      const request = await w.db.prisma.orderClassMember.create({ data: { orderClassId: orderClass.id, studentId: waiting.student.id, status: "REQUESTED" } });
      await spoil(enterprise.id);
      const before = await orderClassTables(w.db);
      for (const [client, body] of [
        [asker.client, { intent: "ask" }],
        [o.extra.office, { intent: "enrol", studentId: String(direct.student.id) }],
        [o.extra.office, { intent: "approve", memberId: String(request.id) }],
      ] as const) {
        const response = await client.post(classPath(orderClass.id), body);
        expect(response.status).toBe(400);
        expect(await response.text()).toContain(message);
      }
      expect(await orderClassTables(w.db)).toEqual(before);
    });
  }

  it("in good standing, unblocked: the same three moves go through", async () => {
    const { orderClass } = await partner();
    const asker = await w.student();
    const direct = await w.student();
    const waiting = await w.student();
    const request = await w.db.prisma.orderClassMember.create({ data: { orderClassId: orderClass.id, studentId: waiting.student.id, status: "REQUESTED" } });
    expect((await asker.client.post(classPath(orderClass.id), { intent: "ask" })).status).toBe(302);
    expect((await o.extra.office.post(classPath(orderClass.id), { intent: "enrol", studentId: String(direct.student.id) })).status).toBe(302);
    expect((await o.extra.office.post(classPath(orderClass.id), { intent: "approve", memberId: String(request.id) })).status).toBe(302);
  });
});
