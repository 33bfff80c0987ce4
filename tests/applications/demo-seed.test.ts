import { beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_STATUSES, mayMove, OPEN_APPLICATION_STATUSES, type ApplicationStatus } from "~/features/applications/application-status";
import { positionSearchFor } from "~/lib/position-search.server";
import { seedDemoApplications } from "../../prisma/seed/demo-applications";
import { formatDemoSummary, seedDemo } from "../../prisma/seed/demo";
import { useTestDatabase } from "../support/test-database";

// The demo applications on top of the demo data: every status, histories the transition table
// allows, notices for the students who have accounts and for the demo enterprise, and a second run
// that adds nothing. Written by seedDemo(), as the first start and npm run db:seed write it.

const t = useTestDatabase();
const TODAY = "2026-11-29"; // the day the demo is seeded on, fixed so the test reads the same every day
let created = 0;
let printed = "";

beforeAll(async () => {
  const summary = await seedDemo(t.db.prisma, positionSearchFor(t.db.prisma), TODAY);
  created = summary.applicationsCreated;
  printed = formatDemoSummary(summary);
}, 600_000);

const STUDENT_SIDE = new Set<ApplicationStatus>(["ACCEPTED", "DECLINED", "WITHDRAWN"]);
const WAITING = new Set<ApplicationStatus>(["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"]);

