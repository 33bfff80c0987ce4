import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app";
import { rowCells, stat } from "../support/html";
import { cohortOn, dayFromToday } from "../support/dates";

// The database starts empty, so every city-wide figure equals exactly what this file creates.
// Cohorts are this school year's: c is the cohort admitted this September (or last, before it),
// c−1 and c−2 the older two in school, and the c−3 cohort the class that left in June of c (c届).
const c = cohortOn(dayFromToday(0));
const t = useTestApp();
const ids = {} as Record<
  "schoolA" | "schoolB" | "bureauUser" | "staffA" | "enterpriseUser" | "teacherA" | "studentUser" | "studentRecord" | "clusterId",
  number
>;
const names = {} as Record<"schoolA" | "schoolB" | "cluster" | "programInCluster" | "base", string>;

beforeAll(async () => {
  const { make } = t;
  const cluster = await make.cluster();
  const inCluster = await make.program({ clusterId: cluster.id });
  const outside = await make.program();
  const schoolA = await make.school({ ownership: "PUBLIC" });
  const schoolB = await make.school({ ownership: "PRIVATE" });
  await make.school({ ownership: "PUBLIC" });
  const a1 = await make.schoolProgram({ schoolId: schoolA.id, programId: inCluster.id });
  const a2 = await make.schoolProgram({ schoolId: schoolA.id, programId: outside.id });
  const b1 = await make.schoolProgram({ schoolId: schoolB.id, programId: inCluster.id });

  // School A: enrolled c×3 (one with an account), (c−1)×1, (c−2)×1; plus one c届 graduate and one withdrawn.
  const studentUser = await make.user({ role: "STUDENT", organisationId: schoolA.id });
  const studentRecord = await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, userId: studentUser.id, cohortYear: c });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a2.id, cohortYear: c - 1 });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c - 2 });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a1.id, cohortYear: c - 3, status: "GRADUATED" });
  await make.student({ schoolId: schoolA.id, schoolProgramId: a2.id, cohortYear: c - 1, status: "WITHDRAWN" });
  // School B: enrolled c×3 and one c届 graduate.
  for (let i = 0; i < 3; i++) await make.student({ schoolId: schoolB.id, schoolProgramId: b1.id, cohortYear: c });
  await make.student({ schoolId: schoolB.id, schoolProgramId: b1.id, cohortYear: c - 3, status: "GRADUATED" });

  const teacherA = await make.user({ role: "TEACHER", organisationId: schoolA.id });
  await make.teacher({ schoolId: schoolA.id, dualTeacherLevel: "SENIOR", userId: teacherA.id });
  await make.teacher({ schoolId: schoolA.id, dualTeacherLevel: "NONE" });
  await make.teacher({ schoolId: schoolA.id, dualTeacherLevel: "JUNIOR", fullTime: false }); // part-time: not a 专任教师
  await make.teacher({ schoolId: schoolB.id, dualTeacherLevel: "INTERMEDIATE" });

  const enterprise = await make.enterprise({ clusterId: cluster.id });
  const other = await make.enterprise();
  await make.agreement({ schoolId: schoolA.id, enterpriseId: enterprise.id, status: "ACTIVE" });
  await make.agreement({ schoolId: schoolB.id, enterpriseId: other.id, status: "ACTIVE", startsOn: "2023-01-01", endsOn: "2024-12-31" });
  const base = await make.trainingBase({ enterpriseId: enterprise.id });

  const bureau = await make.bureau();
  Object.assign(ids, {
    schoolA: schoolA.id,
    schoolB: schoolB.id,
    bureauUser: (await make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id })).id,
    staffA: (await make.user({ role: "SCHOOL_STAFF", organisationId: schoolA.id })).id,
    enterpriseUser: (await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id,
    teacherA: teacherA.id,
    studentUser: studentUser.id,
    studentRecord: studentRecord.id,
    clusterId: cluster.id,
  });
  Object.assign(names, {
    schoolA: schoolA.name,
    schoolB: schoolB.name,
    cluster: cluster.name,
    programInCluster: inCluster.name,
    base: base.name,
  });
});

