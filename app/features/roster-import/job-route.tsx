import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useRevalidator } from "@remix-run/react";
import { useEffect } from "react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { moment } from "~/lib/dates";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { KIND_LABEL } from "./columns";
import { ConfirmSchema } from "./import-schema";
import { confirmImport, importView } from "./jobs.server";
import { STATUS_LABEL } from "./labels";

export const meta: MetaFunction = () => [{ title: "导入 · 青城产教通" }];

/** Rows of errors shown on the page; all of them are in the error workbook. */
const ERRORS_SHOWN = 500;

export async function loader({ request, params }: LoaderFunctionArgs) {
  const view = await importView(await requireUser(request), idParam(params.importId));
  return json({ ...view, errors: view.errors.slice(0, ERRORS_SHOWN), errorCount: view.errors.length, createdAt: moment(new Date(view.createdAt)) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const importId = idParam(params.importId);
  const view = await importView(user, importId); // 404 before the body is read
  const submission = await readForm(request, ConfirmSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const replace = submission.value.confirm === "yes";
  if (view.counts.replace > 0 && !replace) {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: "confirm" }, { status: 400 });
  }
  const outcome = await confirmImport(user, importId, replace);
  if ("refused" in outcome) return json(submission.reply({ formErrors: [outcome.refused] }), { status: 400 });
  if ("needsConfirmation" in outcome) return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: "confirm" }, { status: 400 });
  return redirect(`/imports/${importId}`);
}

export default function ImportRoute() {
  const job = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const asking = lastResult && "asking" in lastResult ? (lastResult.asking as string) : null;
  const revalidator = useRevalidator();
  const writing = job.status === "WRITING";
  useEffect(() => {
    if (!writing) return;
    const timer = setInterval(() => revalidator.state === "idle" && revalidator.revalidate(), 1000);
    return () => clearInterval(timer);
  }, [writing, revalidator]);
  const c = job.counts;
  return (
    <section className="card import-job">
      <p>
        <Link to="/imports">← 导入记录</Link>
      </p>
      <h1>{`${KIND_LABEL[job.kind]}导入`}</h1>
      <p>
        <span className={`badge import-status-${job.status.toLowerCase()}`}>{STATUS_LABEL[job.status]}</span> {job.fileName} · {`${job.totalRows} 行数据`} · {job.createdAt}
      </p>
      {job.status === "INVALID" ? (
        <>
          <p role="alert">{`文件中有 ${job.errorCount} 处错误，没有写入任何记录。请修改后重新上传。`}</p>
          <p>
            <a href={`/imports/${job.id}/errors.xlsx`} download>
              下载标注错误的工作簿（新增“错误”列）
            </a>
            {" · "}
            <Link to="/imports/new">重新上传</Link>
          </p>
          {job.errorCount > job.errors.length ? <p className="muted">{`页面只列出前 ${job.errors.length} 处，全部错误见工作簿。`}</p> : null}
          <ResponsiveList
            label="错误"
            rows={job.errors}
            rowId={(e) => `${e.row}-${e.column}`}
            columns={[
              { header: "行", kind: "title", cell: (e) => `第 ${e.row} 行`, num: true },
              { header: "列", kind: "fact", cell: (e) => e.column || "—" },
              { header: "错误", kind: "fact", cell: (e) => e.message },
            ]}
          />
        </>
      ) : null}
      {job.status === "PREVIEW" || job.status === "DONE" ? (
        <dl className="import-counts">
          <div>
            <dt>{job.status === "DONE" ? "已新增" : "将新增"}</dt>
            <dd data-count="add">{job.status === "DONE" ? (c.added ?? 0) : c.add}</dd>
          </div>
          <div>
            <dt>{job.status === "DONE" ? "已更新" : "将更新"}</dt>
            <dd data-count="update">{job.status === "DONE" ? (c.updated ?? 0) : c.update}</dd>
          </div>
          <div>
            <dt>{job.status === "DONE" ? "已替换" : "将替换"}</dt>
            <dd data-count="replace">{job.status === "DONE" ? (c.replaced ?? 0) : c.replace}</dd>
          </div>
          <div>
            <dt>无变化</dt>
            <dd data-count="unchanged">{job.status === "DONE" ? (c.unchanged ?? 0) : c.unchanged}</dd>
          </div>
        </dl>
      ) : null}
      {job.status === "PREVIEW" && c.replace > 0 ? (
        <p role="alert">{`有 ${c.replace} 行将替换已有记录（学号属于另一人，或学生已确认或有异议的去向将被改动）。确认前请核对。`}</p>
      ) : null}
      {job.canConfirm ? (
        <Form method="post">
          <ErrorList errors={lastResult && "error" in lastResult ? (lastResult.error?.[""] ?? undefined) : undefined} />
          <ConfirmActions
            asking={asking}
            actions={[
              {
                name: "intent",
                value: "confirm",
                label: "确认导入",
                tone: "primary",
                confirm: c.replace > 0 ? { question: `将替换 ${c.replace} 条已有记录，且不能撤销。确定导入吗？`, button: "确定替换并导入" } : undefined,
              },
            ]}
          />
        </Form>
      ) : null}
      {writing ? (
        <p className="import-progress">
          <progress max={job.totalRows} value={job.processedRows} aria-label="写入进度" />{" "}
          <span>{`正在写入：已处理 ${job.processedRows} / ${job.totalRows} 行`}</span>
        </p>
      ) : null}
      {job.status === "DONE" ? <p>{`导入完成：全部 ${job.totalRows} 行已处理。`}</p> : null}
      {job.status === "FAILED" ? <p role="alert">{job.failure ?? "导入失败，没有写入任何记录"}</p> : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
