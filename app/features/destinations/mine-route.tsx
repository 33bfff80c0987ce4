import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { TextAreaInput } from "~/components/form-fields";
import { ErrorList } from "~/components/forms";
import { StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { confirmationTone } from "./describe";
import { AnswerSchema, DISPUTE_NOTE_MIN, NOTE_MAX } from "./destination-schema";
import { answerDestination, myDestination } from "./mine.server";
import { ChangeHistory } from "./change-history";
import { destinationFacts } from "./destination-facts";

// /my/destination: the graduate's own destination as the school recorded it; 本人确认 or 有异议 (with a note).

export const meta: MetaFunction = () => [{ title: "我的毕业去向 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await myDestination(user));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await myDestination(user); // 403 for anyone but a student, before the body is read
  const submission = await readForm(request, AnswerSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await answerDestination(user, submission.value);
  if ("message" in outcome) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  return redirect("/my/destination");
}

export default function MyDestinationRoute() {
  const { graduated, graduationYear, destination: d, history } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "destination-answer",
    lastResult,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: AnswerSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <>
      <section className="card">
        <h1>我的毕业去向</h1>
        {!graduated ? (
          <p className="muted">毕业后，学校登记的毕业去向会显示在这里，由你本人确认。</p>
        ) : !d ? (
          <p className="muted" data-testid="nothing-recorded">{`学校尚未登记你的毕业去向（${graduationYear}届）。如已落实去向，请联系学校。`}</p>
        ) : (
          <>
            <p>
              <StatusBadge tone={confirmationTone(d.confirmation)}>{d.confirmationLabel}</StatusBadge>
              {d.confirmedAt ? <span className="muted">{` ${d.confirmedAt}`}</span> : null}
            </p>
            <FactList
              facts={[...destinationFacts(d), { label: "我的异议", value: d.disputeNote }]}
            />
          </>
        )}
      </section>
      {graduated && d ? (
        <section className="card">
          <h2>{d.confirmation === "CONFIRMED" ? "有变化？" : "请核对"}</h2>
          <p className="muted">记录属实请确认；有不符之处请提出异议并说明，学校会收到通知并核实。学校修改后需你重新确认。</p>
          <Form method="post" {...getFormProps(form)}>
            <input type="hidden" name="version" value={d.version} />
            <TextAreaInput
              label="异议说明（提出异议时必填）"
              meta={fields.note}
              rows={3}
              hint={`${DISPUTE_NOTE_MIN}–${NOTE_MAX} 个字，如：我已离职，现在在某某公司工作`}
            />
            <ErrorList id={form.errorId} errors={form.errors} />
            <div className="actions">
              {d.confirmation !== "CONFIRMED" ? (
                <button type="submit" name="intent" value="confirm" className="button-primary">
                  本人确认
                </button>
              ) : null}
              <button type="submit" name="intent" value="dispute" className="button-danger">
                提出异议
              </button>
            </div>
          </Form>
        </section>
      ) : null}
      {history.length > 0 ? (
        <section className="card">
          <h2>记录变化</h2>
          <ChangeHistory history={history} withWho={false} />
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
