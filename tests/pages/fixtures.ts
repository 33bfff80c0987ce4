import type { Database } from "~/db/database.server";
import type { AgreementStatus, DualTeacherLevel, District, EnterpriseSize } from "~/generated/prisma/client";
import { factories } from "../support/factories";

// What these page tests need beyond tests/support/factories.ts. Kept here because that file has
// another owner; each builder starts from a shared factory and only sets what it lacks.

let counter = 0;
const next = () => ++counter;

export function pageFixtures(db: Database) {
  const make = factories(db);
  const prisma = db.prisma;

  async function placeIn(organisationId: number, district: District) {
    await prisma.organisation.update({ where: { id: organisationId }, data: { district } });
  }

  async function sizeOf(enterpriseId: number, size: EnterpriseSize) {
    await prisma.enterprise.update({ where: { organisationId: enterpriseId }, data: { size } });
  }

  async function publicProfile(organisationId: number, data: { description: string; contactPhone: string; address: string; website: string }) {
    await prisma.organisation.update({ where: { id: organisationId }, data });
  }

  async function qualityTier(schoolProgramId: number, tier: string) {
    await prisma.schoolProgram.update({ where: { id: schoolProgramId }, data: { qualityTier: tier } });
  }

  async function creditCode(enterpriseId: number, code: string) {
    await prisma.enterprise.update({ where: { organisationId: enterpriseId }, data: { creditCode: code } });
  }

  /** A 2023届 graduate (entered 2020) in `schoolProgramId`. */
  async function graduate(schoolId: number, schoolProgramId: number) {
    const student = await make.student({ schoolId, schoolProgramId, cohortYear: 2020 });
    return prisma.student.update({ where: { id: student.id }, data: { status: "GRADUATED" } });
  }

  async function withdrawn(schoolId: number, schoolProgramId: number) {
    const student = await make.student({ schoolId, schoolProgramId, cohortYear: 2022 });
    return prisma.student.update({ where: { id: student.id }, data: { status: "WITHDRAWN" } });
  }

  async function teacher(schoolId: number, level: DualTeacherLevel, data: { userId?: number; fullTime?: boolean } = {}) {
    const t = await make.teacher({ schoolId, userId: data.userId });
    return prisma.teacher.update({ where: { id: t.id }, data: { dualTeacherLevel: level, fullTime: data.fullTime ?? true } });
  }

  async function agreement(schoolId: number, enterpriseId: number, status: AgreementStatus = "ACTIVE") {
    const n = next();
    return prisma.partnershipAgreement.create({
      data: { schoolId, enterpriseId, kind: "ORDER_CLASS", title: `测试合作协议${n}`, startsOn: new Date("2023-09-01"), status },
    });
  }

  async function trainingBase(enterpriseId: number) {
    const n = next();
    return prisma.trainingBase.create({ data: { enterpriseId, name: `测试双师培训基地${n}`, capacity: 20 } });
  }

  return { ...make, placeIn, sizeOf, publicProfile, qualityTier, creditCode, graduate, withdrawn, teacherAt: teacher, agreement, trainingBase };
}

/** The figure a <Stat> shows above `label` (see app/features/home/stat.tsx). */
export function stat(html: string, label: string): string | undefined {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return new RegExp(`class="stat">([^<]*)</div><div class="muted">${escaped}</div>`).exec(html)?.[1];
}

/** The text of each cell in the first table row containing `needle` (e.g. `href="/schools/3"`). */
export function rowCells(html: string, needle: string): string[] | undefined {
  const row = html.match(/<tr[^>]*>.*?<\/tr>/gs)?.find((r) => r.includes(needle));
  return row?.match(/<t[dh][^>]*>.*?<\/t[dh]>/gs)?.map(text);
}

/** Visible text of an HTML fragment (React's <!-- --> separators and tags dropped). */
export function text(fragment: string): string {
  return fragment.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "").trim();
}
