import { describe, expect, it } from "vitest";
import { moveProblem, type AgreementMove, type AgreementSideName, type AgreementStatusName } from "~/features/agreements/transitions";
import { agreementTables, useAgreementWorld } from "./world";

// The agreement's forbidden moves, listed by hand from issue 11 item 2 (not generated from the
// transition table): nobody confirms their own proposal, nothing leaves DECLINED or TERMINATED, only
// the two parties move an agreement, the bureau reads but never moves.

const SIDES: AgreementSideName[] = ["SCHOOL", "ENTERPRISE"];
const other = (s: AgreementSideName): AgreementSideName => (s === "SCHOOL" ? "ENTERPRISE" : "SCHOOL");

describe("the state machine, as a table typed from the issue", () => {
  // [status, who proposed, who acts, move, allowed?]
  const cases: Array<[AgreementStatusName, "own" | "other", AgreementMove, boolean]> = [
    ["PROPOSED", "own", "confirm", false], // the proposer may not confirm their own proposal
    ["PROPOSED", "own", "decline", false],
    ["PROPOSED", "own", "terminate", false], // nothing to terminate before it is active
    ["PROPOSED", "other", "confirm", true],
    ["PROPOSED", "other", "decline", true],
    ["PROPOSED", "other", "terminate", false],
    ["ACTIVE", "own", "terminate", true], // either side ends an active agreement
    ["ACTIVE", "other", "terminate", true],
    ["ACTIVE", "own", "confirm", false],
    ["ACTIVE", "other", "confirm", false],
    ["ACTIVE", "other", "decline", false],
    ["DECLINED", "own", "confirm", false],
    ["DECLINED", "other", "confirm", false],
    ["DECLINED", "other", "decline", false],
    ["DECLINED", "own", "terminate", false],
    ["DECLINED", "other", "terminate", false],
    ["TERMINATED", "other", "confirm", false],
    ["TERMINATED", "own", "terminate", false],
    ["TERMINATED", "other", "terminate", false],
    ["TERMINATED", "other", "decline", false],
  ];
  for (const [status, whose, move, allowed] of cases) {
    for (const proposer of SIDES) {
      const actor = whose === "own" ? proposer : other(proposer);
      it(`${status}, proposed by ${proposer}, ${actor} ${move}: ${allowed ? "allowed" : "refused"}`, () => {
        const problem = moveProblem({ status, proposedBy: proposer, hasDocument: true }, actor, move);
        if (allowed) expect(problem).toBeNull();
        else expect(problem).toMatch(/[\u4e00-\u9fff]/);
      });
    }
  }

  it("confirming needs the signed document; declining does not", () => {
    expect(moveProblem({ status: "PROPOSED", proposedBy: "SCHOOL", hasDocument: false }, "ENTERPRISE", "confirm")).toContain("协议文本");
    expect(moveProblem({ status: "PROPOSED", proposedBy: "SCHOOL", hasDocument: false }, "ENTERPRISE", "decline")).toBeNull();
  });
});

describe("over HTTP: only the parties move an agreement", () => {
  const w = useAgreementWorld();

  it("the school cannot confirm its own proposal, nor the enterprise its own (400, nothing written)", async () => {
    const bySchool = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "PROPOSED", proposedBy: "SCHOOL" });
    const byEnterprise = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "PROPOSED", proposedBy: "ENTERPRISE" });
    const before = await agreementTables(w.db);
    const own1 = await w.schoolStaff.client.post(`/agreements/${bySchool.id}`, { intent: "confirm" });
    const own2 = await w.enterpriseStaff.client.post(`/agreements/${byEnterprise.id}`, { intent: "confirm" });
    expect([own1.status, own2.status]).toEqual([400, 400]);
    expect(await own1.text()).toContain("不能确认本方提出的协议");
    expect(await agreementTables(w.db)).toEqual(before);
  });

  it("nothing moves out of DECLINED or TERMINATED", async () => {
    for (const status of ["DECLINED", "TERMINATED"] as const) {
      const a = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status, proposedBy: "SCHOOL" });
      const before = await agreementTables(w.db);
      for (const [client, intent] of [
        [w.enterpriseStaff.client, "confirm"],
        [w.enterpriseStaff.client, "decline"],
        [w.schoolStaff.client, "terminate"],
        [w.enterpriseStaff.client, "terminate"],
      ] as const) {
        const response = await client.post(`/agreements/${a.id}`, { intent, reason: "再试一次", confirm: "yes" });
        expect(response.status, `${status} ${intent}`).toBe(400);
      }
      expect(await agreementTables(w.db)).toEqual(before);
    }
  });

  it("the bureau reads every agreement but moves none (403); a teacher, a student, another school or enterprise: 404", async () => {
    const a = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "PROPOSED", proposedBy: "SCHOOL" });
    const active = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "ACTIVE" });
    expect((await w.bureau.client.get(`/agreements/${a.id}`)).status).toBe(200);
    const student = await w.make.student({ account: true, schoolId: w.school.id });
    const studentClient = await w.clientFor(student.user.id);
    const before = await agreementTables(w.db);
    for (const [id, intent] of [
      [a.id, "confirm"],
      [a.id, "decline"],
      [active.id, "terminate"],
    ] as const) {
      const body = { intent, reason: "越权", confirm: "yes" };
      expect((await w.bureau.client.post(`/agreements/${id}`, body)).status).toBe(403);
      for (const client of [w.otherSchoolStaff.client, w.otherEnterpriseStaff.client, w.teacher.client, studentClient])
        expect((await client.post(`/agreements/${id}`, body)).status).toBe(404);
    }
    expect(await agreementTables(w.db)).toEqual(before);
  });
});
