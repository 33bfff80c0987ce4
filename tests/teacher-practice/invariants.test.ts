import { describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { practicePath, practiceTables, usePracticeWorld } from "./world";

// A practice's moves, typed out from their meaning and not read from app/features/teacher-practice/transitions.ts:
//   - the host accepts or declines only what is proposed (待接收);
//   - the school cancels only what is proposed or accepted, and only before it starts;
//   - the host completes (writes its assessment) only what it accepted, from the end day on;
//   - nothing leaves 未接收, 已取消 or 已完成.
// Every other (status, move) is posted by the party who would make it, and must be refused with nothing written.

const w = usePracticeWorld();
const STATUSES = ["PROPOSED", "ACCEPTED", "DECLINED", "COMPLETED", "CANCELLED"] as const;
type Status = (typeof STATUSES)[number];
type Move = "accept" | "decline" | "cancel" | "complete";

// Before the period starts (startsOn tomorrow) and after it ended (endsOn yesterday).
const ALLOWED_BEFORE: Record<Status, readonly Move[]> = {
  PROPOSED: ["accept", "decline", "cancel"],
  ACCEPTED: ["cancel"],
  DECLINED: [],
  COMPLETED: [],
  CANCELLED: [],
};
const ALLOWED_AFTER: Record<Status, readonly Move[]> = {
  PROPOSED: ["accept", "decline"],
  ACCEPTED: ["complete"],
  DECLINED: [],
  COMPLETED: [],
  CANCELLED: [],
};
const MOVES: readonly Move[] = ["accept", "decline", "cancel", "complete"];

const FIELDS: Record<Move, Record<string, string>> = {
  accept: { intent: "accept" },
  decline: { intent: "decline", reason: "本期已满", confirm: "yes" },
  cancel: { intent: "cancel", confirm: "yes" },
  complete: { intent: "complete", assessment: "合格", grade: "合格", confirm: "yes" },
};
const PARTY: Record<Move, string> = { accept: "hostStaff", decline: "hostStaff", cancel: "office", complete: "hostStaff" };

describe("the literal tables say what they mean", () => {
  it("nothing leaves a final state; the school never accepts nor completes", () => {
    for (const table of [ALLOWED_BEFORE, ALLOWED_AFTER]) {
      for (const s of ["DECLINED", "COMPLETED", "CANCELLED"] as const) expect(table[s]).toEqual([]);
    }
    expect(ALLOWED_AFTER.PROPOSED).not.toContain("cancel");
    expect(ALLOWED_BEFORE.ACCEPTED).not.toContain("complete");
  });
});

for (const [when, table, startsOn, endsOn] of [
  ["before the start", ALLOWED_BEFORE, dayFromToday(1), dayFromToday(10)],
  ["after the end", ALLOWED_AFTER, dayFromToday(-10), dayFromToday(-1)],
] as const) {
  describe(`${when}`, () => {
    for (const from of STATUSES) {
      for (const move of MOVES) {
        const allowed = table[from].includes(move);
        it(`${from} --${move}--> ${allowed ? "allowed" : "refused, nothing written"}`, async () => {
          const p = await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: from, startsOn, endsOn });
          const before = await practiceTables(w.db);
          const r = await w.clients[PARTY[move]]!.post(practicePath(p.id), FIELDS[move]);
          if (allowed) {
            expect(r.status).toBe(302);
            expect((await w.db.prisma.teacherPlacement.findUniqueOrThrow({ where: { id: p.id } })).status).not.toBe(from);
          } else {
            expect(r.status).toBe(400);
            expect(await practiceTables(w.db)).toEqual(before);
          }
        });
      }
    }
  });
}
