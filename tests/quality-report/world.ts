import type { Database } from "~/db/database.server";
import type { Prisma } from "~/generated/prisma/client";
import type { Factories } from "../support/factories";

// A small city for the report's definitions, year 2030 unless told (the names below say 2030 for it) (the 2030届, the 2030–31 school year), every record
// placed on one side or the other of an edge of docs/metrics.md. Expected figures in the tests are typed
// from that meaning, never read from the code under test.

export const YEAR = 2030;
/** A day after the year, so nothing is cut off by today; and not the year the demo reproduces. */
export const TODAY = "2032-03-01";

type Dest = Omit<Partial<Prisma.GraduateDestinationUncheckedCreateInput>, "studentId">;

export async function makeReportWorld(db: Database, make: Factories, year: number = YEAR) {
  const YEAR_ = year;
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
    const s = await make.student({ schoolId: schoolA.id, schoolProgramId: spA.id, cohortYear: YEAR_ - 3, graduationYear: YEAR_, status: "GRADUATED", name: `示例·${key}`, ...over });
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
  await graduate("otherYear", { kind: "EMPLOYED_CONTRACT", sector: "TERTIARY", employerCity: "呼和浩特市" }, { graduationYear: YEAR_ - 1, cohortYear: YEAR_ - 4 });
  await graduate("otherSchool", { kind: "EMPLOYED_CONTRACT", sector: "TERTIARY", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employerSize: "LARGE", monthlyIncome: 4000 }, { schoolId: schoolB.id, schoolProgramId: spB.id });
  await graduate("stillEnrolled", null, { status: "ENROLLED" });
  await graduate("withdrawn", { kind: "EMPLOYED_CONTRACT", sector: "TERTIARY" }, { status: "WITHDRAWN" });
  // Row 12: school A's graduates of other years.
  await graduate("p2027", { kind: "EMPLOYED_CONTRACT", promoted: true }, { graduationYear: YEAR_ - 3, cohortYear: YEAR_ - 6 });
  await graduate("p2029", { kind: "EMPLOYED_SELF", promoted: false }, { graduationYear: YEAR_ - 1, cohortYear: YEAR_ - 4 });
  await graduate("p2026", { kind: "EMPLOYED_CONTRACT", promoted: true }, { graduationYear: YEAR_ - 4, cohortYear: YEAR_ - 7 });
  await graduate("p2028study", { kind: "STUDY_SINGLE_ENROLMENT", promoted: true }, { graduationYear: YEAR_ - 2, cohortYear: YEAR_ - 5 });
  await graduate("p2028unknown", { kind: "EMPLOYED_CONTRACT", promoted: null }, { graduationYear: YEAR_ - 2, cohortYear: YEAR_ - 5 });
  await graduate("p2031", { kind: "EMPLOYED_CONTRACT", promoted: true }, { graduationYear: YEAR_ + 1, cohortYear: YEAR_ - 2, status: "GRADUATED" });

  // In school in 2030–31: school A's cohorts 2028 … 2030 (p2031 above is GRADUATED of cohort 2028: in school that year too).
  for (const [key, cohortYear, status] of [
    ["e2030a", YEAR_, "ENROLLED"],
    ["e2030b", YEAR_, "ENROLLED"],
    ["e2030c", YEAR_, "ENROLLED"],
    ["e2028", YEAR_ - 2, "ENROLLED"],
    ["e2027", YEAR_ - 3, "ENROLLED"],
    ["e2029withdrawn", YEAR_ - 1, "WITHDRAWN"],
    ["e2031", YEAR_ + 1, "ENROLLED"],
  ] as const) {
    const s = await make.student({ schoolId: schoolA.id, schoolProgramId: spA.id, cohortYear, status, name: `示例·${key}` });
    ids[key] = s.id;
  }
  await make.student({ schoolId: schoolB.id, schoolProgramId: spB.id, cohortYear: YEAR_, name: "示例·乙在校" });

  // Teachers of school A: three full-time (初级, 高级, none) and a part-time 中级.
  await make.teacher({ schoolId: schoolA.id, dualTeacherLevel: "JUNIOR" });
  await make.teacher({ schoolId: schoolA.id, dualTeacherLevel: "SENIOR" });
  await make.teacher({ schoolId: schoolA.id });
  await make.teacher({ schoolId: schoolA.id, fullTime: false, dualTeacherLevel: "INTERMEDIATE" });
  await make.teacher({ schoolId: schoolB.id, dualTeacherLevel: "INTERMEDIATE" });

  // 1+X in the calendar year 2030.
  await make.certificate({ studentId: ids.e2030a!, attemptedOn: `${YEAR_}-06-01` });
  await make.certificate({ studentId: ids.e2030a!, attemptedOn: `${YEAR_}-11-01`, certificateName: "第二张" });
  await make.certificate({ studentId: ids.e2030b!, attemptedOn: `${YEAR_}-06-01`, passed: false });
  await make.certificate({ studentId: ids.e2030c!, attemptedOn: `${YEAR_ - 1}-12-31` });
  await make.certificate({ studentId: ids.e2028!, attemptedOn: `${YEAR_ + 1}-01-01` });
  await make.certificate({ studentId: ids.g1!, attemptedOn: `${YEAR_}-01-01` });

  // Mentors of 2030.
  const host = await make.enterprise({ name: "示例·甲企业" });
  const host2 = await make.enterprise({ name: "示例·乙企业" });
  await make.orderClass({ schoolId: schoolA.id, enterpriseId: host.id, cohortYear: YEAR_ - 1, mentors: ["王师傅", " 王师傅 ", "李师傅"], members: [{ studentId: ids.e2030a! }] });
  await db.prisma.orderClassMember.updateMany({ where: { studentId: ids.e2030a! }, data: { mentorName: "李师傅" } });
  await make.orderClass({ schoolId: schoolA.id, enterpriseId: host.id, cohortYear: YEAR_ - 4, mentors: ["钱师傅"], kind: "MODERN_APPRENTICESHIP" });
  await make.orderClass({ schoolId: schoolA.id, enterpriseId: host2.id, cohortYear: YEAR_, kind: "MODERN_APPRENTICESHIP" });
  await make.internshipPlacement({ studentId: ids.e2028!, enterpriseId: host2.id, status: "ACTIVE", mentorName: "王师傅", startsOn: `${YEAR_}-03-01`, endsOn: `${YEAR_}-08-31` });
  await make.internshipPlacement({ studentId: ids.e2028!, enterpriseId: host2.id, status: "PLANNED", mentorName: "赵师傅", startsOn: `${YEAR_}-09-01`, endsOn: `${YEAR_}-12-31` });
  await make.internshipPlacement({ studentId: ids.e2030b!, enterpriseId: host.id, status: "COMPLETED", mentorName: "孙师傅", startsOn: `${YEAR_ - 1}-03-01`, endsOn: `${YEAR_ - 1}-08-31` });
  await make.internshipPlacement({ studentId: ids.e2030c!, enterpriseId: host.id, status: "COMPLETED", retained: true, retainedOn: new Date(`${YEAR_}-09-01T00:00:00Z`), startsOn: `${YEAR_}-03-01`, endsOn: `${YEAR_}-08-31` });

  // Partnerships of the year: A–甲 twice (one pair), A–乙 ended before the year and A–乙 only proposed (no pair).
  await make.agreement({ schoolId: schoolA.id, enterpriseId: host.id, startsOn: `${YEAR_ - 1}-01-01` });
  await make.agreement({ schoolId: schoolA.id, enterpriseId: host.id, kind: "ORDER_CLASS", startsOn: `${YEAR_}-12-31` });
  await make.agreement({ schoolId: schoolA.id, enterpriseId: host2.id, startsOn: `${YEAR_ - 2}-01-01`, endsOn: `${YEAR_ - 1}-12-31` });
  await make.agreement({ schoolId: schoolA.id, enterpriseId: host2.id, status: "PROPOSED", startsOn: `${YEAR_}-03-01` });
  await make.agreement({ schoolId: schoolB.id, enterpriseId: host.id, startsOn: `${YEAR_}-06-01` });

  // Fairs: one held in the year (A's students register), one the year before, one cancelled.
  const fair = await make.jobFair({ organiserId: schoolA.id, status: "CLOSED", startsAt: new Date(`${YEAR_}-05-10T09:00:00+08:00`) });
  const lastYear = await make.jobFair({ organiserId: schoolA.id, status: "CLOSED", startsAt: new Date(`${YEAR_ - 1}-12-31T09:00:00+08:00`) });
  const cancelled = await make.jobFair({ organiserId: schoolA.id, status: "CANCELLED", startsAt: new Date(`${YEAR_}-06-10T09:00:00+08:00`) });
  await make.fairRegistration({ fairId: fair.id, studentId: ids.e2030a!, checkedIn: true });
  await make.fairRegistration({ fairId: fair.id, studentId: ids.e2030b!, cancelledAt: new Date(`${YEAR_}-05-01T09:00:00+08:00`) });
  await make.fairRegistration({ fairId: lastYear.id, studentId: ids.e2030c!, checkedIn: true });
  await make.fairRegistration({ fairId: cancelled.id, studentId: ids.e2030c! });
  await make.application({ fairId: fair.id, studentId: ids.e2030a!, status: "OFFER" });
  await make.application({ fairId: fair.id, studentId: ids.e2030c!, status: "ACCEPTED" });
  await make.application({ fairId: fair.id, studentId: ids.e2030b!, status: "SUBMITTED" });
  await make.application({ fairId: lastYear.id, studentId: ids.e2028!, status: "ACCEPTED" });

  // Teacher practice: a confirmed day in the year; an unconfirmed one; a confirmed one the year before.
  const practising = await make.teacher({ schoolId: schoolA.id, fullTime: false });
  const stay = await make.teacherPlacement({ teacherId: practising.id, status: "ACCEPTED", startsOn: `${YEAR_ - 1}-12-01`, endsOn: `${YEAR_}-08-01` });
  await make.practiceDay({ placementId: stay.id, day: `${YEAR_}-07-10`, confirmed: true });
  await make.practiceDay({ placementId: stay.id, day: `${YEAR_}-07-11` });
  await make.practiceDay({ placementId: stay.id, day: `${YEAR_ - 1}-12-31`, confirmed: true });

  return { schoolA, schoolB, empty, cluster, other, ids };
}
export type ReportWorld = Awaited<ReturnType<typeof makeReportWorld>>;
