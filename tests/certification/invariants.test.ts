import { describe, expect, it } from "vitest";
import { moveProblem, movesFor } from "~/features/certification/transitions";
import { dayFromToday } from "../support/dates";
import { certificationTables, useCertificationWorld } from "./world";

// The certification's state machine (issue 13 item 3), its forbidden moves written out by hand from
// the rule — the bureau certifies or refuses a submission, the school withdraws its own, and nothing
// leaves CERTIFIED, REFUSED or WITHDRAWN — not generated from the transition table.

type Status = "SUBMITTED" | "CERTIFIED" | "REFUSED" | "WITHDRAWN";
type Actor = "BUREAU" | "SCHOOL";
type Move = "certify" | "refuse" | "withdraw";

const FORBIDDEN: Array<[Status, Actor, Move, string]> = [
  // a school never decides
  ["SUBMITTED", "SCHOOL", "certify", "a school certifying its own teacher"],
  ["SUBMITTED", "SCHOOL", "refuse", "a school refusing"],
  // the bureau never withdraws a school's submission
  ["SUBMITTED", "BUREAU", "withdraw", "the bureau withdrawing"],
  // REFUSED is final
  ["REFUSED", "BUREAU", "certify", "REFUSED → CERTIFIED"],
  ["REFUSED", "BUREAU", "refuse", "REFUSED → REFUSED again"],
  ["REFUSED", "SCHOOL", "withdraw", "REFUSED → WITHDRAWN"],
  // WITHDRAWN → anything
  ["WITHDRAWN", "BUREAU", "certify", "WITHDRAWN → CERTIFIED"],
  ["WITHDRAWN", "BUREAU", "refuse", "WITHDRAWN → REFUSED"],
  ["WITHDRAWN", "SCHOOL", "withdraw", "WITHDRAWN → WITHDRAWN"],
  // CERTIFIED is final (expiry is read from the dates; a renewal is a new submission)
  ["CERTIFIED", "BUREAU", "certify", "CERTIFIED → certified again (a new validity without a submission)"],
  ["CERTIFIED", "BUREAU", "refuse", "CERTIFIED → REFUSED (revoking by refusal)"],
  ["CERTIFIED", "SCHOOL", "withdraw", "CERTIFIED → WITHDRAWN"],
];

const ALLOWED: Array<[Status, Actor, Move]> = [
  ["SUBMITTED", "BUREAU", "certify"],
  ["SUBMITTED", "BUREAU", "refuse"],
  ["SUBMITTED", "SCHOOL", "withdraw"],
];

describe("the state machine, by hand", () => {
  it.each(FORBIDDEN)("%s: %s may not %s (%s)", (status, actor, move) => {
    expect(moveProblem(status, actor, move)).toMatch(/[\u4e00-\u9fff]/);
  });
  it.each(ALLOWED)("%s: %s may %s", (status, actor, move) => {
    expect(moveProblem(status, actor, move)).toBeNull();
  });
  it("the moves offered: the bureau certify and refuse a submission, the school withdraw it; none on a final status", () => {
    expect(movesFor("SUBMITTED", "BUREAU")).toEqual(["certify", "refuse"]);
    expect(movesFor("SUBMITTED", "SCHOOL")).toEqual(["withdraw"]);
    for (const status of ["CERTIFIED", "REFUSED", "WITHDRAWN"] as const) {
      expect(movesFor(status, "BUREAU")).toEqual([]);
      expect(movesFor(status, "SCHOOL")).toEqual([]);
    }
  });
});

describe("over HTTP: each forbidden move is 400 and writes nothing", () => {
  const w = useCertificationWorld();
  const certify = { intent: "certify", validFrom: dayFromToday(0), validUntil: dayFromToday(365) };
  const refuse = { intent: "refuse", reason: "材料不全", confirm: "yes" };
  const withdraw = { intent: "withdraw", confirm: "yes" };

  it("a school certifying or refusing its own submission; the bureau withdrawing it", async () => {
    const c = await w.make.certification({ schoolId: w.school.id, teacherId: (await w.make.teacher({ schoolId: w.school.id })).id });
    const before = await certificationTables(w.db);
    for (const [client, body] of [
      [w.schoolStaff.client, certify],
      [w.schoolStaff.client, refuse],
      [w.bureau.client, withdraw],
    ] as const) {
      const response = await client.post(`/certifications/${c.id}`, body);
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/只有市教育局可以认定|只有提交申请的学校可以撤回/);
    }
    expect(await certificationTables(w.db)).toEqual(before);
  });

  it("REFUSED → CERTIFIED, WITHDRAWN → anything, CERTIFIED → REFUSED/WITHDRAWN", async () => {
    const teacherId = async () => (await w.make.teacher({ schoolId: w.school.id })).id;
    const refused = await w.make.certification({ teacherId: await teacherId(), status: "REFUSED", refusalReason: "材料不全" });
    const withdrawn = await w.make.certification({ teacherId: await teacherId(), status: "WITHDRAWN" });
    const certified = await w.make.certification({ teacherId: await teacherId(), certified: true });
    const before = await certificationTables(w.db);
    const attempts: Array<[number, "bureau" | "school", Record<string, string>]> = [
      [refused.id, "bureau", certify],
      [refused.id, "school", withdraw],
      [withdrawn.id, "bureau", certify],
      [withdrawn.id, "bureau", refuse],
      [withdrawn.id, "school", withdraw],
      [certified.id, "bureau", refuse],
      [certified.id, "bureau", certify],
      [certified.id, "school", withdraw],
    ];
    for (const [id, who, body] of attempts) {
      const client = who === "bureau" ? w.bureau.client : w.schoolStaff.client;
      const response = await client.post(`/certifications/${id}`, body);
      expect(response.status, `${id} ${who} ${body.intent}`).toBe(400);
      expect(await response.text()).toContain("已不是待认定状态");
    }
    expect(await certificationTables(w.db)).toEqual(before);
  });
});
