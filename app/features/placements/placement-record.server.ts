import type { SessionUser } from "~/features/auth/session.server";
import { assertVisible } from "~/features/auth/permissions.server";
import type { Prisma } from "~/generated/prisma/client";
import { isoDayOf } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { placementAccessSelect, readPermission } from "./access.server";
import type { PlacementFacts } from "./placement-rules";

// One placement as the rules read it, and the access check every page and move starts with.

type Tx = Prisma.TransactionClient;

/** The placement's access facts, or 404 when it is missing or `user` may not know it exists. */
export async function visiblePlacement(tx: Tx, user: SessionUser, placementId: number) {
  const access = await tx.internshipPlacement.findUnique({
    where: { id: placementId },
    select: { ...placementAccessSelect, id: true, status: true },
  });
  if (!access) notFound("找不到该实习记录");
  assertVisible(user, readPermission(access), "找不到该实习记录");
  return access;
}

const MEDICAL_CATEGORY_CODE = "72"; // 医药卫生大类 of the 2021 中职 catalogue

export const factsSelect = {
  startsOn: true,
  endsOn: true,
  enterpriseId: true,
  enterprisePostId: true,
  postCategory: true,
  hazardousForMinors: true,
  hazardousForWomen: true,
  viaIntermediary: true,
  monthlyPay: true,
  regularWage: true,
  payInMoney: true,
  payMonthly: true,
  feesCharged: true,
  dailyHours: true,
  weeklyHours: true,
  nightShifts: true,
  overtime: true,
  holidayWork: true,
  extensionReason: true,
  insurancePolicyNo: true,
  insuranceFrom: true,
  insuranceTo: true,
  insurancePayer: true,
  tripartiteSignedOn: true,
  tripartiteDocumentId: true,
  guardianConsentOn: true,
  consentDocumentId: true,
  enterprise: { select: { businessCategory: true } },
  student: {
    select: {
      birthDate: true,
      gender: true,
      cohortYear: true,
      schoolProgram: { select: { program: { select: { category: { select: { code: true, name: true } } } } } },
    },
  },
} as const satisfies Prisma.InternshipPlacementSelect;

type FactsRow = Prisma.InternshipPlacementGetPayload<{ select: typeof factsSelect }>;

/** The row as placement-rules.ts reads it (days as YYYY-MM-DD). */
export function placementFacts(p: FactsRow): PlacementFacts {
  const category = p.student.schoolProgram.program.category;
  return {
    startsOn: isoDayOf(p.startsOn),
    endsOn: isoDayOf(p.endsOn),
    student: {
      birthDate: isoDayOf(p.student.birthDate),
      gender: p.student.gender,
      cohortYear: p.student.cohortYear,
      medicalProgram: category.code === MEDICAL_CATEGORY_CODE || category.name.includes("医药卫生"),
    },
    enterpriseCategory: p.enterprise.businessCategory,
    postCategory: p.postCategory,
    hazardousForMinors: p.hazardousForMinors,
    hazardousForWomen: p.hazardousForWomen,
    viaIntermediary: p.viaIntermediary,
    monthlyPay: p.monthlyPay,
    regularWage: p.regularWage,
    payInMoney: p.payInMoney,
    payMonthly: p.payMonthly,
    feesCharged: p.feesCharged,
    dailyHours: p.dailyHours === null ? null : Number(p.dailyHours),
    weeklyHours: p.weeklyHours === null ? null : Number(p.weeklyHours),
    nightShifts: p.nightShifts,
    overtime: p.overtime,
    holidayWork: p.holidayWork,
    extensionReason: p.extensionReason,
    insurancePolicyNo: p.insurancePolicyNo,
    insuranceFrom: isoDayOf(p.insuranceFrom),
    insuranceTo: isoDayOf(p.insuranceTo),
    insurancePayer: p.insurancePayer,
    tripartiteSignedOn: isoDayOf(p.tripartiteSignedOn),
    tripartiteDocument: p.tripartiteDocumentId !== null,
    guardianConsentOn: isoDayOf(p.guardianConsentOn),
    consentDocument: p.consentDocumentId !== null,
  };
}

/** Every ACTIVE placement at `enterpriseId` (any school) overlapping [startsOn, endsOn], other than `exceptId`; optionally on one post. */
export function overlappingInterns(tx: Tx, where: { enterpriseId: number; startsOn: Date; endsOn: Date; exceptId: number; postId?: number }) {
  return tx.internshipPlacement.count({
    where: {
      enterpriseId: where.enterpriseId,
      status: "ACTIVE",
      id: { not: where.exceptId },
      startsOn: { lte: where.endsOn },
      endsOn: { gte: where.startsOn },
      ...(where.postId === undefined ? {} : { enterprisePostId: where.postId }),
    },
  });
}
