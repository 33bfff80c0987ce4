import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { PositionEditor } from "../components/position-editor";
import { changeStatus, managedPosition, updatePosition } from "../manage.server";
import { positionFormContext } from "../options.server";
import { POSITION_STATUS_LABEL } from "~/lib/position-labels";
import { formDefaults } from "../position-record.server";
import { editPositionSchema } from "../position-schema";
import { readForm } from "~/lib/form.server";
import { lookup } from "~/lib/lookup";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";

const DONE: Record<string, string> = {
  create: "草稿已保存。确认无误后点击下方“发布岗位”。",
  save: "修改已保存",
  publish: "岗位已发布",
  close: "岗位已关闭",
  reopen: "岗位已重新开放",
};

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `编辑岗位 · ${data?.position.title ?? ""} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const position = await managedPosition(user, idParam(params.positionId));
  return json({ position: formDefaults(position), context: await positionFormContext() });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const positionId = idParam(params.positionId);
  const current = formDefaults(await managedPosition(user, positionId)); // refuse others before reading the body
  const schema = editPositionSchema(await positionFormContext(), current);
  const submission = await readForm(request, schema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const value = submission.value;
  if (value.intent === "close" && value.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: value.intent }, { status: 400 });
  }
  if (value.intent === "save") {
    await updatePosition(user, positionId, value);
  } else {
    const outcome = await changeStatus(user, positionId, value);
    if (!outcome.written) return json(submission.reply({ formErrors: [outcome.message] }), { status: 409 });
  }
  return redirect(`/enterprise/positions/${positionId}/edit?done=${value.intent}`);
}

export default function EditPositionRoute() {
  const { position, context } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const done = lookup(DONE, searchParams.get("done"));
  return (
    <>
      <section className="card">
        <h1>{position.title}</h1>
        <p className="muted">
          {`状态：${POSITION_STATUS_LABEL[position.status]} · `}
          <Link to={`/positions/${position.id}`}>查看岗位页面</Link>
          {" · "}
          <Link to={`/enterprise/positions/${position.id}/applicants`}>查看申请人</Link>
          {" · "}
          <Link to="/enterprise/positions">返回岗位列表</Link>
        </p>
        {done && !result ? <p className="notice">{done}</p> : null}
      </section>
      {/* Keyed by the saved values: after a change the forms start again from what is stored. */}
      <PositionEditor key={JSON.stringify(position)} position={position} context={context} result={result} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
