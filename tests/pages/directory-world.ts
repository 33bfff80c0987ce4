import { cohortOn, dayFromToday } from "../support/dates";
import type { Factories } from "../support/factories";

/** What an enterprise publishes about itself; the directory must show every piece. */
export const PUBLISHED = {
  description: "专业从事乳制品加工",
  contactPhone: "0471-5550123",
  address: "呼和浩特市金川开发区",
  website: "https://dairy.example.cn",
  creditCode: "91150100MA0TEST01X",
};

// One cluster with one program offered by two schools; enrolment by design, in today's school year
// (c = this year's cohort, newest first the three in school: c, c−1, c−2):
// A (公办, 新城区): c×2, (c−1)×1, (c−2)×1, plus a graduate of this year's 届 (the c−3 cohort, leaving
// in June of c) and a withdrawn student; B (民办, 托克托县): (c−1)×1. Enterprises: one in the
// cluster (active partner of A, with a training base), one expired partner (武川县, 大型), and 31
// fillers so the list has two pages.
export async function buildDirectoryWorld(make: Factories) {
  const c = cohortOn(dayFromToday(0));
  const cluster = await make.cluster();
  const program = await make.program({ clusterId: cluster.id });
  const schoolA = await make.school({ ownership: "PUBLIC" });
  const schoolB = await make.school({ ownership: "PRIVATE", district: "TOGTOH" });
  const a1 = await make.schoolProgram({ schoolId: schoolA.id, programId: program.id, qualityTier: "A档" });
  const b1 = await make.schoolProgram({ schoolId: schoolB.id, programId: program.id });
  const student = await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c - 1 });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c - 2 });
  await make.student({ schoolId: schoolB.id, schoolProgramId: b1.id, cohortYear: c - 1 });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c - 3, status: "GRADUATED" }); // c届
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c - 1, status: "WITHDRAWN" });

  const enterprise = await make.enterprise({ clusterId: cluster.id, ...PUBLISHED });
  const expiredPartner = await make.enterprise({ district: "WUCHUAN", size: "LARGE" });
  await make.agreement({ schoolId: schoolA.id, enterpriseId: enterprise.id, status: "ACTIVE" });
  await make.agreement({ schoolId: schoolA.id, enterpriseId: expiredPartner.id, status: "ACTIVE", startsOn: "2023-01-01", endsOn: "2024-12-31" });
  const base = await make.trainingBase({ enterpriseId: enterprise.id });
  for (let i = 0; i < 31; i++) await make.enterprise();

  const viewer = await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
  return { cohort: c, cluster, program, schoolA, schoolB, enterprise, expiredPartner, base, student, viewer };
}

export type DirectoryWorld = Awaited<ReturnType<typeof buildDirectoryWorld>>;
