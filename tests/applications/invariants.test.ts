import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// The application pipeline's rules, typed out from their meaning and not read from the code's
// TRANSITIONS table, so a wrong entry in that table fails here instead of being copied into the test.
//
// Who decides what (the meaning):
//   - the enterprise reads, invites, offers and rejects: it may set 企业已查看, 邀请面试, 拟录用, 未通过 —
//     never 已接受录用 / 已婉拒录用 / 已撤回, which are the student's own decisions;
//   - the student withdraws (while still undecided) and answers an offer: 已撤回, 已接受录用, 已婉拒录用 —
//     never 企业已查看 / 邀请面试 / 拟录用 / 未通过;
//   - 岗位已关闭 is the platform's, when the position closes (lifecycle-closed-position.test.ts): neither side sets it;
//   - nothing moves out of a final state (已接受录用, 已婉拒录用, 未通过, 已撤回, 岗位已关闭) and nothing goes back to
//     已投递 — except that a student who withdrew, or whose application closed with the position, applies again
//     (已撤回 / 岗位已关闭 → 已投递, through the apply form, while the position is open: lifecycle-withdraw.test.ts).
// Each (side, from, to) below is posted over HTTP, so the pages and the service are tested together.

const STATUSES = ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER", "ACCEPTED", "DECLINED", "REJECTED", "WITHDRAWN", "CLOSED"] as const;
type Status = (typeof STATUSES)[number];

const FINAL: readonly Status[] = ["ACCEPTED", "DECLINED", "REJECTED", "WITHDRAWN", "CLOSED"];
/** The finals a student may leave, by applying again (to 已投递 only). */
const REAPPLY_FROM: readonly Status[] = ["WITHDRAWN", "CLOSED"];
const ENTERPRISE_NEVER: readonly Status[] = ["SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN", "CLOSED"];
const STUDENT_NEVER: readonly Status[] = ["VIEWED", "INTERVIEW", "OFFER", "REJECTED", "CLOSED"];

/** Every move the enterprise may make, literally: from → to. Everything else is refused. */
const ENTERPRISE_MAY: Record<Status, readonly Status[]> = {
  SUBMITTED: ["VIEWED", "REJECTED"],
  VIEWED: ["INTERVIEW", "REJECTED"],
  INTERVIEW: ["OFFER", "REJECTED"],
  OFFER: ["REJECTED"],
  ACCEPTED: [],
  DECLINED: [],
  REJECTED: [],
  WITHDRAWN: [],
  CLOSED: [],
};

/** Every move the student may make, literally: withdraw while undecided; accept or decline only an offer; apply again after 已撤回 / 岗位已关闭. */
const STUDENT_MAY: Record<Status, readonly Status[]> = {
  SUBMITTED: ["WITHDRAWN"],
  VIEWED: ["WITHDRAWN"],
  INTERVIEW: ["WITHDRAWN"],
  OFFER: ["ACCEPTED", "DECLINED", "WITHDRAWN"],
  ACCEPTED: [],
  DECLINED: [],
  REJECTED: [],
  WITHDRAWN: ["SUBMITTED"],
  CLOSED: ["SUBMITTED"],
};

/** The student's buttons post an intent, the enterprise's the status itself; the visible words of each. */
const STUDENT_INTENT: Partial<Record<Status, string>> = { WITHDRAWN: "withdraw", ACCEPTED: "accept", DECLINED: "decline" };
const BUTTON_LABEL: Record<Status, string> = {
  SUBMITTED: "改回已投递",
  VIEWED: "标记为已查看",
  INTERVIEW: "邀请面试",
  OFFER: "发出录用通知",
  ACCEPTED: "接受录用",
  DECLINED: "婉拒录用",
  REJECTED: "不予录用",
  WITHDRAWN: "撤回申请", // the first press; the confirm step then asks 确认撤回 (lifecycle-withdraw.test.ts)
  CLOSED: "",
};

describe("the literal tables keep the invariants they are meant to state", () => {
  // A typo in the tables above would otherwise silently weaken every test below.
  it("the enterprise never sets the student's decisions, the student never the enterprise's, nothing leaves a final state", () => {
    for (const from of STATUSES) {
      for (const to of ENTERPRISE_MAY[from]) expect(ENTERPRISE_NEVER).not.toContain(to);
      for (const to of STUDENT_MAY[from]) expect(STUDENT_NEVER).not.toContain(to);
    }
    for (const from of FINAL) {
      expect(ENTERPRISE_MAY[from]).toEqual([]);
      expect(STUDENT_MAY[from]).toEqual(REAPPLY_FROM.includes(from) ? ["SUBMITTED"] : []);
    }
    for (const from of STATUSES) {
      if (!REAPPLY_FROM.includes(from)) expect(STUDENT_MAY[from]).not.toContain("SUBMITTED");
    }
  });
});

const w = useApplicationWorld();
const applicantsPath = (positionId: number) => `/enterprise/positions/${positionId}/applicants`;

/** A student with an application already in `status`, on a published position with seats to spare. */
async function applicationIn(status: Status) {
  const who = await w.student();
  const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount: 5 });
  const application = await w.make.application({ positionId: position.id, studentId: who.student.id, status });
  return { ...who, position, application };
}

