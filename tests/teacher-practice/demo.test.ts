import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "~/features/auth/session.server";
import { ledgerOf } from "~/features/teacher-practice/index.server";
import { listBases } from "~/features/teacher-practice/bases.server";
import { schoolTeachers } from "~/features/teacher-practice/ledger.server";
import { listPractice } from "~/features/teacher-practice/practice.server";
import { positionSearchFor } from "~/lib/position-search.server";
import { seedDemo } from "../../prisma/seed/demo";
import { seedDemoPractice } from "../../prisma/seed/demo-practice";
import { useTestApp } from "../support/test-app";

// The demo's training bases and practice, read through the part's own services. The bases are typed here
// from the 2023 report's 7.7.3 (/work/shared/reference/000_7d1635ab68301fb1.txt): 香格里拉大酒店（呼和浩特）,
// 北京内蒙古大厦, 呼和浩特巨华国际大酒店, 大唐国际托克托发电 / 喜来登. The practice itself is made up (the report
// counts none); what is checked is that the ledgers show every status.

const t = useTestApp();
const TODAY = "2026-11-29";
const users: Record<string, SessionUser> = {};

async function sessionUser(username: string): Promise<SessionUser> {
  const u = await t.db.prisma.user.findUniqueOrThrow({ where: { username }, include: { organisation: true } });
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    role: u.role,
    organisationId: u.organisationId!,
    organisation: { id: u.organisation!.id, name: u.organisation!.name, kind: u.organisation!.kind },
  };
}

beforeAll(async () => {
  await seedDemo(t.db.prisma, positionSearchFor(t.db.prisma), TODAY);
  for (const name of ["bureau", "school", "teacher", "enterprise", "enterprise2", "student"]) users[name] = await sessionUser(name);
}, 600_000);

describe("the demo's training bases (7.7.3)", () => {
  it("are the report's bases, active, each serving teachers", async () => {
    const { bases } = await listBases(users.student!, {});
    const hosts = bases.map((b) => b.enterprise).join("|");
    for (const name of ["香格里拉", "内蒙古大厦", "巨华国际大酒店", "托克托发电", "喜来登"]) expect(hosts).toContain(name);
    expect(bases.every((b) => b.active)).toBe(true);
  });
});

describe("the demo's practice", () => {
  it("has practice in every state", async () => {
    const { practice, page } = await listPractice(users.bureau!, { page: 1 });
    expect(page.total).toBeGreaterThan(100);
    for (const status of ["PROPOSED", "ACCEPTED", "DECLINED", "COMPLETED", "CANCELLED"] as const) {
      expect((await listPractice(users.bureau!, { status, page: 1 })).page.total).toBeGreaterThan(0);
    }
    expect(practice.length).toBeGreaterThan(0);
  });
  it("the demo school's ledgers show teachers met, short, warned and new", async () => {
    const { counts } = await schoolTeachers(users.school!, {}, TODAY);
    expect(counts.met).toBeGreaterThan(0);
    expect(counts.short).toBeGreaterThan(0);
    expect(counts.warning).toBeGreaterThan(0);
    expect(counts["new-without-experience"]).toBeGreaterThan(0);
    expect(counts["not-required"]).toBeGreaterThan(0);
  });
  it("the demo teacher has practice and meets the 180 days", async () => {
    const teacher = await t.db.prisma.teacher.findFirstOrThrow({ where: { userId: users.teacher!.id } });
    const ledger = (await ledgerOf(teacher.id, TODAY))!;
    expect(ledger.confirmedDays).toBeGreaterThanOrEqual(180);
    expect(ledger.status).toBe("met");
    expect((await listPractice(users.teacher!, { teacher: teacher.id, page: 1 })).page.total).toBe(2);
  });
  it("the demo host accounts see practice they host", async () => {
    expect((await listPractice(users.enterprise2!, { page: 1 })).page.total).toBeGreaterThan(0);
    expect((await listPractice(users.enterprise!, { status: "PROPOSED", page: 1 })).page.total).toBeGreaterThan(0);
  });
  it("a second run writes nothing", async () => {
    expect(await seedDemoPractice(t.db.prisma, TODAY)).toEqual({ created: 0 });
  });
});
