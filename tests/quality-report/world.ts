import type { Database } from "~/db/database.server";
import type { Prisma } from "~/generated/prisma/client";
import type { Factories } from "../support/factories";

// A small city for the report's definitions, year 2030 (the 2030届, the 2030–31 school year), every record
// placed on one side or the other of an edge of docs/metrics.md. Expected figures in the tests are typed
// from that meaning, never read from the code under test.

export const YEAR = 2030;
/** A day after the year, so nothing is cut off by today; and not the year the demo reproduces. */
export const TODAY = "2032-03-01";

type Dest = Omit<Partial<Prisma.GraduateDestinationUncheckedCreateInput>, "studentId">;

export async function makeReportWorld(db: Database, make: Factories) {
  const cluster = await make.cluster({ name: "测试集群·甲" });
  const other = await make.cluster({ name: "测试集群·乙" });
  const schoolA = await make.school({ name: "示例·甲职业学校" });
  const schoolB = await make.school({ name: "示例·乙职业学校" });
  const empty = await make.school({ name: "示例·空学校" });
  const inCluster = await make.program({ clusterId: cluster.id });
  const inClusterToo = await make.program({ clusterId: cluster.id });
  const spA = await make.schoolProgram({ schoolId: schoolA.id, programId: inCluster.id });
  await make.schoolProgram({ schoolId: schoolA.id, programId: inClusterToo.id });
  const spB = await make.schoolProgram({ schoolId: schoolB.id, programId: inCluster.id });
  const ids: Record<string, number> = {};

  const graduate = async (key: string, dest: Dest | null, over: Partial<Prisma.StudentUncheckedCreateInput> = {}) => {
    const s = await make.student({ schoolId: schoolA.id, schoolProgramId: spA.id, cohortYear: YEAR - 3, graduationYear: YEAR, status: "GRADUATED", name: `示例·${key}`, ...over });
    ids[key] = s.id;
    if (dest) await make.graduateDestination({ studentId: s.id, graduationYear: s.graduationYear, ...dest });
    return s;
  };
  // The 2030届 of school A.
  await graduate("g1", { kind: "EMPLOYED_CONTRACT", sector: "SECONDARY", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employerSize: "LARGE", monthlyIncome: 3001, confirmation: "CONFIRMED", promoted: true });
  await graduate("g2", { kind: "EMPLOYED_SELF", sector: "TERTIARY", employerProvince: "内蒙古自治区", employerCity: "包头市", employerSize: "MICRO", monthlyIncome: 3000, confirmation: "DISPUTED" });
  await graduate("g3", { kind: "EMPLOYED_FLEXIBLE", sector: null, employerProvince: "北京市", employerCity: "北京市", employerSize: "SMALL", monthlyIncome: 9999 });
  await graduate("g4", { kind: "EMPLOYED_MILITARY", sector: "PRIMARY", employerProvince: "内蒙古自治区", employerCity: null, monthlyIncome: 5000 });
  await graduate("g5", { kind: "STUDY_VOCATIONAL_BACHELOR", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市" });
  await graduate("g6", { kind: "STUDY_GAOKAO_BACHELOR", employerProvince: "陕西省" });
  await graduate("g7", { kind: "STUDY_GAOKAO_COLLEGE", employerProvince: "内蒙古自治区" });
  await graduate("g8", { kind: "UNPLACED", employerProvince: "内蒙古自治区" });
  await graduate("g9", null);
  await graduate("g10", { kind: "EMPLOYED_FLEXIBLE", sector: "PRIMARY", employerProvince: "辽宁省", employerCity: "沈阳市", employerSize: "MEDIUM" });
  // Not the 2030届 of school A.
  await graduate("otherYear", { kind: "EMPLOYED_CONTRACT", sector: "TERTIARY", employerCity: "呼和浩特市" }, { graduationYear: YEAR - 1, cohortYear: YEAR - 4 });
  await graduate("otherSchool", { kind: "EMPLOYED_CONTRACT", sector: "TERTIARY", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employerSize: "LARGE", monthlyIncome: 4000 }, { schoolId: schoolB.id, schoolProgramId: spB.id });
  await graduate("stillEnrolled", null, { status: "ENROLLED" });
  await graduate("withdrawn", { kind: "EMPLOYED_CONTRACT", sector: "TERTIARY" }, { status: "WITHDRAWN" });
  // Row 12: school A's graduates of other years.
  await graduate("p2027", { kind: "EMPLOYED_CONTRACT", promoted: true }, { graduationYear: YEAR - 3, cohortYear: YEAR - 6 });
  await graduate("p2029", { kind: "EMPLOYED_SELF", promoted: false }, { graduationYear: YEAR - 1, cohortYear: YEAR - 4 });
  await graduate("p2026", { kind: "EMPLOYED_CONTRACT", promoted: true }, { graduationYear: YEAR - 4, cohortYear: YEAR - 7 });
  await graduate("p2028study", { kind: "STUDY_SINGLE_ENROLMENT", promoted: true }, { graduationYear: YEAR - 2, cohortYear: YEAR - 5 });
  await graduate("p2028unknown", { kind: "EMPLOYED_CONTRACT", promoted: null }, { graduationYear: YEAR - 2, cohortYear: YEAR - 5 });
  await graduate("p2031", { kind: "EMPLOYED_CONTRACT", promoted: true }, { graduationYear: YEAR + 1, cohortYear: YEAR - 2, status: "GRADUATED" });

  // In school in 2030–31: school A's cohorts 2028 … 2030 (p2031 above is GRADUATED of cohort 2028: in school that year too).
  for (const [key, cohortYear, status] of [
    ["e2030a", YEAR, "ENROLLED"],
    ["e2030b", YEAR, "ENROLLED"],
    ["e2030c", YEAR, "ENROLLED"],
    ["e2028", YEAR - 2, "ENROLLED"],
    ["e2027", YEAR - 3, "ENROLLED"],
    ["e2029withdrawn", YEAR - 1, "WITHDRAWN"],
    ["e2031", YEAR + 1, "ENROLLED"],
  ] as const) {
    const s = await make.student({ schoolId: schoolA.id, schoolProgramId: spA.id, cohortYear, status, name: `示例·${key}` });
    ids[key] = s.id;
  }
  await make.student({ schoolId: schoolB.id, schoolProgramId: spB.id, cohortYear: YEAR, name: "示例·乙在校" });

  // Teachers of school A: three full-time (初级, 高级, none) and a part-time 中级.
  await make.teacher({ schoolId: schoolA.id, dualTeacherLevel: "JUNIOR" });
  await make.teacher({ schoolId: schoolA.id, dualTeacherLevel: "SENIOR" });
  await make.teacher({ schoolId: schoolA.id });
  await make.teacher({ schoolId: schoolA.id, fullTime: false, dualTeacherLevel: "INTERMEDIATE" });
  await make.teacher({ schoolId: schoolB.id, dualTeacherLevel: "INTERMEDIATE" });

  // 1+X in the calendar year 2030.
  await make.certificate({ studentId: ids.e2030a!, attemptedOn: "2030-06-01" });
  await make.certificate({ studentId: ids.e2030a!, attemptedOn: "2030-11-01", certificateName: "第二张" });
  await make.certificate({ studentId: ids.e2030b!, attemptedOn: "2030-06-01", passed: false });
  await make.certificate({ studentId: ids.e2030c!, attemptedOn: "2029-12-31" });
  await make.certificate({ studentId: ids.e2028!, attemptedOn: "2031-01-01" });
  await make.certificate({ studentId: ids.g1!, attemptedOn: "2030-01-01" });

  // Mentors of 2030.
  const host = await make.enterprise({ name: "示例·甲企业" });
  const host2 = await make.enterprise({ name: "示例·乙企业" });
  await make.orderClass({ schoolId: schoolA.id, enterpriseId: host.id, cohortYear: YEAR - 1, mentors: ["王师傅", " 王师傅 ", "李师傅"], members: [{ studentId: ids.e2030a! }] });
  await db.prisma.orderClassMember.updateMany({ where: { studentId: ids.e2030a! }, data: { mentorName: "李师傅" } });
  await make.orderClass({ schoolId: schoolA.id, enterpriseId: host.id, cohortYear: YEAR - 4, mentors: ["钱师傅"], kind: "MODERN_APPRENTICESHIP" });
  await make.orderClass({ schoolId: schoolA.id, enterpriseId: host2.id, cohortYear: YEAR, kind: "MODERN_APPRENTICESHIP" });
  await make.internshipPlacement({ studentId: ids.e2028!, enterpriseId: host2.id, status: "ACTIVE", mentorName: "王师傅", startsOn: "2030-03-01", endsOn: "2030-08-31" });
  await make.internshipPlacement({ studentId: ids.e2028!, enterpriseId: host2.id, status: "PLANNED", mentorName: "赵师傅", startsOn: "2030-09-01", endsOn: "2030-12-31" });
  await make.internshipPlacement({ studentId: ids.e2030b!, enterpriseId: host.id, status: "COMPLETED", mentorName: "孙师傅", startsOn: "2029-03-01", endsOn: "2029-08-31" });
  await make.internshipPlacement({ studentId: ids.e2030c!, enterpriseId: host.id, status: "COMPLETED", retained: true, retainedOn: new Date("2030-09-01T00:00:00Z"), startsOn: "2030-03-01", endsOn: "2030-08-31" });

  return { schoolA, schoolB, empty, cluster, other, ids };
}
export type ReportWorld = Awaited<ReturnType<typeof makeReportWorld>>;
