import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmActions, type ConfirmAction } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextAreaField } from "~/components/forms";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { CREDIT_CODE_MESSAGE } from "~/lib/credit-code";
import { movesFrom, STANDING_LABEL, STANDING_MOVES } from "~/lib/enterprise-standing";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { StandingBadge } from "./standing-badge";
import { StandingSchema } from "./standing-schema";
import { changeStanding, standingRecord } from "./standing.server";

// One enterprise for the bureau: its 统一社会信用代码, its standing with the history, and the moves open now.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.enterprise.name ?? "企业"} · 企业核验 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ enterprise: await standingRecord(user, idParam(params.enterpriseId)) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const enterpriseId = idParam(params.enterpriseId);
  assertCan(user, { action: "enterprise.standing" }, "只有市教育局可以核验或暂停企业"); // before reading the body
  const submission = await readForm(request, StandingSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null }, { status: 400 });
  const form = submission.value;
  // 暂停 takes the enterprise's positions away from students at once: asked twice.
  if (form.intent === "suspend" && form.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: "suspend" }, { status: 400 });
  }
  const outcome = await changeStanding(user, enterpriseId, form);
  if (!outcome.moved) return json({ ...submission.reply({ formErrors: [outcome.message] }), asking: null }, { status: 400 });
  return redirect(`/bureau/enterprises/${enterpriseId}`);
}

export default function BureauEnterpriseRoute() {
  const { enterprise } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: `standing-${enterprise.id}-${enterprise.standing}`,
    lastResult: result,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: StandingSchema }),
    shouldRevalidate: "onBlur",
  });
  const moves = movesFrom(enterprise.standing);
  const actions: ConfirmAction[] = moves.map((m) =>
    m === "suspend"
      ? {
          name: "intent",
          value: m,
          label: "暂停",
          tone: "danger",
          confirm: { question: "暂停后该企业的岗位立即不再向学生展示，也不能发布新岗位。确认暂停？", button: "确认暂停" },
        }
      : { name: "intent", value: m, label: STANDING_MOVES[m].verb, tone: "primary" },
  );
  return (
    <>
      <section className="card">
        <p>
          <Link to="/bureau/enterprises">← 企业核验</Link>
        </p>
        <h1>
          {enterprise.name} <StandingBadge standing={enterprise.standing} />
        </h1>
        <dl className="facts">
          <dt>统一社会信用代码</dt>
          <dd data-credit-code>
            {enterprise.creditCode ?? "未填写"}
            {enterprise.creditCodeProblem ? <span className="error-text">{`（${CREDIT_CODE_MESSAGE[enterprise.creditCodeProblem]}）`}</span> : null}
          </dd>
          <dt>资质状态</dt>
          <dd>{`${STANDING_LABEL[enterprise.standing]}${enterprise.standingAt ? `（${enterprise.standingAt}）` : ""}`}</dd>
          {enterprise.standingReason ? (
            <>
              <dt>暂停原因</dt>
              <dd>{enterprise.standingReason}</dd>
            </>
          ) : null}
          <dt>在招岗位</dt>
          <dd>{`${enterprise.publishedPositions} 个`}</dd>
        </dl>
        <p>
          <Link to={`/enterprises/${enterprise.id}`}>企业详情</Link>
        </p>
      </section>
      {moves.length > 0 ? (
        <section className="card standing-actions">
          <h2>核验操作</h2>
          <Form method="post" {...getFormProps(form)}>
            <ErrorList id={form.errorId} errors={form.errors} />
            <TextAreaField label="原因或说明（暂停时必填，将告知企业）" meta={fields.reason} />
            <ConfirmActions actions={actions} asking={result?.asking ?? null} />
          </Form>
        </section>
      ) : null}
      <section className="card">
        <h2>资质记录</h2>
        {enterprise.events.length === 0 ? <p className="muted">还没有核验记录。</p> : null}
        <ol className="standing-history">
          {enterprise.events.map((e) => (
            <li key={e.id} data-event-id={e.id}>
              <StandingBadge standing={e.standing} />
              {` ${e.at} · ${e.actor}`}
              {e.reason ? <span className="muted">{` · ${e.reason}`}</span> : null}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
