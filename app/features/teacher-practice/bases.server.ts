import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { dayColumn, isoDayOf, todayInHohhot } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { idFilter, optionalFilter } from "~/lib/search-params.server";
import type { BaseValue } from "./schemas";

// 双师型教师培养培训基地 (issue 13 item 1): everyone signed in reads them; the bureau creates, edits and
// deactivates them. A base's host must be an enterprise the bureau verified; its programs come from the
// catalogue (Program).

export const BaseFilters = z.object({
  active: optionalFilter(z.enum(["yes", "no"])),
  enterprise: idFilter,
});
export type BaseFilters = z.infer<typeof BaseFilters>;

/** The practice that holds a base's places: accepted, or completed (it held one while it ran). */
export const HOLDS_PLACE = ["ACCEPTED", "COMPLETED"] as const;

export async function listBases(user: SessionUser, filters: BaseFilters) {
  assertCan(user, { action: "trainingBase.read" });
  const rows = await prisma().trainingBase.findMany({
    where: { active: filters.active === undefined ? undefined : filters.active === "yes", enterpriseId: filters.enterprise },
    orderBy: [{ active: "desc" }, { id: "asc" }],
    select: {
      id: true,
      name: true,
      capacity: true,
      periodMonths: true,
      active: true,
      enterpriseId: true,
      enterprise: { select: { organisation: { select: { name: true } } } },
      programs: { select: { program: { select: { name: true } } }, orderBy: { programId: "asc" } },
    },
  });
  return {
    canManage: user.role === "BUREAU_ADMIN",
    bases: rows.map((b) => ({
      id: b.id,
      name: b.name,
      enterprise: b.enterprise.organisation.name,
      enterpriseId: b.enterpriseId,
      capacity: b.capacity,
      periodMonths: b.periodMonths,
      active: b.active,
      programs: b.programs.map((p) => p.program.name),
    })),
  };
}

/** What the base form offers: verified enterprises and the program catalogue (the bureau's only). */
export async function baseFormOptions(user: SessionUser) {
  if (user.role !== "BUREAU_ADMIN") return { enterprises: [], programs: [] };
  const db = prisma();
  const [enterprises, programs] = await Promise.all([
    db.enterprise.findMany({
      where: { standing: "VERIFIED" },
      orderBy: { organisationId: "asc" },
      select: { organisationId: true, organisation: { select: { name: true } } },
    }),
    db.program.findMany({ orderBy: { id: "asc" }, select: { id: true, name: true } }),
  ]);
  return {
    enterprises: enterprises.map((e) => ({ value: e.organisationId, label: e.organisation.name })),
    programs: programs.map((p) => ({ value: p.id, label: p.name })),
  };
}

/** One base's facts, and its practice now and ahead (held places ending on or after today) against its places. */
export async function baseDetail(user: SessionUser, baseId: number, today = todayInHohhot()) {
  assertCan(user, { action: "trainingBase.read" });
  const db = prisma();
  const base = await db.trainingBase.findUnique({
    where: { id: baseId },
    select: {
      id: true,
      name: true,
      capacity: true,
      periodMonths: true,
      active: true,
      description: true,
      designatedOn: true,
      enterpriseId: true,
      enterprise: { select: { organisation: { select: { name: true } } } },
      programs: { select: { programId: true, program: { select: { name: true } } }, orderBy: { programId: "asc" } },
    },
  });
  if (!base) notFound("找不到该培训基地");
  const t = dayColumn(today);
  const [current, upcoming, proposed] = await Promise.all([
    db.teacherPlacement.count({ where: { trainingBaseId: baseId, status: { in: [...HOLDS_PLACE] }, startsOn: { lte: t }, endsOn: { gte: t } } }),
    db.teacherPlacement.count({ where: { trainingBaseId: baseId, status: "ACCEPTED", startsOn: { gt: t } } }),
    db.teacherPlacement.count({ where: { trainingBaseId: baseId, status: "PROPOSED", endsOn: { gte: t } } }),
  ]);
  return {
    canManage: user.role === "BUREAU_ADMIN",
    base: {
      id: base.id,
      name: base.name,
      enterprise: base.enterprise.organisation.name,
      enterpriseId: base.enterpriseId,
      capacity: base.capacity,
      periodMonths: base.periodMonths,
      active: base.active,
      description: base.description,
      designatedOn: isoDayOf(base.designatedOn),
      programs: base.programs.map((p) => ({ id: p.programId, name: p.program.name })),
    },
    practice: { current, upcoming, proposed },
  };
}

