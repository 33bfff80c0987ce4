import { forbidden, notFound } from "~/lib/errors.server";
import type { SessionUser } from "./session.server";

// Every loader and action asks here, and only here, whether the user may do something.
// Rules are by role and by organisation: staff act for their own organisation; the bureau
// oversees all; nobody reaches another school's or enterprise's private records.
// 个人信息最小化 (PIPL art. 6, docs/decisions/0006): a school's office sees its own students with
// their personal data; the bureau sees a school's roll without personal data and opens one student's
// record, birth date and phone included, for casework; teachers see their school's roll and records
// without personal data; enterprises see only the students who applied to them.
// 简历 (docs/decisions/0008): the student writes their own; an enterprise reads the copy an application
// to its own position carries, from applying until the student withdraws; the student's own school
// office reads the résumé itself; teachers and the bureau read neither (its contacts are personal data).

export type Permission =
  | { action: "organisation.edit"; organisationId: number }
  | { action: "school.students.list"; schoolId: number }
  | { action: "school.students.listPersonal"; schoolId: number }
  | { action: "student.read"; schoolId: number; studentUserId: number | null }
  | { action: "student.readPersonal"; schoolId: number; studentUserId: number | null }
  // Positions: only staff of the owning enterprise write one, not the bureau, not schools.
  | { action: "position.create" }
  | { action: "position.manage"; enterpriseId: number }
  // applicant: the viewer's tie to the position when there is one — the application of the viewing
  // student, or one of a student of the viewing school (null or absent: none).
  | { action: "position.view"; enterpriseId: number; status: string; applicant?: { studentUserId: number | null; schoolId: number } | null }
  // Applications and what follows from them.
  | { action: "application.apply" }
  | { action: "application.listOwn" }
  | { action: "application.move"; side: "student"; studentUserId: number | null }
  | { action: "application.move"; side: "enterprise"; enterpriseId: number }
  | { action: "position.applicants"; enterpriseId: number }
  | { action: "school.applications.list"; schoolId: number }
  | { action: "bureau.applications.overview" }
  | { action: "matching.recommended" }
  | { action: "matching.partnerStudents"; enterpriseId: number }
  | { action: "notification.read"; ownerUserId: number }
  // Résumés: the student's own; the live one of a student; the copy shared with one application.
  | { action: "resume.editOwn" }
  | { action: "resume.read"; schoolId: number; studentUserId: number | null }
  | { action: "application.sharedResume"; enterpriseId: number }
  // 收藏 and saved searches: a student's own, for nobody else to see or change.
  | { action: "saved.use" }
  | { action: "saved.own"; ownerUserId: number }
  // 岗位实习 placements (issue 11): the school's office arranges and decides; the supervising teacher,
  // the host's staff and the student follow their own; the bureau oversees all.
  // supervisorUserId: the User of the placement's school supervisor (学校指导教师), null when none.
  | { action: "placement.read"; schoolId: number; enterpriseId: number; studentUserId: number | null; supervisorUserId: number | null }
  | { action: "placement.manage"; schoolId: number } // create, activate, end, decide requests, grade
  | { action: "placement.hostAct"; enterpriseId: number } // the mentor's side: attendance, evaluation, pay records
  | { action: "placement.studentAct"; studentUserId: number | null } // weekly reports, confirming pay, asking to end or transfer
  | { action: "placement.review"; schoolId: number; supervisorUserId: number | null } // reviewing weekly reports
  | { action: "placement.compliance"; schoolId: number | null } // null: every school (the bureau's view)
  // 校企合作协议 (issue 11, docs/decisions/0011): the two parties' staff read and move their own; the
  // bureau reads all and moves none. Which move a party may make (confirm only what the other side
  // proposed) is the agreement's state machine, app/features/agreements/transitions.ts.
  | { action: "agreement.read"; schoolId: number; enterpriseId: number }
  | { action: "agreement.list" } // the list page: each side its own, the bureau all
  | { action: "agreement.propose" }
  | { action: "agreement.move"; schoolId: number; enterpriseId: number }
  // 企业资质 (issue 11): only the bureau verifies, suspends and reinstates enterprises; a school's office
  // keeps an enterprise away from its own students (and undoes it).
  | { action: "enterprise.standing" }
  | { action: "school.blockEnterprise"; schoolId: number }
  // 订单班 / 现代学徒制 (issue 11 item 3, docs/decisions/0012-order-classes.md): the school's office opens a
  // class and decides who holds a seat; the enterprise edits its mentors and hiring commitment; a student
  // of the class's school, program and cohort asks to join and may withdraw; the bureau reads all.
  // openToStudent: the viewer is a student of the class's school, program and cohort, or already a member.
  | { action: "orderClass.read"; schoolId: number; enterpriseId: number; openToStudent: boolean }
  | { action: "orderClass.open"; schoolId: number }
  | { action: "orderClass.decide"; schoolId: number } // enrol, approve, decline, name an apprentice's mentor and contract
  | { action: "orderClass.enterpriseTerms"; enterpriseId: number } // 企业师傅 and 录用承诺
  | { action: "orderClass.join"; schoolId: number; openToStudent: boolean } // ask to join, withdraw
  | { action: "orderClass.members"; schoolId: number; enterpriseId: number } // names of the members (已入班)
  | { action: "orderClass.applicants"; schoolId: number } // names of those who asked, were declined or withdrew
  | { action: "orderClass.membersPersonal"; schoolId: number } // members' birth dates and phones
  // 招聘会 (issue 12, docs/decisions/0014): the bureau and schools' offices organise fairs; the organiser's
  // staff (and a school organiser's teachers, at the entrance) check students in; verified enterprises ask
  // for booths and scan leads at their own; students register. A draft is the organiser's alone; a
  // published fair is visible to everyone signed in (registration is gated by eligibility, not visibility).
  | { action: "fair.create" }
  | { action: "fair.read"; organiserId: number; status: string }
  | { action: "fair.manage"; organiserId: number } // edit, publish, start, close, cancel, decide booths
  | { action: "fair.checkIn"; organiserId: number } // scan passes at the entrance, the live count, the failed-scan log
  | { action: "fair.report"; organiserId: number } // the fair's report and workbook: the organiser and the bureau
  | { action: "fair.requestBooth" } // ask for a booth (standing is checked by the booth service)
  | { action: "fair.booth"; enterpriseId: number } // the enterprise's own booth: positions, withdraw, lead scans
  | { action: "fair.register" } // a student registers (eligibility is the fair's rule, app/lib/fairs.ts)
  // ---- 双师型教师认定 (issue 13 item 3, docs/decisions/0015, app/features/certification/): the school's office
  // submits its own teachers and may withdraw a submission still 待认定; only the bureau certifies or refuses.
  // A certification is read by its school's office and the bureau, nobody else (not teachers, enterprises,
  // students). Which move a status allows is the state machine, app/features/certification/transitions.ts.
  | { action: "certification.list" } // the list page: a school's office its own, the bureau all
  | { action: "certification.read"; schoolId: number }
  | { action: "certification.submit"; schoolId: number } // submit (and renew) one of the school's teachers
  | { action: "certification.withdraw"; schoolId: number }
  | { action: "certification.decide" } // certify with a validity period, or refuse with a reason
  // 留呼 retention tracker (issue 13 item 5, docs/decisions/0015 "Retention"): the bureau reads the city and
  // every school; a school's office reads its own students' part. The people behind a figure are named,
  // so only those two read them; teachers, enterprises and students have no view of it (403).
  | { action: "retention.read"; schoolId: number | null } // null: the whole city
  | { action: "retention.people"; schoolId: number }
  // 五万产业工人留呼 consortium (issue 13 item 4, branch consortium13, docs/decisions/0015): everyone signed in
  // reads the consortium's facts and approved members; a school's office or an enterprise's staff asks to
  // join and leaves for its own organisation; the bureau approves or declines; an activity is read by the
  // bureau and the people (office, teachers, staff) of an organisation that took part, and recorded by the
  // bureau or by the office/staff of an approved member that took part in it.
  | { action: "consortium.read" }
  | { action: "consortium.membership"; organisationId: number } // ask to join, leave
  | { action: "consortium.decide" } // approve or decline a request; see requests and past members
  | { action: "consortium.activity.read"; participantOrganisationIds: readonly number[] }
  | { action: "consortium.activity.record"; organisationId: number | null } // null: the bureau records for anyone
  // 双师型教师培养培训基地 and 教师企业实践 (issue 13 items 1–2, branch practice13, docs/decisions/0015): everyone
  // signed in reads the bases, the bureau keeps them. A practice is read by its school's office and teachers,
  // its host's staff and the bureau; the school's office proposes and cancels; the host accepts or declines,
  // confirms days and assesses; days are logged by the teacher themself or the school's office. A teacher's
  // ledger is read by the teacher, their school's office and the bureau.
  | { action: "trainingBase.read" }
  | { action: "trainingBase.manage" } // create, edit, deactivate
  | { action: "teacherPractice.list" }
  | { action: "teacherPractice.read"; schoolId: number; hostEnterpriseId: number }
  | { action: "teacherPractice.propose"; schoolId: number } // also cancel
  | { action: "teacherPractice.host"; hostEnterpriseId: number } // accept, decline, confirm days, assess
  | { action: "teacherPractice.logDay"; schoolId: number; teacherUserId: number | null }
  | { action: "teacher.list"; schoolId: number } // /teachers: the school's office
  | { action: "teacher.ledger"; schoolId: number; teacherUserId: number | null }
  // 校企合作概览 (issue 13 item 6, docs/decisions/0015 "Partnership dashboard"): the bureau sees every
  // school's partnerships; a school's office the same dashboard for its own; nobody else.
  | { action: "partnership.overview" }
  | { action: "partnership.schoolOverview"; schoolId: number }
  // 质量年报 metrics (issue 14, branch metrics14, docs/metrics.md): the bureau reads the city's report and
  // every school's; a school's office its own school's (another school's is 404). The records behind a
  // figure name students, so they are for the same two only. Teachers, enterprises and students: none.
  | { action: "report.read"; schoolId: number | null } // null: the city-wide report
  | { action: "report.records"; schoolId: number | null }
  // ---- 行业导师 (issue 14, branch demo14, app/features/mentors/): a school's office reads its enterprise mentors
  // and records their teaching hours; the bureau reads every school's and records none; nobody else.
  | { action: "mentors.read"; schoolId: number | null } // null: every school (the bureau's view)
  | { action: "mentors.record"; schoolId: number }
  // ---- 毕业去向 destinations (issue 14 item 2, branch dest14, app/features/destinations/): a school's office
  // reads and records its own graduates' destinations and decides the platform's proposals; the bureau reads
  // every school's and records none; a graduate reads and answers (confirms or disputes) their own; teachers
  // and enterprises have no view of them.
  | { action: "destination.list" } // the list page: a school's office its own graduates, the bureau all
  | { action: "destination.read"; schoolId: number }
  | { action: "destination.write"; schoolId: number }
  | { action: "destination.proposals"; schoolId: number }
  | { action: "destination.own" } // /my/destination: a student's own (whose record is found from the account)
  // ---- roster import (issue 14 item 1, branch import14, app/features/roster-import/): a school's office imports
  // its own school's students and destinations, the bureau any school's. A job (its preview, errors, error
  // workbook, confirmation) is its school office's and the bureau's; a bureau job (schoolId null) the bureau's.
  | { action: "import.create" }
  | { action: "import.read"; schoolId: number | null };

