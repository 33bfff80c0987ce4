import type { SubmissionResult } from "@conform-to/react";
import { Link } from "@remix-run/react";
import type { Tone } from "~/components/confirm-actions";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { label } from "~/lib/labels";
import { StudentDecisionSchema } from "./application-schema";
import { intentFor, MOVE_VERB, type ApplicationStatus } from "./application-status";
import { askingFor, DecisionForm } from "./decision-form";

// How a student answers: 接受录用 is the hoped-for answer (primary), 婉拒录用 a step back (secondary),
// 撤回申请 ends the application (danger). Each is asked twice (app/components/confirm-actions.tsx).

/** The rule stated on 我的申请 and enforced by the offer to decline the others on accepting. */
export const ONE_JOB_RULE =
  "毕业生同一时间只接受一份工作：已接受一份就业岗位的录用，就不能再接受另一份；接受一份录用时，可以同时婉拒你的其他录用通知。";

const TONE: Partial<Record<ApplicationStatus, Tone>> = {
  ACCEPTED: "primary",
  DECLINED: "secondary",
  WITHDRAWN: "danger",
};

export type OwnApplication = {
  id: number;
  status: ApplicationStatus;
  replyBy: string | null;
  position: { id: number; title: string; kind: string; enterprise: string };
  next: readonly ApplicationStatus[];
};

type Result = SubmissionResult<string[]> & { asking?: string };

/** The student's buttons on one application; `otherOffers` are the other offers accepting this one may decline. */
export function StudentAnswer({
  application: a,
  otherOffers,
  lastResult,
}: {
  application: OwnApplication;
  otherOffers: readonly OwnApplication[];
  lastResult?: Result;
}) {
  const what = `${a.position.enterprise}「${a.position.title}」`;
  const others = otherOffers.map((o) => `${o.position.enterprise}「${o.position.title}」`).join("、");
  return (
    <DecisionForm
      applicationId={a.id}
      next={a.next}
      buttonName="intent"
      valueOf={(status) => intentFor(status) ?? ""}
      verbOf={(status) => MOVE_VERB[status]}
      tone={(status) => TONE[status] ?? "secondary"}
      schema={StudentDecisionSchema}
      lastResult={lastResult}
      asking={askingFor(lastResult, a.id)}
      confirm={{
        ACCEPTED: {
          question: `确定接受${what}的录用吗？接受后企业会收到你的答复。`,
          button: "确认接受",
          extra:
            otherOffers.length > 0 ? (
              <fieldset className="decline-others">
                <legend>{`你还持有 ${otherOffers.length} 份录用通知：${others}。是否同时婉拒？`}</legend>
                <p className="muted">{ONE_JOB_RULE}</p>
                <label>
                  <input type="radio" name="declineOthers" value="yes" defaultChecked />
                  {`同时婉拒其他 ${otherOffers.length} 份录用通知`}
                </label>
                <label>
                  <input type="radio" name="declineOthers" value="no" />
                  暂不婉拒，保留其他录用通知
                </label>
              </fieldset>
            ) : null,
        },
        DECLINED: {
          question: `确定婉拒${what}的录用吗？婉拒后不能再接受这份录用。`,
          button: "确认婉拒",
        },
        WITHDRAWN: {
          question: "确定撤回这份申请吗？撤回后企业不再处理它；岗位仍在招聘时，你可以重新申请。",
          button: "确认撤回",
        },
      }}
    />
  );
}

/** An offer waiting for the student's answer, shown above the list of 我的申请. */
export function OfferCard({
  application: a,
  otherOffers,
  lastResult,
}: {
  application: OwnApplication;
  otherOffers: readonly OwnApplication[];
  lastResult?: Result;
}) {
  return (
    <article className="card offer-card" id={`application-${a.id}`} data-offer-id={a.id} data-row-id={a.id}>
      <p className="offer-badge" data-cell="status">
        拟录用 · 录用通知待你答复
      </p>
      <h2 data-cell="title">
        <Link to={`/positions/${a.position.id}`}>{a.position.title}</Link>
      </h2>
      <p>{`${a.position.enterprise} · ${label(POSITION_KIND_LABEL, a.position.kind)}`}</p>
      <p className="reply-by">{a.replyBy ? `请在 ${a.replyBy} 前答复` : "企业未设答复期限"}</p>
      <div data-cell="action">
        <StudentAnswer application={a} otherOffers={otherOffers} lastResult={lastResult} />
      </div>
    </article>
  );
}