export type BaseOutcome = { done: true; id: number } | { done: false; field: keyof BaseValue; message: string };

/** Why `value` may not be saved, or null: the host not a verified enterprise, a program not in the catalogue, a name taken. */
async function baseProblem(value: Omit<BaseValue, "intent">, baseId: number | null): Promise<BaseOutcome | null> {
  const db = prisma();
  const host = await db.enterprise.findUnique({ where: { organisationId: value.enterpriseId }, select: { standing: true } });
  if (!host) return { done: false, field: "enterpriseId", message: "请选择依托企业" };
  if (host.standing !== "VERIFIED") return { done: false, field: "enterpriseId", message: "依托企业须已通过市教育局核验且未被暂停" };
  const programs = await db.program.count({ where: { id: { in: value.programIds } } });
  if (programs !== new Set(value.programIds).size) return { done: false, field: "programIds", message: "所选专业不存在" };
  const sameName = await db.trainingBase.findFirst({ where: { name: value.name, NOT: baseId ? { id: baseId } : undefined }, select: { id: true } });
  if (sameName) return { done: false, field: "name", message: "已有同名的培训基地" };
  return null;
}

const baseColumns = (value: Omit<BaseValue, "intent">) => ({
  name: value.name,
  enterpriseId: value.enterpriseId,
  capacity: value.capacity,
  periodMonths: value.periodMonths,
  designatedOn: value.designatedOn ? dayColumn(value.designatedOn) : null,
  description: value.description || null,
});

export async function createBase(user: SessionUser, value: BaseValue): Promise<BaseOutcome> {
  assertCan(user, { action: "trainingBase.manage" }, "只有市教育局可以设立培训基地");
  const problem = await baseProblem(value, null);
  if (problem) return problem;
  const created = await prisma().trainingBase.create({
    data: { ...baseColumns(value), programs: { create: [...new Set(value.programIds)].map((programId) => ({ programId })) } },
    select: { id: true },
  });
  return { done: true, id: created.id };
}

export async function updateBase(user: SessionUser, baseId: number, value: Omit<BaseValue, "intent">): Promise<BaseOutcome> {
  assertCan(user, { action: "trainingBase.manage" }, "只有市教育局可以修改培训基地");
  const db = prisma();
  if (!(await db.trainingBase.findUnique({ where: { id: baseId }, select: { id: true } }))) notFound("找不到该培训基地");
  const problem = await baseProblem(value, baseId);
  if (problem) return problem;
  await db.$transaction([
    db.trainingBaseProgram.deleteMany({ where: { trainingBaseId: baseId } }),
    db.trainingBase.update({
      where: { id: baseId },
      data: { ...baseColumns(value), programs: { create: [...new Set(value.programIds)].map((programId) => ({ programId })) } },
    }),
  ]);
  return { done: true, id: baseId };
}

/** Deactivating keeps the base and its history; it takes no new proposal nor acceptance until activated again. */
export async function setBaseActive(user: SessionUser, baseId: number, active: boolean): Promise<void> {
  assertCan(user, { action: "trainingBase.manage" }, "只有市教育局可以停用或启用培训基地");
  const updated = await prisma().trainingBase.updateMany({ where: { id: baseId }, data: { active } });
  if (updated.count === 0) notFound("找不到该培训基地");
}