describe("demo applications", () => {
  it("are counted in the seed's printout from the rows", async () => {
    expect(printed).toContain(`岗位 Positions: ${await t.db.prisma.position.count()}（`);
    // The total counts every application row (the demo fairs' too); "created" is this step's own.
    expect(printed).toContain(`申请 Applications: ${await t.db.prisma.application.count()}（本次写入 created ${created}）`);
  });

  it("tell the demo enterprise's account what students did, the latest of each unread", async () => {
    const account = await t.db.prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } });
    const notices = await t.db.prisma.notification.findMany({ where: { userId: account.id } });
    const studentActs = await t.db.prisma.applicationEvent.count({
      where: { toStatus: { in: ["SUBMITTED", "ACCEPTED", "DECLINED", "WITHDRAWN"] }, application: { position: { enterpriseId: account.organisationId } } },
    });
    expect(notices.length).toBe(studentActs);
    expect(notices.every((n) => n.link?.startsWith("/enterprise/positions/"))).toBe(true);
    expect(notices.some((n) => n.readAt === null)).toBe(true);
  });

  it("are written once: a second run adds nothing", async () => {
    expect(created).toBeGreaterThan(100);
    const before = await t.db.prisma.application.count();
    expect(await seedDemoApplications(t.db.prisma, positionSearchFor(t.db.prisma), TODAY)).toEqual({ created: 0 });
    expect(await t.db.prisma.application.count()).toBe(before);
  });

  it("cover every status, also on the demo enterprise's positions", async () => {
    const all = await t.db.prisma.application.groupBy({ by: ["status"], _count: { _all: true } });
    expect(all.map((g) => g.status).sort()).toEqual([...APPLICATION_STATUSES].sort());
    const enterprise = await t.db.prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } });
    const own = await t.db.prisma.application.groupBy({
      by: ["status"],
      where: { position: { enterpriseId: enterprise.organisationId } },
      _count: { _all: true },
    });
    expect(own.map((g) => g.status).sort()).toEqual([...APPLICATION_STATUSES].sort());
  });

  it("give the demo student a few applications, one an offer, each with its notices", async () => {
    const account = await t.db.prisma.user.findUniqueOrThrow({ where: { username: "student" }, include: { student: true } });
    const mine = await t.db.prisma.application.findMany({ where: { studentId: account.student!.id }, include: { events: true } });
    expect(mine.length).toBeGreaterThanOrEqual(3);
    expect(mine.map((a) => a.status)).toContain("OFFER");
    // The student's own moves (applying, answering, withdrawing) are no notice to them (issue 9 item 6):
    // one notice per move of the enterprise or the platform, unread only where it is the latest.
    const own = (to: ApplicationStatus) => to === "SUBMITTED" || STUDENT_SIDE.has(to);
    const told = mine.reduce((n, a) => n + a.events.filter((e) => !own(e.toStatus)).length, 0);
    const latestTold = mine.filter((a) => !own(a.status)).length;
    expect(told).toBeGreaterThan(0);
    expect(await t.db.prisma.notification.count({ where: { userId: account.id } })).toBe(told);
    expect(await t.db.prisma.notification.count({ where: { userId: account.id, readAt: null } })).toBe(latestTold);
  });

  it("have histories the transition table allows, ending in the application's status, in time order, before the demo day", async () => {
    const applications = await t.db.prisma.application.findMany({ include: { events: { orderBy: { id: "asc" } } } });
    const end = Date.parse(`${TODAY}T00:00:00Z`);
    for (const a of applications) {
      expect(a.events[0]).toMatchObject({ fromStatus: null, toStatus: "SUBMITTED", note: a.note });
      expect(a.events.at(-1)!.toStatus).toBe(a.status);
      for (const [i, e] of a.events.entries()) {
        if (i === 0) continue;
        expect(e.fromStatus).toBe(a.events[i - 1]!.toStatus);
        expect(e.createdAt.getTime()).toBeGreaterThan(a.events[i - 1]!.createdAt.getTime());
        // 岗位已关闭 is the platform's, not a side's move: it ends a waiting application, with its reason.
        if (e.toStatus === "CLOSED") {
          expect(WAITING.has(e.fromStatus!)).toBe(true);
          expect(e.note).toBe("企业已关闭岗位");
          continue;
        }
        expect(mayMove(STUDENT_SIDE.has(e.toStatus) ? "student" : "enterprise", e.fromStatus!, e.toStatus)).toBe(true);
      }
      expect(a.events.at(-1)!.createdAt.getTime()).toBeLessThan(end);
    }
  });

  it("fill no position to its headcount", async () => {
    const accepted = await t.db.prisma.application.groupBy({
      by: ["positionId"],
      where: { status: "ACCEPTED" },
      _count: { _all: true },
    });
    const positions = await t.db.prisma.position.findMany({ where: { id: { in: accepted.map((g) => g.positionId) } } });
    for (const g of accepted) expect(g._count._all).toBeLessThan(positions.find((p) => p.id === g.positionId)!.headcount);
  });

  it("close one or two of the demo enterprise's positions as the app does, ending only who was waiting", async () => {
    const account = await t.db.prisma.user.findUniqueOrThrow({ where: { username: "enterprise" } });
    const closed = await t.db.prisma.position.findMany({
      where: { status: "CLOSED", applications: { some: {} } },
      include: { changes: true, applications: { include: { events: { orderBy: { id: "asc" } }, student: true } } },
    });
    expect(closed.length).toBeGreaterThanOrEqual(1);
    expect(closed.length).toBeLessThanOrEqual(2);
    // every other position with applicants is still open, and only the closes were audited
    expect(await t.db.prisma.position.count({ where: { status: { not: "PUBLISHED" }, applications: { some: {} } } })).toBe(closed.length);
    expect(await t.db.prisma.positionChange.count()).toBe(closed.length);
    for (const p of closed) {
      expect(p.enterpriseId).toBe(account.organisationId);
      expect(p.changes).toEqual([expect.objectContaining({ userId: account.id, changes: { status: ["PUBLISHED", "CLOSED"] } })]);
      const closedAt = p.changes[0]!.changedAt.getTime();
      expect(p.applications.some((a) => a.status === "CLOSED")).toBe(true);
      for (const a of p.applications) {
        expect(WAITING.has(a.status)).toBe(false); // nobody is left waiting on a closed position
        const last = a.events.at(-1)!;
        if (a.status === "CLOSED") {
          expect(last).toMatchObject({ toStatus: "CLOSED", note: "企业已关闭岗位", actorId: account.id });
          expect(last.createdAt.getTime()).toBe(closedAt);
          if (a.student.userId !== null) {
            const notices = await t.db.prisma.notification.findMany({ where: { userId: a.student.userId, title: `岗位已关闭：${p.title}` } });
            expect(notices).toHaveLength(1);
            expect(notices[0]!.body).toContain("原因：企业已关闭岗位");
          }
        } else {
          expect(last.createdAt.getTime()).toBeLessThan(closedAt); // finished before the close, left as it was
        }
      }
    }
    expect(OPEN_APPLICATION_STATUSES).toEqual([...WAITING]);
  });
});
