import { APPLICATION_STATUS_LABEL, type ApplicationStatus } from "./application-status";

// What the student reads in their inbox after each change someone else made (the enterprise, or
// the platform closing the position): the student's own moves are not news to them. The link leads
// to the application on 我的申请, where the full history and the next buttons are.

export const NOTICE_LINK = "/applications";
export const applicationLink = (applicationId: number) => `${NOTICE_LINK}#application-${applicationId}`;

const BODY: Record<ApplicationStatus, (enterprise: string, title: string) => string> = {
  SUBMITTED: (e, t) => `你已申请${e}的岗位「${t}」，企业处理后会在这里通知你。`,
  VIEWED: (e, t) => `${e}已查看你对「${t}」的申请。`,
  INTERVIEW: (e, t) => `${e}邀请你参加「${t}」的面试，请留意企业的联系。`,
  OFFER: (e, t) => `${e}拟录用你担任「${t}」，请在「我的申请」中接受或婉拒。`,
  ACCEPTED: (e, t) => `你已接受${e}「${t}」的录用。`,
  DECLINED: (e, t) => `你已婉拒${e}「${t}」的录用。`,
  REJECTED: (e, t) => `很遗憾，${e}未通过你对「${t}」的申请。`,
  WITHDRAWN: (e, t) => `你已撤回对${e}「${t}」的申请。`,
  CLOSED: (e, t) => `${e}的岗位「${t}」已关闭，你的申请随之结束。`,
};

/** `replyBy` (YYYY-MM-DD) is the offer's 答复期限, told with 拟录用. */
export function statusNotice(
  to: ApplicationStatus,
  position: { title: string; enterprise: string },
  applicationId: number,
  note?: string | null,
  replyBy?: string | null,
) {
  const body = BODY[to](position.enterprise, position.title) + (to === "OFFER" && replyBy ? `请在 ${replyBy} 前答复。` : "");
  return {
    title: `${APPLICATION_STATUS_LABEL[to]}：${position.title}`,
    // The platform's close carries its reason (岗位已招满 / 企业已关闭岗位), not a person's remark.
    body: note ? `${body}${to === "CLOSED" ? "原因" : "备注"}：${note}` : body,
    link: applicationLink(applicationId),
  };
}

// What the student's school office reads when one of its students is offered a job or accepts one
// (the school follows its students' employment, 就业跟踪). The link leads to the school's list of
// its students' applications, filtered to that status.
const SCHOOL_NOTICE: Partial<Record<ApplicationStatus, { title: string; body: (student: string, e: string, t: string) => string }>> = {
  OFFER: { title: "学生获得录用通知", body: (s, e, t) => `${s}获得${e}「${t}」的录用通知（拟录用）。` },
  ACCEPTED: { title: "学生已接受录用", body: (s, e, t) => `${s}已接受${e}「${t}」的录用。` },
};

export function schoolNotice(to: ApplicationStatus, subject: { student: string; enterprise: string; title: string }) {
  const notice = SCHOOL_NOTICE[to];
  if (!notice) return null;
  return {
    title: `${notice.title}：${subject.student}`,
    body: notice.body(subject.student, subject.enterprise, subject.title),
    link: `/school/applications?status=${to}`,
  };
}

// What the enterprise's staff read when a student acts: a new application, or the student's
// answer. Their own moves need no notice. The link leads to the applicant on the position's page.
const STAFF_NOTICE: Partial<Record<ApplicationStatus, { title: string; body: (student: string, title: string) => string }>> = {
  SUBMITTED: { title: "新的申请", body: (s, t) => `${s}申请了岗位「${t}」。` },
  ACCEPTED: { title: "学生已接受录用", body: (s, t) => `${s}已接受「${t}」的录用。` },
  DECLINED: { title: "学生婉拒录用", body: (s, t) => `${s}婉拒了「${t}」的录用。` },
  WITHDRAWN: { title: "学生撤回申请", body: (s, t) => `${s}撤回了对「${t}」的申请。` },
};

export type StaffNoticeSubject = { applicationId: number; positionId: number; title: string; student: string; school: string };

export function staffNotice(to: ApplicationStatus, subject: StaffNoticeSubject, note?: string | null) {
  const notice = STAFF_NOTICE[to];
  if (!notice) return null;
  const body = notice.body(`${subject.student}（${subject.school}）`, subject.title);
  return {
    title: `${notice.title}：${subject.title}`,
    body: note ? `${body}留言：${note}` : body,
    link: `/enterprise/positions/${subject.positionId}/applicants#application-${subject.applicationId}`,
  };
}