const statusOf = async (id: number) => (await w.db.prisma.application.findUniqueOrThrow({ where: { id } })).status;

const allMoves = (may: Record<Status, readonly Status[]>, targets: readonly Status[]) =>
  STATUSES.flatMap((from) => targets.map((to) => [from, to, may[from].includes(to)] as const));

describe("the enterprise, over HTTP: allowed moves happen, every other is refused and writes nothing", () => {
  it.each(allMoves(ENTERPRISE_MAY, STATUSES))("%s → %s (allowed: %s)", async (from, to, allowed) => {
    const { position, application } = await applicationIn(from);
    const before = await applicationTables(w.db);
    const response = await w.staff.post(applicantsPath(position.id), { applicationId: String(application.id), to, note: "备注", confirm: "yes" });
    if (allowed) {
      expect(response.status).toBe(302);
      expect(await statusOf(application.id)).toBe(to);
      const event = await w.db.prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: application.id }, orderBy: { id: "desc" } });
      expect(event).toMatchObject({ fromStatus: from, toStatus: to, actorId: w.staffUser.id });
    } else {
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/该申请当前为「.+」，不能/);
      expect(await applicationTables(w.db)).toEqual(before);
    }
  });
});

describe("the student, over HTTP: allowed moves happen, every other is refused and writes nothing", () => {
  const studentTargets = STATUSES.filter((s) => STUDENT_INTENT[s] !== undefined);
  it.each(allMoves(STUDENT_MAY, studentTargets))("%s → %s (allowed: %s)", async (from, to, allowed) => {
    const { user, client, application } = await applicationIn(from);
    const before = await applicationTables(w.db);
    const response = await client.post("/applications", { confirm: "yes", intent: STUDENT_INTENT[to]!, applicationId: String(application.id) });
    if (allowed) {
      expect(response.status).toBe(302);
      expect(await statusOf(application.id)).toBe(to);
      const event = await w.db.prisma.applicationEvent.findFirstOrThrow({ where: { applicationId: application.id }, orderBy: { id: "desc" } });
      expect(event).toMatchObject({ fromStatus: from, toStatus: to, actorId: user.id });
    } else {
      expect(response.status).toBe(400);
      expect(await response.text()).toMatch(/该申请当前为「.+」，不能/);
      expect(await applicationTables(w.db)).toEqual(before);
    }
  });

  it.each(STUDENT_NEVER)(
    "cannot set %s: the enterprise's page refuses them (403) and the own page has no such intent (400); nothing written",
    async (to) => {
      for (const from of ["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"] as const) {
        const { client, position, application } = await applicationIn(from);
        const before = await applicationTables(w.db);
        const onEnterprisePage = await client.post(applicantsPath(position.id), { applicationId: String(application.id), to, confirm: "yes" });
        expect(onEnterprisePage.status).toBe(403);
        const onOwnPage = await client.post("/applications", { confirm: "yes", intent: to, applicationId: String(application.id) });
        expect(onOwnPage.status).toBe(400);
        expect(await applicationTables(w.db)).toEqual(before);
      }
    },
  );
});

/** The move buttons inside one application's card: [value, visible label], in page order. */
function buttonsOf(html: string, applicationId: number, name: "to" | "intent"): Array<[string, string]> {
  const start = html.indexOf(`id="application-${applicationId}"`);
  expect(start).toBeGreaterThan(-1);
  const card = html.slice(start, html.indexOf("</article>", start));
  const buttons = [...card.matchAll(/<button[^>]*>([^<]*)<\/button>/g)];
  return buttons.map((b) => {
    const value = new RegExp(`name="${name}" value="([^"]*)"`).exec(b[0]);
    expect(value, `a button without name="${name}": ${b[0]}`).not.toBeNull();
    return [value![1]!, b[1]!];
  });
}

const sorted = (pairs: Array<[string, string]>) => [...pairs].sort(([a], [b]) => a.localeCompare(b));

describe("each page shows exactly the buttons the rules allow, in every state", () => {
  it.each(STATUSES)("the applicants page, for an application in %s", async (status) => {
    const { position, application } = await applicationIn(status);
    const html = await (await w.staff.get(applicantsPath(position.id))).text();
    const expected = ENTERPRISE_MAY[status].map((to): [string, string] => [to, BUTTON_LABEL[to]]);
    expect(sorted(buttonsOf(html, application.id, "to"))).toEqual(sorted(expected));
  });

  it.each(STATUSES)("the student's 我的申请, for an application in %s", async (status) => {
    const { client, application } = await applicationIn(status);
    const html = await (await client.get("/applications")).text();
    // Applying again is the position page's apply form, not a button here.
    const buttons = STUDENT_MAY[status].filter((to) => to !== "SUBMITTED");
    const expected = buttons.map((to): [string, string] => [STUDENT_INTENT[to]!, BUTTON_LABEL[to]]);
    expect(sorted(buttonsOf(html, application.id, "intent"))).toEqual(sorted(expected));
  });
});