export function can(user: SessionUser, permission: Permission): boolean {
  const bureau = user.role === "BUREAU_ADMIN";
  const schoolPeopleOf = (schoolId: number) =>
    (user.role === "SCHOOL_STAFF" || user.role === "TEACHER") && user.organisationId === schoolId;
  const enterpriseStaffOf = (enterpriseId: number) =>
    user.role === "ENTERPRISE_STAFF" && user.organisationId === enterpriseId;
  switch (permission.action) {
    case "organisation.edit":
      return (
        bureau ||
        ((user.role === "SCHOOL_STAFF" || user.role === "ENTERPRISE_STAFF") &&
          user.organisationId === permission.organisationId)
      );
    case "school.students.list":
      return bureau || schoolPeopleOf(permission.schoolId);
    case "student.read":
      return bureau || permission.studentUserId === user.id || schoolPeopleOf(permission.schoolId);
    case "school.students.listPersonal":
      // Birth date and phone as columns of a whole roll: only the school's own office, which keeps it.
      // Not the bureau: casework needs one student's record, not a school's phone numbers in one list.
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "student.readPersonal":
      // One student's birth date and phone: the student, their own school office, and the bureau for casework.
      return (
        bureau ||
        permission.studentUserId === user.id ||
        (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId)
      );
    case "position.create":
      return user.role === "ENTERPRISE_STAFF";
    case "position.manage":
    case "position.applicants":
    case "matching.partnerStudents":
      return enterpriseStaffOf(permission.enterpriseId);
    case "position.view":
      // A published position is for everyone signed in; a draft only for its owners and the bureau; a
      // closed one also for whoever applied to it and their school, whose 我的申请 / 学生申请 link there.
      return (
        permission.status === "PUBLISHED" ||
        bureau ||
        enterpriseStaffOf(permission.enterpriseId) ||
        (permission.status === "CLOSED" &&
          !!permission.applicant &&
          (permission.applicant.studentUserId === user.id || schoolPeopleOf(permission.applicant.schoolId)))
      );
    case "application.apply":
    case "application.listOwn":
    case "matching.recommended":
      return user.role === "STUDENT";
    case "application.move":
      return permission.side === "student"
        ? user.role === "STUDENT" && permission.studentUserId === user.id
        : enterpriseStaffOf(permission.enterpriseId);
    case "school.applications.list":
      return schoolPeopleOf(permission.schoolId);
    case "bureau.applications.overview":
      return bureau;
    case "notification.read":
      return permission.ownerUserId === user.id;
    case "resume.editOwn":
      return user.role === "STUDENT";
    case "resume.read":
      // The student, and their own school's office (which keeps its students' records and helps them
      // find work). Not teachers, not the bureau: no purpose of theirs needs a student's contacts.
      return permission.studentUserId === user.id || (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
    case "application.sharedResume":
      // Only the enterprise the student applied to; whether a copy exists (applied, not withdrawn) is
      // the application's own fact (decision 0008), so this asks only whose position it is.
      return enterpriseStaffOf(permission.enterpriseId);
    case "saved.use":
      return user.role === "STUDENT";
    case "saved.own":
      return user.role === "STUDENT" && permission.ownerUserId === user.id;
    case "placement.read":
      return (
        bureau ||
        (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId) ||
        (user.role === "TEACHER" && permission.supervisorUserId === user.id) ||
        enterpriseStaffOf(permission.enterpriseId) ||
        (user.role === "STUDENT" && permission.studentUserId === user.id)
      );
    case "placement.manage":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "placement.hostAct":
      return enterpriseStaffOf(permission.enterpriseId);
    case "placement.studentAct":
      return user.role === "STUDENT" && permission.studentUserId === user.id;
    case "placement.review":
      return (
        (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId) ||
        (user.role === "TEACHER" && permission.supervisorUserId === user.id)
      );
    case "placement.compliance":
      return permission.schoolId === null ? bureau : bureau || (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
    case "agreement.read":
      return (
        bureau ||
        (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId) ||
        enterpriseStaffOf(permission.enterpriseId)
      );
    case "agreement.list":
      return bureau || user.role === "SCHOOL_STAFF" || user.role === "ENTERPRISE_STAFF";
    case "agreement.propose":
      return user.role === "SCHOOL_STAFF" || user.role === "ENTERPRISE_STAFF";
    case "agreement.move":
      return (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId) || enterpriseStaffOf(permission.enterpriseId);
    case "enterprise.standing":
      return bureau;
    case "school.blockEnterprise":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "orderClass.read":
      return (
        bureau ||
        schoolPeopleOf(permission.schoolId) ||
        enterpriseStaffOf(permission.enterpriseId) ||
        (user.role === "STUDENT" && user.organisationId === permission.schoolId && permission.openToStudent)
      );
    case "orderClass.open":
    case "orderClass.decide":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "orderClass.enterpriseTerms":
      return enterpriseStaffOf(permission.enterpriseId);
    case "orderClass.join":
      return user.role === "STUDENT" && user.organisationId === permission.schoolId && permission.openToStudent;
    case "orderClass.members":
      return bureau || schoolPeopleOf(permission.schoolId) || enterpriseStaffOf(permission.enterpriseId);
    // Who asked and was not taken is the school's business, not the enterprise's (PIPL minimisation).
    case "orderClass.applicants":
      return schoolPeopleOf(permission.schoolId);
    case "orderClass.membersPersonal":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "fair.create":
      return bureau || user.role === "SCHOOL_STAFF";
    case "fair.read":
      // A draft is the organiser's office's alone (decision 0014): not the bureau's when a school organises
      // it, not the organising school's teachers' or students'. Published, it is everyone's.
      return permission.status !== "DRAFT" || ((bureau || user.role === "SCHOOL_STAFF") && user.organisationId === permission.organiserId);
    case "fair.manage":
      return (bureau || user.role === "SCHOOL_STAFF") && user.organisationId === permission.organiserId;
    case "fair.checkIn":
      return (bureau || user.role === "SCHOOL_STAFF" || user.role === "TEACHER") && user.organisationId === permission.organiserId;
    case "fair.report":
      return bureau || (user.role === "SCHOOL_STAFF" && user.organisationId === permission.organiserId);
    case "fair.requestBooth":
      return user.role === "ENTERPRISE_STAFF";
    case "fair.booth":
      return enterpriseStaffOf(permission.enterpriseId);
    case "fair.register":
      return user.role === "STUDENT";
    // ---- 双师型教师认定 (certification)
    case "certification.list":
      return bureau || user.role === "SCHOOL_STAFF";
    case "certification.read":
      return bureau || (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
    case "certification.submit":
    case "certification.withdraw":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "certification.decide":
      return bureau;
    // ---- retention (留呼) ----
    case "retention.read":
    case "retention.people":
      return bureau || (permission.schoolId !== null && user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
    // ---- consortium (consortium13)
    case "consortium.read":
      return true;
    case "consortium.membership":
      // Only schools and enterprises have staff accounts; the office, not a teacher, speaks for a school.
      return (user.role === "SCHOOL_STAFF" || user.role === "ENTERPRISE_STAFF") && user.organisationId === permission.organisationId;
    case "consortium.decide":
      return bureau;
    case "consortium.activity.read":
      return (
        bureau ||
        ((user.role === "SCHOOL_STAFF" || user.role === "TEACHER" || user.role === "ENTERPRISE_STAFF") &&
          permission.participantOrganisationIds.includes(user.organisationId))
      );
    case "consortium.activity.record":
      if (bureau) return true;
      return (user.role === "SCHOOL_STAFF" || user.role === "ENTERPRISE_STAFF") && user.organisationId === permission.organisationId;
    // ---- training bases and teacher enterprise practice (practice13) ----
    case "trainingBase.read":
      return true;
    case "trainingBase.manage":
      return bureau;
    case "teacherPractice.list":
      return user.role !== "STUDENT";
    case "teacherPractice.read":
      return bureau || schoolPeopleOf(permission.schoolId) || enterpriseStaffOf(permission.hostEnterpriseId);
    case "teacherPractice.propose":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "teacherPractice.host":
      return enterpriseStaffOf(permission.hostEnterpriseId);
    case "teacherPractice.logDay":
      return (
        (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId) ||
        (user.role === "TEACHER" && user.organisationId === permission.schoolId && permission.teacherUserId === user.id)
      );
    case "teacher.list":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "teacher.ledger":
      return (
        bureau ||
        (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId) ||
        (user.role === "TEACHER" && user.organisationId === permission.schoolId && permission.teacherUserId === user.id)
      );
    // ---- quality report (metrics14) ----
    case "report.read":
    case "report.records":
      return bureau || (permission.schoolId !== null && user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
    // ---- 毕业去向 destinations (dest14)
    case "destination.list":
      return bureau || user.role === "SCHOOL_STAFF";
    case "destination.read":
      return bureau || (user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
    case "destination.write":
    case "destination.proposals":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    case "destination.own":
      return user.role === "STUDENT";
    // 校企合作概览 (partnership dashboard)
    case "partnership.overview":
      return bureau;
    case "partnership.schoolOverview":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    // ---- mentors (demo14) ----
    case "mentors.read":
      return bureau || (permission.schoolId !== null && user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
    case "mentors.record":
      return user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId;
    // ---- roster import (import14)
    case "import.create":
      return bureau || user.role === "SCHOOL_STAFF";
    case "import.read":
      return bureau || (permission.schoolId !== null && user.role === "SCHOOL_STAFF" && user.organisationId === permission.schoolId);
  }
}

export function assertCan(user: SessionUser, permission: Permission, message?: string): void {
  if (!can(user, permission)) forbidden(message);
}

/**
 * For a record the user may not even know exists: refused as "not found", exactly as a missing
 * one, so ids cannot be probed (a 403 would say the record is there). 403 is only for records the
 * user can see but not act on, such as another enterprise's published position.
 */
export function assertVisible(user: SessionUser, permission: Permission, message?: string): void {
  if (!can(user, permission)) notFound(message);
}

/** The enterprise the user manages positions for, or 403. */
export function ownEnterpriseId(user: SessionUser): number {
  assertCan(user, { action: "position.create" }, "只有企业人员可以管理岗位");
  return user.organisationId;
}
