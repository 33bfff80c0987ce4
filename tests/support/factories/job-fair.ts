import { todayInHohhot } from "~/lib/dates";
import type { Prisma } from "~/generated/prisma/client";
import { next, type FactoryContext } from "./context";
import { enterprise, school } from "./organisation";
import { position } from "./position";
import { student } from "./student";

// Job fairs (招聘会 / 双选会, issue 12). The smallest valid fair is OPEN (报名中), organised by a new
// school whose own students may register, in the 体育馆 with 20 booths 10 to a row, held 09:00–17:00
// Hohhot time seven days from now; both registration windows opened a day ago and close when the fair
// starts. Traits: `running` (held today, status RUNNING), `schoolIds` and `programIds` (eligibility
// rows). Every column can be overridden.

const DAY_MS = 24 * 60 * 60 * 1000;

/** 09:00 Hohhot time (01:00 UTC) on the Hohhot day `days` from today. */
function hohhotMorning(days: number): Date {
  const today = new Date(`${todayInHohhot()}T01:00:00Z`);
  return new Date(today.getTime() + days * DAY_MS);
}

export type JobFairTraits = Partial<Prisma.JobFairUncheckedCreateInput> & {
  /** Held today (09:00–17:00 Hohhot) and RUNNING, registration windows closed at its start. */
  running?: boolean;
  /** Schools whose students may register (FairSchool); the organiser alone when it is a school and none are given. */
  schoolIds?: readonly number[];
  /** Programs (national catalogue) the fair is for; none = every program. */
  programIds?: readonly number[];
};

export async function jobFair(ctx: FactoryContext, traits: JobFairTraits = {}) {
  const n = next();
  const { running, schoolIds, programIds = [], ...columns } = traits;
  const organiserId = columns.organiserId ?? (await school(ctx)).id;
  const startsAt = columns.startsAt ? new Date(columns.startsAt) : hohhotMorning(running ? 0 : 7);
  const endsAt = columns.endsAt ? new Date(columns.endsAt) : new Date(startsAt.getTime() + 8 * 60 * 60 * 1000);
  const opened = new Date(Math.min(Date.now(), startsAt.getTime()) - DAY_MS);
  const organiserIsSchool = (await ctx.db.prisma.school.count({ where: { organisationId: organiserId } })) > 0;
  const allSchools = columns.allSchools ?? !organiserIsSchool;
  const eligibleSchools = schoolIds ?? (organiserIsSchool && !allSchools ? [organiserId] : []);
  return ctx.db.prisma.jobFair.create({
    data: {
      title: `测试双选会${n}`,
      venue: "体育馆",
      boothCount: 20,
      boothsPerRow: 10,
      enterpriseRegistrationOpensAt: opened,
      enterpriseRegistrationClosesAt: startsAt,
      studentRegistrationOpensAt: opened,
      studentRegistrationClosesAt: startsAt,
      status: running ? "RUNNING" : "OPEN",
      ...columns,
      allSchools,
      organiserId,
      startsAt,
      endsAt,
      schools: { create: eligibleSchools.map((schoolId) => ({ schoolId })) },
      programs: { create: programIds.map((programId) => ({ programId })) },
    },
  });
}

// A booth request (展位申请): REQUESTED by a new verified enterprise for 2 representatives at a new fair,
// unless told otherwise. Trait `approved` sets APPROVED with the next free booth number unless
// `boothNo` is given; `positionIds` attaches positions (with `withPosition`, one new published one).

export type FairBoothTraits = Partial<Prisma.FairBoothUncheckedCreateInput> & {
  approved?: boolean;
  positionIds?: readonly number[];
  withPosition?: boolean;
};

export async function fairBooth(ctx: FactoryContext, traits: FairBoothTraits = {}) {
  const { approved, positionIds = [], withPosition, ...columns } = traits;
  const fairId = columns.fairId ?? (await jobFair(ctx)).id;
  const enterpriseId = columns.enterpriseId ?? (await enterprise(ctx)).id;
  const positions = [...positionIds];
  if (withPosition) positions.push((await position(ctx, { enterpriseId, indexed: true })).id);
  let boothNo = columns.boothNo;
  if (approved && boothNo === undefined) {
    const taken = await ctx.db.prisma.fairBooth.aggregate({ where: { fairId }, _max: { boothNo: true } });
    boothNo = (taken._max.boothNo ?? 0) + 1;
  }
  return ctx.db.prisma.fairBooth.create({
    data: {
      representatives: 2,
      status: approved ? "APPROVED" : "REQUESTED",
      decidedAt: approved ? new Date() : null,
      ...columns,
      boothNo: boothNo ?? null,
      fairId,
      enterpriseId,
      positions: { create: positions.map((positionId) => ({ positionId })) },
    },
  });
}

// A student's registration (报名) for a fair: a new student of the fair's organising school (or of a new
// school) at a new fair, unless told otherwise. Trait `checkedIn` sets the check-in time to now.

export type FairRegistrationTraits = Partial<Prisma.FairRegistrationUncheckedCreateInput> & { checkedIn?: boolean };

export async function fairRegistration(ctx: FactoryContext, traits: FairRegistrationTraits = {}) {
  const { checkedIn, ...columns } = traits;
  const fairId = columns.fairId ?? (await jobFair(ctx)).id;
  const fair = await ctx.db.prisma.jobFair.findUniqueOrThrow({ where: { id: fairId }, select: { organiserId: true } });
  const organiserIsSchool = (await ctx.db.prisma.school.count({ where: { organisationId: fair.organiserId } })) > 0;
  const studentId = columns.studentId ?? (await student(ctx, organiserIsSchool ? { schoolId: fair.organiserId } : {})).id;
  return ctx.db.prisma.fairRegistration.create({
    data: { ...columns, checkedInAt: checkedIn ? new Date() : (columns.checkedInAt ?? null), fairId, studentId },
  });
}

// A booth lead (招聘会意向): PENDING, for a new approved booth's fair and a new student, unless told otherwise.

export type FairLeadTraits = Partial<Prisma.FairLeadUncheckedCreateInput>;

export async function fairLead(ctx: FactoryContext, traits: FairLeadTraits = {}) {
  const boothId = traits.boothId ?? (await fairBooth(ctx, { approved: true, fairId: traits.fairId })).id;
  const booth = await ctx.db.prisma.fairBooth.findUniqueOrThrow({ where: { id: boothId }, select: { fairId: true } });
  const studentId = traits.studentId ?? (await fairRegistration(ctx, { fairId: booth.fairId })).studentId;
  return ctx.db.prisma.fairLead.create({ data: { ...traits, boothId, fairId: booth.fairId, studentId } });
}
