import type { InternshipPlacementTraits } from "../support/factories/placement";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

/**
 * The people around one placement, signed in: the school's office, the supervising teacher, another
 * teacher of the school, the host's staff, the student; and outsiders — another school's office,
 * another enterprise's staff, another student, the bureau. `placement()` makes an ACTIVE placement of
 * a new student of the school at the host, supervised by the teacher, from 60 days ago to 100 days on.
 */
export function useTrackingWorld() {
  const t = useTestApp();
  return fromBeforeAll("useTrackingWorld()", async () => {
    const { make } = t;
    const school = await make.school();
    const host = await make.enterprise({ staffCount: 100 });
    const post = await make.enterprisePost({ enterpriseId: host.id, regularWage: 4000, staffCount: 10 });
    const teacherUser = await make.user({ role: "TEACHER", organisationId: school.id });
    const supervisor = await make.teacher({ schoolId: school.id, userId: teacherUser.id });
    const otherTeacherUser = await make.user({ role: "TEACHER", organisationId: school.id });
    await make.teacher({ schoolId: school.id, userId: otherTeacherUser.id });
    const otherSchool = await make.school();
    const otherHost = await make.enterprise();
    const bureau = await make.bureau();
    const users = {
      office: await make.user({ role: "SCHOOL_STAFF", organisationId: school.id }),
      teacher: teacherUser,
      otherTeacher: otherTeacherUser,
      host: await make.user({ role: "ENTERPRISE_STAFF", organisationId: host.id }),
      otherOffice: await make.user({ role: "SCHOOL_STAFF", organisationId: otherSchool.id }),
      otherHost: await make.user({ role: "ENTERPRISE_STAFF", organisationId: otherHost.id }),
      bureau: await make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id }),
    };
    const clients = Object.fromEntries(
      await Promise.all(Object.entries(users).map(async ([k, u]) => [k, await t.clientFor(u.id)] as const))
    ) as Record<keyof typeof users, Awaited<ReturnType<typeof t.clientFor>>>;

    async function placement(traits: InternshipPlacementTraits = {}) {
      const student = await make.student({ account: true, schoolId: traits.schoolId ?? school.id });
      const record = await make.internshipPlacement({
        studentId: student.id,
        enterpriseId: host.id,
        enterprisePostId: post.id,
        supervisorTeacherId: supervisor.id,
        status: "ACTIVE",
        startsOn: dayFromToday(-60),
        endsOn: dayFromToday(100),
        monthlyPay: 3200,
        regularWage: 4000,
        ...traits,
      });
      return { placement: record, student, studentClient: await t.clientFor(student.user.id) };
    }
    const otherStudent = await make.student({ account: true, schoolId: school.id });
    return {
      ...t,
      school,
      host,
      post,
      supervisor,
      otherSchool,
      otherHost,
      bureau,
      users,
      clients,
      placement,
      otherStudentClient: await t.clientFor(otherStudent.user.id),
    };
  });
}
