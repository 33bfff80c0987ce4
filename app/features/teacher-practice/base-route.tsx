import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { ErrorList } from "~/components/forms";
import { StatusBadge } from "~/components/responsive-list";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { BaseForm } from "./base-form";
import { baseDetail, baseFormOptions, setBaseActive, updateBase } from "./bases.server";
import { BaseActionSchema } from "./schemas";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.base.name ?? "培训基地"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const [detail, options] = await Promise.all([baseDetail(user, idParam(params.baseId)), baseFormOptions(user)]);
  return json({ ...detail, ...options });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const baseId = idParam(params.baseId);
  assertCan(user, { action: "trainingBase.manage" }, "只有市教育局可以修改培训基地");
  const submission = await readForm(request, BaseActionSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null as string | null }, { status: 400 });
  const value = submission.value;
  if (value.intent === "deactivate") {
    if (value.confirm !== "yes") return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: "deactivate" }, { status: 400 });
    await setBaseActive(user, baseId, false);
    return redirect(`/training-bases/${baseId}?done=${encodeURIComponent("已停用")}`);
  }
  if (value.intent === "activate") {
    await setBaseActive(user, baseId, true);
    return redirect(`/training-bases/${baseId}?done=${encodeURIComponent("已启用")}`);
  }
  const { intent: _intent, ...fields } = value;
  const outcome = await updateBase(user, baseId, fields);
  if (!outcome.done) return json({ ...submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), asking: null }, { status: 400 });
  return redirect(`/training-bases/${baseId}?done=${encodeURIComponent("已保存")}`);
}

export default function TrainingBaseRoute() {
  const { base, practice, canManage, enterprises, programs } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = result ? null : search.get("done");
  const held = practice.current + practice.upcoming;
  return (
    <>
      <section className="card">
        <p>
          <Link to="/training-bases">← 培训基地</Link>
        </p>
        <h1>{base.name}</h1>
        <p>
          <StatusBadge tone={base.active ? "open" : "muted"}>{base.active ? "启用中" : "已停用"}</StatusBadge>
        </p>
        <div className="grid seats">
          <div>
            <div className="stat" data-testid="base-capacity">{base.capacity}</div>
            <div className="muted">每期名额</div>
          </div>
          <div>
            <div className="stat" data-testid="base-current">{practice.current}</div>
            <div className="muted">正在实践</div>
          </div>
          <div>
            <div className="stat" data-testid="base-upcoming">{practice.upcoming}</div>
            <div className="muted">即将开始</div>
          </div>
        </div>
        <p className="muted">{`正在和即将实践 ${held} 人 / 每期 ${base.capacity} 个名额；待接收申请 ${practice.proposed} 份。`}</p>
        <FactList
          facts={[
            { label: "依托企业", value: base.enterprise },
            { label: "每期", value: `${base.periodMonths} 个月` },
            { label: "服务专业", value: base.programs.map((p) => p.name).join("、") },
            { label: "认定日期", value: base.designatedOn },
            { label: "简介", value: base.description },
          ]}
        />
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        {canManage ? (
          <Form method="post">
            {base.active ? (
              <ConfirmActions
                asking={result?.asking ?? null}
                actions={[
                  {
                    name: "intent",
                    value: "deactivate",
                    label: "停用基地",
                    tone: "danger",
                    confirm: { question: "停用后不再接受新的实践申请和接收，已接收的实践照常进行。确定停用？", button: "确定停用" },
                  },
                ]}
              />
            ) : (
              <button type="submit" name="intent" value="activate" className="button-secondary">
                重新启用
              </button>
            )}
          </Form>
        ) : null}
        {result?.asking ? <ErrorList errors={result.error?.[""] ?? []} /> : null}
      </section>
      {canManage ? (
        <section className="card">
          <h2>修改基地信息</h2>
          <BaseForm
            intent="save"
            lastResult={result?.asking ? undefined : result}
            enterprises={enterprises}
            programs={programs}
            defaults={{ ...base, programIds: base.programs.map((p) => p.id) }}
          />
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
