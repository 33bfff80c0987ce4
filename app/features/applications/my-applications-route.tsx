import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { label } from "~/lib/labels";
import { ApplicationHistory } from "./application-history";
import { StudentDecisionSchema } from "./application-schema";
import { APPLICATION_STATUS_LABEL, STUDENT_INTENTS } from "./application-status";
import { ownStudent } from "./apply.server";
import { allErrors, resultFor } from "./decision-form";
import { OfferCard, ONE_JOB_RULE, StudentAnswer } from "./offer-answer";
import { OwnApplicationFilters, ownApplications } from "./my-applications.server";
import { readQuery } from "~/lib/search-params.server";
import { moveApplication } from "./transitions.server";
import { readForm } from "~/lib/form.server";
import { lookup } from "~/lib/lookup";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";

export const meta: MetaFunction = () => [{ title: "我的申请 · 青城产教通" }];

/** What the page says after a redirect here; anything else in `notice` is ignored. */
const NOTICES: Record<string, string> = {
  applied: "申请已提交，企业处理后会在消息中通知你",
  duplicate: "你已申请过该岗位",
  reapplied: "已重新申请，企业处理后会在消息中通知你",
  WITHDRAWN: "已撤回申请",
  ACCEPTED: "已接受录用",
  DECLINED: "已婉拒录用",
  acceptedDecliningOthers: "已接受录用，并婉拒了其他录用通知",
};

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const notice = lookup(NOTICES, new URL(request.url).searchParams.get("notice")) ?? null;
  const filters = readQuery(request, OwnApplicationFilters);
  return json({ notice, status: filters.status ?? null, applications: await ownApplications(user, filters) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await ownStudent(user, "application.listOwn");
  const submission = await readForm(request, StudentDecisionSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const { intent, applicationId, note, confirm, declineOthers } = submission.value;
  // Every answer is asked twice: the first, unconfirmed post comes back with the question.
  if (confirm !== "yes") return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: intent }, { status: 400 });
  const to = STUDENT_INTENTS[intent];
  const outcome = await moveApplication(user, "student", { applicationId, to, note, declineOthers: declineOthers === "yes" });
  if (!outcome.moved) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  const notice = outcome.declined > 0 ? "acceptedDecliningOthers" : outcome.to;
  return redirect(`/applications?notice=${notice}#application-${applicationId}`);
}

export default function MyApplicationsRoute() {
  const { notice, status, applications } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const owned = applications.some((a) => resultFor(result, a.id));
  // Offers waiting for an answer come first, each its own card (issue 9, item 3).
  const offers = applications.filter((a) => a.status === "OFFER");
  return (
    <>
      <section className="card">
        <h1>我的申请</h1>
        {notice ? <p className="notice">{notice}</p> : null}
        {status ? (
          <p className="muted" data-filter="status">
            {`只看「${APPLICATION_STATUS_LABEL[status]}」的申请 · `}
            <Link to="/applications">查看全部</Link>
          </p>
        ) : null}
        {owned ? null : <ErrorList errors={allErrors(result)} />}
        {applications.length === 0 && status ? <p className="muted">{`没有「${APPLICATION_STATUS_LABEL[status]}」的申请。`}</p> : null}
        {applications.length === 0 && !status ? (
          <p className="muted">
            你还没有申请岗位。看看<Link to="/recommended">为你推荐的岗位</Link>，或<Link to="/positions">搜索岗位</Link>。
          </p>
        ) : null}
      </section>
      {offers.length > 0 ? (
        <section className="offers" aria-label="待答复的录用通知">
          <p className="muted one-job-rule">{ONE_JOB_RULE}</p>
          {offers.map((a) => (
            <OfferCard key={a.id} application={a} otherOffers={offers.filter((o) => o.id !== a.id)} lastResult={resultFor(result, a.id)} />
          ))}
        </section>
      ) : null}
      {applications.filter((a) => a.status !== "OFFER").map((a) => (
        <article key={a.id} className="card" id={`application-${a.id}`} data-row-id={a.id}>
          <h2 data-cell="title action">
            <Link to={`/positions/${a.position.id}`}>{a.position.title}</Link>
          </h2>
          <p>
            {`${a.position.enterprise} · ${label(POSITION_KIND_LABEL, a.position.kind)} · `}
            <strong data-cell="status">{APPLICATION_STATUS_LABEL[a.status]}</strong>
          </p>
          <p className="muted">{`申请于 ${a.appliedAt}${a.note ? ` · 留言：${a.note}` : ""}`}</p>
          <ApplicationHistory entries={a.history} />
          <StudentAnswer application={a} otherOffers={[]} lastResult={resultFor(result, a.id)} />
        </article>
      ))}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
