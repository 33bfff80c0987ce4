import type { SubmissionResult } from "@conform-to/react";
import { Link } from "@remix-run/react";
import { ResumeSection, type ResumeFields } from "~/features/resume";
import { ApplicationHistory, type HistoryEntry } from "./application-history";
import { MoveSchema } from "./application-schema";
import { APPLICATION_STATUS_LABEL, MOVE_VERB, type ApplicationStatus } from "./application-status";
import { askingFor, DecisionForm } from "./decision-form";
import { todayInHohhot } from "~/lib/dates";

export type ApplicantView = {
  id: number;
  status: ApplicationStatus;
  note: string | null;
  appliedAt: string;
  name: string;
  school: string;
  program: string;
  cohortYear: number;
  certificates: string[];
  history: HistoryEntry[];
  next: readonly ApplicationStatus[];
  /** The résumé shared by applying, `sharedAt` as shown; null: none shared, or withdrawn. */
  resume: (ResumeFields & { sharedAt: string }) | null;
};

/** One applicant as the enterprise sees them, with the moves it may make; `detailHref` links the name to the application's own page. */
export function ApplicantCard({
  applicant: a,
  detailHref,
  lastResult,
}: {
  applicant: ApplicantView;
  detailHref?: string;
  lastResult?: SubmissionResult<string[]> & { asking?: string };
}) {
  return (
    <article className="card" id={`application-${a.id}`} data-row-id={a.id}>
      <h2 data-cell={detailHref ? "title action" : "title"}>{detailHref ? <Link to={detailHref}>{a.name}</Link> : a.name}</h2>
      <dl className="facts">
        <dt>学校</dt>
        <dd>{a.school}</dd>
        <dt>专业</dt>
        <dd>{a.program}</dd>
        <dt>年级</dt>
        <dd>{`${a.cohortYear}级`}</dd>
        <dt>证书</dt>
        <dd>{a.certificates.length ? a.certificates.join("、") : "—"}</dd>
        <dt>状态</dt>
        <dd>
          <strong data-cell="status">{APPLICATION_STATUS_LABEL[a.status]}</strong>
        </dd>
        <dt>申请时间</dt>
        <dd>{a.appliedAt}</dd>
        {a.note ? <dt>学生留言</dt> : null}
        {a.note ? <dd>{a.note}</dd> : null}
      </dl>
      {a.resume ? (
        <ResumeSection resume={a.resume} note={`学生申请时分享给贵企业的简历（${a.resume.sharedAt}），仅用于本次招聘`} />
      ) : (
        <p className="muted">
          {a.status === "WITHDRAWN" ? "学生已撤回申请，简历和联系方式不再分享。" : "该学生申请时没有填写简历，暂无联系方式。"}
        </p>
      )}
      <ApplicationHistory entries={a.history} />
      <DecisionForm
        applicationId={a.id}
        next={a.next}
        buttonName="to"
        valueOf={(status) => status}
        verbOf={(status) => MOVE_VERB[status]}
        schema={MoveSchema}
        lastResult={lastResult}
        asking={askingFor(lastResult, a.id)}
        tone={(status) => (status === "REJECTED" ? "danger" : "primary")}
        confirm={{
          REJECTED: { question: `确定不予录用${a.name}吗？学生会收到通知，这份申请随之结束，不能撤销。`, button: "确认不予录用" },
        }}
      >
        {a.next.includes("OFFER") ? (
          <div className="field">
            <label htmlFor={`reply-by-${a.id}`}>答复期限（可选，发出录用通知时生效）</label>
            <input id={`reply-by-${a.id}`} type="date" name="replyBy" min={todayInHohhot()} />
          </div>
        ) : null}
      </DecisionForm>
    </article>
  );
}
