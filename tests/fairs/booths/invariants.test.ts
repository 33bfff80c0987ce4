import { beforeAll, describe, expect, it } from "vitest";
import { boothTables, deskPath, ownPath, useBoothWorld } from "./world";

// A booth request's moves, typed out from their meaning and not read from the code's table
// (app/features/fair-booths/booth-status.ts):
//   - the enterprise asks (待审核, once per fair) and withdraws (已撤回) while 待审核 or 已通过; it never
//     approves, refuses, assigns a number or marks itself arrived;
//   - the organiser approves (已通过) or refuses (未通过, with a reason) a request 待审核 and nothing else;
//     it never withdraws for the enterprise;
//   - 未通过 → 已通过 is forbidden (decided: a refusal is final, one request per fair, so nobody is
//     approved later by mistake), and nothing leaves 已撤回 or 未通过 at all, not even a new request.

const STATUSES = ["REQUESTED", "APPROVED", "REFUSED", "WITHDRAWN"] as const;
type Status = (typeof STATUSES)[number];

const ENTERPRISE_MAY: Record<Status, readonly Status[]> = {
  REQUESTED: ["WITHDRAWN"],
  APPROVED: ["WITHDRAWN"],
  REFUSED: [],
  WITHDRAWN: [],
};
const ORGANISER_MAY: Record<Status, readonly Status[]> = {
  REQUESTED: ["APPROVED", "REFUSED"],
  APPROVED: [],
  REFUSED: [],
  WITHDRAWN: [],
};

describe("the literal tables say what they mean", () => {
  it("nothing leaves 未通过 or 已撤回; the organiser never withdraws; the enterprise never decides", () => {
    for (const from of ["REFUSED", "WITHDRAWN"] as const) {
      expect(ENTERPRISE_MAY[from]).toEqual([]);
      expect(ORGANISER_MAY[from]).toEqual([]);
    }
    for (const from of STATUSES) {
      expect(ORGANISER_MAY[from]).not.toContain("WITHDRAWN");
      expect(ENTERPRISE_MAY[from]).not.toContain("APPROVED");
      expect(ENTERPRISE_MAY[from]).not.toContain("REFUSED");
    }
    expect(ORGANISER_MAY.REFUSED).not.toContain("APPROVED");
  });
});

const o = useBoothWorld();
const { w } = o;
beforeAll(() => o.setup());

async function boothIn(status: Status) {
  const fair = await o.fair();
  const c = await o.company();
  const booth = await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, status, approved: status === "APPROVED" });
  return { fair, c, booth };
}
const statusOf = async (id: number) => (await w.db.prisma.fairBooth.findUniqueOrThrow({ where: { id } })).status;
const moves = (may: Record<Status, readonly Status[]>, targets: readonly Status[]) =>
  STATUSES.flatMap((from) => targets.map((to) => [from, to, may[from].includes(to)] as const));

describe("the enterprise, over HTTP", () => {
  const INTENT: Partial<Record<Status, string>> = { REQUESTED: "request", WITHDRAWN: "withdraw" };
  it.each(moves(ENTERPRISE_MAY, ["REQUESTED", "WITHDRAWN"]))("%s → %s (allowed: %s)", async (from, to, allowed) => {
    const { fair, c, booth } = await boothIn(from);
    const before = await boothTables(w.db);
    const response = await c.client.post(ownPath(fair.id), { intent: INTENT[to]!, representatives: "2", confirm: "yes" });
    if (allowed) {
      expect(response.status).toBe(302);
      expect(await statusOf(booth.id)).toBe(to);
    } else {
      expect(response.status).toBe(400);
      expect(await boothTables(w.db)).toEqual(before);
    }
  });

  it.each(["approve", "refuse", "assign", "arrive"])("may not %s, not even its own request (403), nothing written", async (intent) => {
    const { fair, c, booth } = await boothIn(intent === "assign" || intent === "arrive" ? "APPROVED" : "REQUESTED");
    const before = await boothTables(w.db);
    const response = await c.client.post(deskPath(fair.id), { intent, boothId: String(booth.id), boothNo: "9", reason: "x", confirm: "yes" });
    expect(response.status).toBe(403);
    expect(await boothTables(w.db)).toEqual(before);
  });
});

describe("the organiser, over HTTP", () => {
  const INTENT: Partial<Record<Status, string>> = { APPROVED: "approve", REFUSED: "refuse" };
  it.each(moves(ORGANISER_MAY, ["APPROVED", "REFUSED"]))("%s → %s (allowed: %s)", async (from, to, allowed) => {
    const { fair, booth } = await boothIn(from);
    const before = await boothTables(w.db);
    const response = await o.extra.office.post(deskPath(fair.id), { intent: INTENT[to]!, boothId: String(booth.id), reason: "展位有限", confirm: "yes" });
    if (allowed) {
      expect(response.status).toBe(302);
      expect(await statusOf(booth.id)).toBe(to);
    } else {
      expect(response.status).toBe(400);
      expect(await boothTables(w.db)).toEqual(before);
    }
  });

  it.each(["request", "edit", "withdraw", "choose"])("may not %s for the enterprise (403), nothing written", async (intent) => {
    const { fair } = await boothIn("APPROVED");
    const before = await boothTables(w.db);
    const response = await o.extra.office.post(ownPath(fair.id), { intent, representatives: "2", boothNo: "9", confirm: "yes" });
    expect(response.status).toBe(403);
    expect(await boothTables(w.db)).toEqual(before);
  });
});