async function home(userId: number) {
  const response = await (await t.clientFor(userId)).get("/");
  expect(response.status).toBe(200);
  return response.text();
}

describe("home page per role", () => {
  it("sends a visitor who is not signed in to the sign-in page", async () => {
    const response = await t.visitor().get("/");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/login?redirectTo=%2F");
  });

  it("shows the bureau city-wide figures counted from the records", async () => {
    const html = await home(ids.bureauUser);
    expect(stat(html, "公办中职学校")).toBe("2");
    expect(stat(html, "民办中职学校")).toBe("1");
    expect(stat(html, "在校生")).toBe("8");
    expect(stat(html, `${c}届毕业生`)).toBe("2");
    expect(stat(html, "专任教师")).toBe("3");
    expect(stat(html, "双师型教师")).toBe("2");
    expect(stat(html, "合作企业")).toBe("2");
    expect(stat(html, "有效校企合作协议")).toBe("1");
    for (const href of ["/directory", "/schools", "/enterprises"]) expect(html).toContain(`href="${href}"`);
  });

  it("shows school staff their own school's roll by cohort, programs and teachers", async () => {
    const html = await home(ids.staffA);
    expect(html).toContain(names.schoolA);
    expect(stat(html, "在校生")).toBe("5");
    expect(stat(html, `${c}级在校生`)).toBe("3");
    expect(stat(html, `${c - 1}级在校生`)).toBe("1");
    expect(stat(html, `${c - 2}级在校生`)).toBe("1");
    expect(stat(html, "开设专业")).toBe("2");
    expect(stat(html, "专任教师")).toBe("2");
    expect(stat(html, "双师型教师")).toBe("1");
    expect(html).toContain(`href="/schools/${ids.schoolA}/students"`);
    expect(html).toContain(`href="/organisations/${ids.schoolA}/edit"`);
    expect(html).toContain(`href="/schools/${ids.schoolA}"`);
  });

  it("shows enterprise staff the schools offering programs of their cluster, with enrolment", async () => {
    const html = await home(ids.enterpriseUser);
    expect(html).toContain(names.cluster);
    expect(html).toContain(`href="/clusters/${ids.clusterId}"`);
    expect(html).toContain(`href="/schools"`);
    // c×3 + (c−2)×1 in the cluster's program at A; c×3 at B
    expect(rowCells(html, `href="/schools/${ids.schoolA}"`)).toEqual([names.schoolA, names.programInCluster, "4"]);
    expect(rowCells(html, `href="/schools/${ids.schoolB}"`)).toEqual([names.schoolB, names.programInCluster, "3"]);
  });

  it("tells enterprise staff outside every cluster that no school is listed, without an empty table", async () => {
    const loner = await t.make.enterprise();
    const html = await home((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: loner.id })).id);
    expect(html).toContain("暂无开设本集群专业的学校。");
    expect(html).not.toContain("<th>对口专业</th>");
  });

  it("shows a teacher their school, dual-teacher level and the training bases", async () => {
    const html = await home(ids.teacherA);
    expect(html).toContain(names.schoolA);
    expect(html).toContain("双师型教师等级：高级");
    expect(html).toContain(names.base);
    expect(html).toContain(`href="/schools/${ids.schoolA}/students"`);
  });

  it("shows a student their school, program, cohort and a link to their own record", async () => {
    const html = await home(ids.studentUser);
    expect(html).toContain(names.schoolA);
    expect(html).toContain(`<dd>${names.programInCluster}</dd>`);
    expect(html).toContain(`${c}级（${c + 3}届）`);
    expect(html).toContain(`href="/students/${ids.studentRecord}"`);
    expect(html).toContain(`href="/enterprises"`);
  });
});
