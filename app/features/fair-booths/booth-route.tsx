import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { ErrorList } from "~/components/forms";
import { StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { BOOTH_STATUS_LABEL, FAIR_STATUS_LABEL } from "~/lib/fairs";
import { readForm } from "~/lib/form.server";
import { BoothMap } from "./booth-map";
import { BOOTH_LIMITS, OwnBoothSchema } from "./booth-schema";
import { BOOTH_STATUS_TONE } from "./booth-status";
import { actOnOwnBooth, boothPageGate, ownBoothPage } from "./booths.server";

// /fairs/:fairId/booth: the enterprise's own booth request (issue 12 item 2): ask, edit, withdraw, and
// once approved without a number, choose a free booth on the map.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `展位申请 · ${data?.fair.title ?? "招聘会"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await ownBoothPage(user, idParam(params.fairId)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const fairId = idParam(params.fairId);
  await boothPageGate(user, fairId, "enterprise"); // 404 / 403 before reading the body
  const submission = await readForm(request, OwnBoothSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null as string | null }, { status: 400 });
  const value = submission.value;
  if (value.intent === "withdraw" && value.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: "withdraw" }, { status: 400 });
  }
  const outcome = await actOnOwnBooth(user, fairId, value);
  if (!outcome.done) return json({ ...submission.reply({ formErrors: [outcome.message] }), asking: null }, { status: 400 });
  return redirect(`/fairs/${fairId}/booth?done=${encodeURIComponent(outcome.message)}`);
}

export default function OwnBoothRoute() {
  const { fair, mine, requestProblem, editable, chooses, taken, positions, programs } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = result ? null : search.get("done");
  const errors = [...new Set(Object.values(result?.error ?? {}).flatMap((e) => e ?? []))];
  return (
    <>
      <section className="card">
        <p>
          <Link to={`/fairs/${fair.id}`}>← {fair.title}</Link>
        </p>
        <h1>展位申请</h1>
        <FactList
          facts={[
            { label: "招聘会", value: `${fair.title}（${FAIR_STATUS_LABEL[fair.status]}）` },
            { label: "主办方", value: fair.organiser },
            { label: "时间", value: `${fair.startsAt} 至 ${fair.endsAt}` },
            { label: "地点", value: fair.online ? "线上" : fair.venue },
            { label: "企业报名", value: `${fair.windowOpensAt} 至 ${fair.windowClosesAt}` },
          ]}
        />
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        <ErrorList errors={errors} />
      </section>

      {mine ? (
        <section className="card">
          <h2>本企业的申请</h2>
          <p>
            <StatusBadge tone={BOOTH_STATUS_TONE[mine.status]}>{BOOTH_STATUS_LABEL[mine.status]}</StatusBadge>
            {mine.label ? <strong data-testid="own-booth">{` 展位 ${mine.label}`}</strong> : null}
            {mine.arrived ? <span className="muted"> 已到场</span> : null}
            {mine.status === "REFUSED" && mine.refusalReason ? <span className="muted">{` 原因：${mine.refusalReason}`}</span> : null}
          </p>
          {chooses ? (
            <Form method="post">
              <p>申请已通过，请在展位图上选择一个空闲展位：</p>
              <input type="hidden" name="intent" value="choose" />
              <BoothMap boothCount={fair.boothCount} boothsPerRow={fair.boothsPerRow} taken={taken} choose />
            </Form>
          ) : null}
          {editable ? (
            <>
              <BoothDetailsForm intent="edit" submit="保存" positions={positions} programs={programs} current={mine} />
              <Form method="post">
                <ConfirmActions
                  asking={result?.asking ?? null}
                  actions={[
                    {
                      name: "intent",
                      value: "withdraw",
                      label: "撤回申请",
                      tone: "danger",
                      confirm: { question: mine.label ? `撤回后展位 ${mine.label} 将让给其他企业，确定撤回吗？` : "确定撤回展位申请吗？", button: "确定撤回" },
                    },
                  ]}
                />
              </Form>
            </>
          ) : null}
        </section>
      ) : requestProblem ? (
        <section className="card">
          <p className="muted" data-testid="request-problem">
            {requestProblem}
          </p>
        </section>
      ) : (
        <section className="card">
          <h2>申请展位</h2>
          <BoothDetailsForm intent="request" submit="提交申请" positions={positions} programs={programs} current={null} />
        </section>
      )}
    </>
  );
}

function BoothDetailsForm({
  intent,
  submit,
  positions,
  programs,
  current,
}: {
  intent: "request" | "edit";
  submit: string;
  positions: Array<{ id: number; title: string; headcount: number }>;
  programs: Array<{ id: number; name: string }>;
  current: { representatives: number; note: string | null; programIds: number[]; positionIds: number[] } | null;
}) {
  return (
    <Form method="post" className="booth-form">
      <div className="field">
        <label htmlFor={`${intent}-representatives`}>参会人数（1–{BOOTH_LIMITS.representatives}）</label>
        <input
          id={`${intent}-representatives`}
          name="representatives"
          type="number"
          min={1}
          max={BOOTH_LIMITS.representatives}
          required
          defaultValue={current?.representatives ?? 2}
        />
      </div>
      <fieldset className="field">
        <legend>带到展位的岗位</legend>
        {positions.length === 0 ? <p className="muted">本企业还没有已发布的岗位。</p> : null}
        {positions.map((p) => (
          <label key={p.id} className="check">
            <input type="checkbox" name="positionIds" value={p.id} defaultChecked={current?.positionIds.includes(p.id) ?? false} />
            {` ${p.title}（招 ${p.headcount} 人）`}
          </label>
        ))}
        <p>
          <Link to="/enterprise/positions/new">发布新岗位</Link>
          <span className="muted"> 发布后回到本页勾选。</span>
        </p>
      </fieldset>
      <div className="field">
        <label htmlFor={`${intent}-programs`}>希望见到的专业（可多选）</label>
        <select id={`${intent}-programs`} name="programIds" multiple size={6} defaultValue={(current?.programIds ?? []).map(String)}>
          {programs.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${intent}-note`}>备注</label>
        <textarea id={`${intent}-note`} name="note" rows={2} maxLength={BOOTH_LIMITS.note} defaultValue={current?.note ?? ""} />
      </div>
      <button type="submit" name="intent" value={intent} className="button-primary">
        {submit}
      </button>
    </Form>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
