import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "~/features/auth/session.server";
import { listCertifications } from "~/features/certification/certifications.server";
import { dualTeacherFigures } from "~/features/certification/index.server";
import { seedDemoCertification } from "../../prisma/seed/demo-certification";
import { seed } from "../../prisma/seed/seed";
import { useTestApp } from "../support/test-app";

// The demo's certifications (prisma/seed/demo-certification.ts) read through the product's own service
// and compared with figures typed here from the 2023 report (/work/shared/reference/000_7d1635ab68301fb1.txt):
//   1.3   "专任教师 1854 人 … 2023 年认定“双师型”教师 447 人"
//   7.7.1 "首批认定通过初级 222 人、中级 190 人、高级 35 人，合计 447 人"
//   附表4 row 2 "双师素质专任教师比例 % 24.11"
// The demo's submissions in every state must leave those figures as they are.

const t = useTestApp();
const TODAY = "2026-11-29";
let bureau: SessionUser;
let created: number;

beforeAll(async () => {
  await seed(t.db.prisma, TODAY);
  created = (await seedDemoCertification(t.db.prisma, TODAY)).created;
  const user = await t.db.prisma.user.findUniqueOrThrow({ where: { username: "bureau" }, include: { organisation: true } });
  bureau = {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: "BUREAU_ADMIN",
    organisationId: user.organisationId!,
    organisation: { id: user.organisation!.id, name: user.organisation!.name, kind: user.organisation!.kind },
  };
}, 600_000);

describe("the report's figures through the certification service", () => {
  it("city-wide: 447 of 1,854 full-time teachers, 24.11%; 初级 222, 中级 190, 高级 35", async () => {
    const { total, schools } = await dualTeacherFigures(TODAY);
    expect(total).toEqual({ fullTime: 1854, certified: 447, JUNIOR: 222, INTERMEDIATE: 190, SENIOR: 35, ratio: "24.11" });
    expect(schools).toHaveLength(34);
    expect(schools.reduce((sum, s) => sum + s.certified, 0)).toBe(447);
  });

  it("the list page's figures are the same for the bureau", async () => {
    const list = await listCertifications(bureau, { page: 1 }, TODAY);
    expect(list.figures.total.ratio).toBe("24.11");
  });
});

describe("the demo's submissions", () => {
  it("every state is there, some expire within 90 days, a renewal waits and one is certified", async () => {
    expect(created).toBeGreaterThan(0);
    const states = async (state: "SUBMITTED" | "IN_FORCE" | "EXPIRED" | "REFUSED" | "WITHDRAWN") => (await listCertifications(bureau, { state, page: 1 }, TODAY)).page.total;
    for (const state of ["SUBMITTED", "IN_FORCE", "EXPIRED", "REFUSED", "WITHDRAWN"] as const) expect(await states(state), state).toBeGreaterThan(0);
    expect((await listCertifications(bureau, { expiring: 90, page: 1 }, TODAY)).page.total).toBeGreaterThanOrEqual(2);
    const renewals = await t.db.prisma.dualTeacherCertification.groupBy({ by: ["status"], where: { renewsId: { not: null } }, _count: { _all: true } });
    expect(Object.fromEntries(renewals.map((r) => [r.status, r._count._all]))).toMatchObject({ SUBMITTED: expect.any(Number), CERTIFIED: expect.any(Number) });
  });

  it("a second run writes nothing", async () => {
    const before = await t.db.prisma.dualTeacherCertification.count();
    expect((await seedDemoCertification(t.db.prisma, TODAY)).created).toBe(0);
    expect(await t.db.prisma.dualTeacherCertification.count()).toBe(before);
  });
});
