import { describe, expect, it } from "vitest";
import { moveProblem, type FairMove } from "~/features/fairs/transitions";
import type { FairStatus } from "~/lib/fairs";
import { fairTables, useFairWorld } from "./world";

// The fair's state machine, written out by hand from issue 12 item 1 (draft → open → running → closed;
// cancelled from draft or open with a reason), not generated from transitions.ts: the moves allowed,
// the moves forbidden, and who may make them.

const w = useFairWorld();

const ALLOWED: Array<[FairStatus, FairMove, FairStatus]> = [
  ["DRAFT", "publish", "OPEN"],
  ["OPEN", "start", "RUNNING"],
  ["RUNNING", "close", "CLOSED"],
  ["DRAFT", "cancel", "CANCELLED"],
  ["OPEN", "cancel", "CANCELLED"],
];

// Every other pair, listed by hand.
const FORBIDDEN: Array<[FairStatus, FairMove]> = [
  // CLOSED and CANCELLED are final
  ["CLOSED", "publish"],
  ["CLOSED", "start"],
  ["CLOSED", "close"],
  ["CLOSED", "cancel"],
  ["CANCELLED", "publish"],
  ["CANCELLED", "start"],
  ["CANCELLED", "close"],
  ["CANCELLED", "cancel"],
  // no skipping: a draft is not started or closed, an open fair not closed before it runs
  ["DRAFT", "start"],
  ["DRAFT", "close"],
  ["OPEN", "close"],
  // no going back, no publishing twice
  ["OPEN", "publish"],
  ["RUNNING", "publish"],
  ["RUNNING", "start"],
  // a running fair is closed, never cancelled
  ["RUNNING", "cancel"],
];

const post = (client: { post: (p: string, f: Record<string, string>) => Promise<Response> }, fairId: number, move: FairMove) =>
  client.post(`/fairs/${fairId}/edit`, move === "cancel" ? { intent: "cancel", reason: "场馆临时维修", confirm: "yes" } : { intent: move });

describe("the table", () => {
  it("covers every status × move exactly once", () => {
    const statuses: FairStatus[] = ["DRAFT", "OPEN", "RUNNING", "CLOSED", "CANCELLED"];
    const moves: FairMove[] = ["publish", "start", "close", "cancel"];
    const listed = [...ALLOWED.map(([s, m]) => `${s}:${m}`), ...FORBIDDEN.map(([s, m]) => `${s}:${m}`)].sort();
    expect(listed).toEqual(statuses.flatMap((s) => moves.map((m) => `${s}:${m}`)).sort());
  });

  it.each(ALLOWED)("%s --%s--> %s is allowed", (from, move) => expect(moveProblem(from, move)).toBeNull());
  it.each(FORBIDDEN)("%s --%s--> is forbidden", (from, move) => expect(moveProblem(from, move)).toMatch(/[\u4e00-\u9fff]/));
});

describe("through the edit page, by the organiser's office", () => {
  it.each(ALLOWED)("%s --%s--> %s", async (from, move, to) => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: from });
    const response = await post(w.schoolStaff.client, fair.id, move);
    expect(response.status).toBe(302);
    const after = await w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: fair.id } });
    expect(after.status).toBe(to);
    if (move === "cancel") expect(after.cancelReason).toBe("场馆临时维修");
  });

  it.each(FORBIDDEN)("%s --%s--> refused with a reason, 400, nothing written", async (from, move) => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: from });
    const before = await fairTables(w.db);
    const response = await post(w.schoolStaff.client, fair.id, move);
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/只有|不能/);
    expect(await fairTables(w.db)).toEqual(before);
  });

  it("cancelling is asked twice: without confirm=yes nothing moves", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: "OPEN" });
    const response = await w.schoolStaff.client.post(`/fairs/${fair.id}/edit`, { intent: "cancel", reason: "暴雪" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("这一步不能撤销");
    expect((await w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: fair.id } })).status).toBe("OPEN");
  });
});

describe("who may move", () => {
  // Only the organiser's own staff: never the bureau on a school's fair, another school, the organiser's
  // teachers, an enterprise or a student.
  const outsiders = ["bureau", "otherSchoolStaff", "teacher", "enterpriseStaff", "student"] as const;

  it.each(outsiders)("%s may not move a school's published fair (403), nothing written", async (who) => {
    for (const [from, move] of ALLOWED.filter(([s]) => s !== "DRAFT")) {
      const fair = await w.make.jobFair({ organiserId: w.school.id, status: from });
      const before = await fairTables(w.db);
      const response = await post(w[who].client, fair.id, move);
      expect(response.status, `${who} ${from} ${move}`).toBe(403);
      expect(await fairTables(w.db)).toEqual(before);
    }
  });

  it.each(["otherSchoolStaff", "teacher", "bureau", "enterpriseStaff", "student"] as const)("%s may not move a school's draft (404)", async (who) => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: "DRAFT" });
    const before = await fairTables(w.db);
    const response = await post(w[who].client, fair.id, "publish");
    // A draft is the organising office's alone: to everyone else, the school's teachers too, it does not exist.
    expect(response.status).toBe(404);
    expect(await fairTables(w.db)).toEqual(before);
  });

  it("a school's office may not move the bureau's fair; the bureau may", async () => {
    const fair = await w.make.jobFair({ organiserId: w.bureauOrg.id, status: "OPEN" });
    expect((await post(w.schoolStaff.client, fair.id, "start")).status).toBe(403);
    expect((await w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: fair.id } })).status).toBe("OPEN");
    expect((await post(w.bureau.client, fair.id, "start")).status).toBe(302);
    expect((await w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: fair.id } })).status).toBe("RUNNING");
  });
});

describe("cancelling tells who is affected", () => {
  it("registered students and the staff of enterprises with a live booth request get a notice; others do not", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: "OPEN" });
    const registered = await w.make.student({ schoolId: w.school.id, account: true });
    const withdrawn = await w.make.student({ schoolId: w.school.id, account: true });
    await w.make.fairRegistration({ fairId: fair.id, studentId: registered.id });
    await w.make.fairRegistration({ fairId: fair.id, studentId: withdrawn.id, cancelledAt: new Date() });
    const approvedEnterprise = await w.make.enterprise();
    const requestedEnterprise = await w.make.enterprise();
    const refusedEnterprise = await w.make.enterprise();
    const staff = async (enterpriseId: number) => (await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterpriseId })).id;
    const [approvedStaff, requestedStaff, refusedStaff] = [await staff(approvedEnterprise.id), await staff(requestedEnterprise.id), await staff(refusedEnterprise.id)];
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: approvedEnterprise.id, approved: true });
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: requestedEnterprise.id });
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: refusedEnterprise.id, status: "REFUSED", refusalReason: "资质不符" });

    expect((await post(w.schoolStaff.client, fair.id, "cancel")).status).toBe(302);
    const notified = await w.db.prisma.notification.findMany({ where: { link: `/fairs/${fair.id}` }, select: { userId: true, body: true } });
    expect(notified.map((n) => n.userId).sort((a, b) => a - b)).toEqual([registered.user.id, approvedStaff, requestedStaff].sort((a, b) => a - b));
    expect(notified.map((n) => n.userId)).not.toContain(refusedStaff);
    expect(notified.map((n) => n.userId)).not.toContain(withdrawn.user.id);
    for (const n of notified) expect(n.body).toContain("场馆临时维修");
  });
});
