import { describe, expect, it } from "vitest";
import { moveProblem } from "~/features/agreements/transitions";
import { dayFromToday } from "../support/dates";
import { agreementTables, PDF_BYTES, useAgreementWorld } from "./world";

// 已到期 is a final state read from the dates (issue 11 item 2: proposed → active → expired / terminated):
// an agreement past its end day is neither terminated afterwards (that would rewrite 已到期 as 已终止)
// nor confirmed into one that is over the moment it starts. On its end day it is still 生效: both
// moves are open then. Listed by hand, both sides of the edge.

describe("the rule, as a table", () => {
  const proposed = { status: "PROPOSED", proposedBy: "SCHOOL", hasDocument: true } as const;
  const active = { status: "ACTIVE", proposedBy: "SCHOOL", hasDocument: true } as const;
  it("an ended proposal cannot be confirmed; one not ended can", () => {
    expect(moveProblem({ ...proposed, ended: true }, "ENTERPRISE", "confirm")).toContain("结束日期已过");
    expect(moveProblem({ ...proposed, ended: false }, "ENTERPRISE", "confirm")).toBeNull();
  });
  it("an ended proposal may still be declined (the answer closes it)", () => {
    expect(moveProblem({ ...proposed, ended: true }, "ENTERPRISE", "decline")).toBeNull();
  });
  it("an expired agreement cannot be terminated; one in force can", () => {
    expect(moveProblem({ ...active, ended: true }, "ENTERPRISE", "terminate")).toContain("已到期");
    expect(moveProblem({ ...active, ended: false }, "SCHOOL", "terminate")).toBeNull();
  });
});

describe("over HTTP", () => {
  const w = useAgreementWorld();
  const pair = () => ({ schoolId: w.school.id, enterpriseId: w.enterprise.id });

  it("已到期 (ended yesterday): terminate refused, nothing written, no button; on its end day it terminates", async () => {
    const expired = await w.make.agreement({ ...pair(), status: "ACTIVE", startsOn: dayFromToday(-400), endsOn: dayFromToday(-1) });
    const lastDay = await w.make.agreement({ ...pair(), status: "ACTIVE", startsOn: dayFromToday(-400), endsOn: dayFromToday(0) });
    const page = await (await w.schoolStaff.client.get(`/agreements/${expired.id}`)).text();
    expect(page).toContain("已到期");
    expect(page).not.toContain('value="terminate"');
    const before = await agreementTables(w.db);
    const refused = await w.schoolStaff.client.post(`/agreements/${expired.id}`, { intent: "terminate", reason: "合作结束", confirm: "yes" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("协议已到期");
    expect(await agreementTables(w.db)).toEqual(before);
    expect((await w.enterpriseStaff.client.post(`/agreements/${lastDay.id}`, { intent: "terminate", reason: "合作结束", confirm: "yes" })).status).toBe(302);
  });

  it("a proposal whose end day has passed cannot be confirmed (400, nothing written); one ending today can", async () => {
    const document = await w.db.prisma.document.create({
      data: {
        organisationId: w.school.id,
        uploadedById: w.schoolStaff.user.id,
        fileName: "合作协议.pdf",
        mediaType: "application/pdf",
        byteSize: PDF_BYTES.byteLength,
        sha256: "0".repeat(64),
        bytes: PDF_BYTES,
      },
    });
    const stale = await w.make.agreement({ ...pair(), status: "PROPOSED", proposedBy: "SCHOOL", startsOn: dayFromToday(-400), endsOn: dayFromToday(-1), documentId: document.id });
    const today = await w.make.agreement({ ...pair(), status: "PROPOSED", proposedBy: "SCHOOL", startsOn: dayFromToday(-400), endsOn: dayFromToday(0), documentId: document.id });
    const before = await agreementTables(w.db);
    const refused = await w.enterpriseStaff.client.post(`/agreements/${stale.id}`, { intent: "confirm" });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("结束日期已过");
    expect(await agreementTables(w.db)).toEqual(before);
    expect((await w.enterpriseStaff.client.post(`/agreements/${today.id}`, { intent: "confirm" })).status).toBe(302);
  });
});
