import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { readQuery } from "~/lib/search-params.server";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { POSITION_STATUS_LABEL } from "~/lib/position-labels";
import { idParam } from "~/lib/errors.server";
import { label } from "~/lib/labels";
import { MoveSchema } from "./application-schema";
import { APPLICATION_STATUS_LABEL, APPLICATION_STATUSES } from "./application-status";
import { ApplicantCard } from "./applicant-card";
import { ApplicantFilters, applicantsPosition, positionApplicants } from "./applicants.server";
import { allErrors, resultFor } from "./decision-form";
import { moveApplication } from "./transitions.server";
import { readForm } from "~/lib/form.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `申请人 · ${data?.position.title ?? ""} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, ApplicantFilters);
  const moved = new URL(request.url).searchParams.get("moved");
  const notice = APPLICATION_STATUSES.find((s) => s === moved) ?? null;
  return json({ filters, notice, ...(await positionApplicants(user, idParam(params.positionId), filters)) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const positionId = idParam(params.positionId);
  await applicantsPosition(user, positionId); // refuse other enterprises before reading the body
  const submission = await readForm(request, MoveSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  // 不予录用 ends the application: asked twice, the first post comes back with the question.
  if (submission.value.to === "REJECTED" && submission.value.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: submission.value.to }, { status: 400 });
  }
  const outcome = await moveApplication(user, "enterprise", submission.value, positionId);
  if (!outcome.moved) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  // Back to the same filtered list, at the applicant just moved.
  const back = new URL(request.url);
  back.searchParams.set("moved", outcome.to);
  return redirect(`${back.pathname}${back.search}#application-${submission.value.applicationId}`);
}

export default function ApplicantsRoute() {
  const { filters, notice, position, tally, seats, schools, programs, applicants } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const owned = applicants.some((a) => resultFor(result, a.id));
  return (
    <>
      <section className="card">
        <h1>{`申请人 · ${position.title}`}</h1>
        <p className="muted">
          {`${label(POSITION_STATUS_LABEL, position.status)} · 招收 ${seats.headcount} 人 · 已接受录用 ${seats.accepted} 人`}
        </p>
        <p className="seats">
          {`剩余名额 ${seats.left} 个 · 待学生答复的录用通知 ${seats.outstanding} 份${
            position.status === "CLOSED"
              ? "。岗位已关闭，不能再处理申请。"
              : seats.overOffered
              ? "。待答复的录用通知已不少于剩余名额：再发录用通知，学生可能无法接受。"
              : ""
          }`}
        </p>
        <p className="muted">{APPLICATION_STATUSES.map((s) => `${APPLICATION_STATUS_LABEL[s]} ${tally[s]}`).join(" · ")}</p>
        {notice ? <p className="notice">{`已更新为「${APPLICATION_STATUS_LABEL[notice]}」，学生会在消息中收到通知`}</p> : null}
        {owned ? null : <ErrorList errors={allErrors(result)} />}
        <FilterForm values={filters}>
          <SelectFilter name="status" label="状态" options={APPLICATION_STATUS_LABEL} value={filters.status} />
          <SelectFilter name="program" label="专业" options={programs} value={filters.program} />
          <SelectFilter name="school" label="学校" options={schools} value={filters.school} />
        </FilterForm>
        <p>
          <Link to={`/positions/${position.id}`}>查看岗位</Link>
        </p>
        {applicants.length === 0 ? <p className="muted">没有符合条件的申请人。</p> : null}
      </section>
      {applicants.map((a) => (
        <ApplicantCard
          key={a.id}
          applicant={a}
          detailHref={`/enterprise/positions/${position.id}/applicants/${a.id}`}
          lastResult={resultFor(result, a.id)}
        />
      ))}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
