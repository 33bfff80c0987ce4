import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app";

// A student's record /students/:id lists their applications and where they ended (position,
// enterprise, status, dates), to exactly those who may read the record (student.read: the student,
// their school's staff and teachers, the bureau for casework, docs/decisions/0006); to everyone else
// the record, applications included, does not exist (404).

const t = useTestApp();
type Who = "bureau" | "staffA" | "teacherA" | "self" | "classmate" | "staffB" | "teacherB" | "enterprise";
const users = {} as Record<Who, number>;
let studentId: number;
let schoolAId: number;
let accepted: { id: number; createdAt: Date };
const TITLES = { accepted: "记录测试·焊工岗位", rejected: "记录测试·汽修岗位", other: "记录测试·别人的岗位" };

beforeAll(async () => {
  const { make } = t;
  const schoolA = await make.school();
  const schoolB = await make.school();
  schoolAId = schoolA.id;
  const enterprise = await make.enterprise({ name: "记录测试企业" });
  const account = async (who: Who, role: Parameters<typeof make.user>[0]["role"], organisationId: number) =>
    (users[who] = (await make.user({ role, organisationId })).id);
  await account("bureau", "BUREAU_ADMIN", (await make.bureau()).id);
  await account("staffA", "SCHOOL_STAFF", schoolA.id);
  await account("teacherA", "TEACHER", schoolA.id);
  await account("staffB", "SCHOOL_STAFF", schoolB.id);
  await account("teacherB", "TEACHER", schoolB.id);
  await account("enterprise", "ENTERPRISE_STAFF", enterprise.id);
  const me = await make.student({ schoolId: schoolA.id, account: true });
  users.self = me.user.id;
  studentId = me.id;
  const classmate = await make.student({ schoolId: schoolA.id, account: true });
  users.classmate = classmate.user.id;

  const job = await make.position({ enterpriseId: enterprise.id, title: TITLES.accepted, status: "CLOSED" });
  const repair = await make.position({ enterpriseId: enterprise.id, title: TITLES.rejected });
  accepted = await make.application({ studentId, positionId: job.id, status: "ACCEPTED" });
  await make.application({ studentId, positionId: repair.id, status: "REJECTED" });
  // The classmate's application is not on this record.
  await make.application({ studentId: classmate.id, positionId: (await make.position({ title: TITLES.other })).id });
});

const recordAs = async (who: Who) => (await t.clientFor(users[who])).get(`/students/${studentId}`);

describe("/students/:id applications and outcomes", () => {
  it.each<[Who, number]>([
    ["self", 200],
    ["staffA", 200],
    ["teacherA", 200],
    ["bureau", 200],
    ["classmate", 404],
    ["staffB", 404],
    ["teacherB", 404],
    ["enterprise", 404],
  ])("%s → %i", async (who, status) => {
    const response = await recordAs(who);
    expect(response.status).toBe(status);
    const html = await response.text();
    for (const title of [TITLES.accepted, TITLES.rejected]) expect(html.includes(title), title).toBe(status === 200);
    expect(html).not.toContain(TITLES.other);
  });

  it("each application shows its position, enterprise, outcome and dates", async () => {
    const html = await (await recordAs("staffA")).text();
    const item = new RegExp(`data-application-id="${accepted.id}"[\\s\\S]*?</li>`).exec(html)?.[0] ?? "";
    expect(item).toContain(TITLES.accepted);
    expect(item).toContain("记录测试企业");
    expect(item).toContain("已接受录用");
    const hohhotDay = new Date(accepted.createdAt.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
    expect(item).toContain(`申请于 ${hohhotDay}`);
    expect(html.match(/data-application-id=/g)).toHaveLength(2);
  });

  it("a student with no applications is told so", async () => {
    const quiet = await t.make.student({ schoolId: schoolAId });
    const html = await (await (await t.clientFor(users.staffA)).get(`/students/${quiet.id}`)).text();
    expect(html).toContain("该学生还没有申请过岗位");
  });
});
