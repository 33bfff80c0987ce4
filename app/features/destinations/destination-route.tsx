import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import type { z } from "zod";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { InputField, SelectField, TextAreaInput } from "~/components/form-fields";
import { ErrorList } from "~/components/forms";
import { StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { DESTINATION_KINDS, GROUP_LABEL, PROVINCE_NAMES, SECTOR_LABEL, SIZE_LABEL } from "~/lib/destinations";
import { idParam } from "~/lib/errors.server";
import { readForm } from "~/lib/form.server";
import { parseId } from "~/lib/ids";
import { confirmationTone } from "./describe";
import { DestinationFormSchema, PROPOSAL_SOURCES, SECTORS, SIZES, type ProposalSource } from "./destination-schema";
import { assertRecordable, openDestination, saveDestination } from "./destinations.server";
import { ChangeHistory } from "./change-history";
import { destinationFacts } from "./destination-facts";

// /destinations/:studentId: one graduate's destination, the school's form to record or change it (its own
// graduates only), and the audit. ?proposal=KEPT_ON-12 starts the form from a proposal to adjust and accept.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.student.name ?? "毕业去向"} · 毕业去向 · 青城产教通` }];

function proposalParam(request: Request): { source: ProposalSource; sourceId: number } | null {
  const match = /^([A-Z_]+)-(\d+)$/.exec(new URL(request.url).searchParams.get("proposal") ?? "");
  const source = PROPOSAL_SOURCES.find((s) => s === match?.[1]);
  const sourceId = parseId(match?.[2]);
  return source && sourceId ? { source, sourceId } : null;
}

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await openDestination(user, idParam(params.studentId), proposalParam(request)));
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const studentId = idParam(params.studentId);
  await assertRecordable(user, studentId);
  const submission = await readForm(request, DestinationFormSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await saveDestination(user, studentId, submission.value);
  if ("message" in outcome) {
    const reply = outcome.field ? { fieldErrors: { [outcome.field]: [outcome.message] } } : { formErrors: [outcome.message] };
    return json({ ...submission.reply(reply), asking: outcome.asking ? "save" : null }, { status: 400 });
  }
  return redirect(`/destinations/${studentId}`);
}

const KIND_GROUPS = (["STUDY", "EMPLOYED", "UNPLACED"] as const).map((group) => ({
  label: GROUP_LABEL[group],
  choices: DESTINATION_KINDS.filter((d) => d.group === group).map((d) => ({ value: d.kind, label: d.label })),
}));
const PROVINCES = PROVINCE_NAMES.map((p) => ({ value: p, label: p }));
const SIZE_CHOICES = SIZES.map((s) => ({ value: s, label: SIZE_LABEL[s] }));
const SECTOR_CHOICES = SECTORS.map((s) => ({ value: s, label: SECTOR_LABEL[s] }));
const YES_NO = [
  { value: "yes", label: "是" },
  { value: "no", label: "否" },
];

export default function DestinationRoute() {
  const { student, destination: d, history, canWrite, adjusting, form: start } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm<z.input<typeof DestinationFormSchema>>({
    id: "destination-form",
    lastResult,
    constraint: getZodConstraint(DestinationFormSchema),
    defaultValue: start,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: DestinationFormSchema }),
    shouldRevalidate: "onBlur",
  });
  const asking = lastResult && "asking" in lastResult ? (lastResult.asking as string | null) : null;
  return (
    <>
      <section className="card">
        <p>
          <Link to={`/destinations?year=${student.graduationYear}`}>← 毕业去向</Link>
        </p>
        <h1>{`${student.name} · 毕业去向`}</h1>
        <p className="muted">{`${student.school} · ${student.program} · 学号 ${student.studentNumber ?? "—"} · ${student.graduationYear}届`}</p>
        {!student.graduated ? <p className="muted">该学生尚未毕业，毕业后才能登记去向。</p> : null}
        {d ? (
          <>
            <p>
              <StatusBadge tone={confirmationTone(d.confirmation)}>{d.confirmationLabel}</StatusBadge>
              {d.confirmedAt ? <span className="muted">{` ${d.confirmedAt}`}</span> : null}
            </p>
            {d.disputeNote ? (
              <p className="destination-dispute" data-testid="dispute-note">{`本人异议：${d.disputeNote}`}</p>
            ) : null}
            <FactList
              facts={destinationFacts(d, d.employerName ? `${d.employerName}${d.linked ? "（平台单位）" : ""}` : null)}
            />
          </>
        ) : student.graduated ? (
          <p className="muted">尚未登记毕业去向。</p>
        ) : null}
      </section>
      {canWrite ? (
        <section className="card">
          <h2>{adjusting ? "调整后采纳建议" : d ? "修改毕业去向" : "登记毕业去向"}</h2>
          {adjusting ? <p className="muted">{`建议依据：${adjusting.basis}`}</p> : null}
          {d ? <p className="muted">修改后需毕业生本人重新确认。</p> : null}
          <Form method="post" {...getFormProps(form)}>
            {adjusting ? (
              <>
                <input {...getInputProps(fields.source, { type: "hidden" })} />
                <input {...getInputProps(fields.sourceId, { type: "hidden" })} />
              </>
            ) : null}
            <SelectField label="去向" meta={fields.kind} groups={KIND_GROUPS} />
            <InputField label="单位名称（升学填录取学校；待就业不填）" meta={fields.employerName} type="text" />
            <SelectField label="单位所在省" meta={fields.employerProvince} choices={PROVINCES} />
            <InputField label="单位所在市" meta={fields.employerCity} type="text" hint="如 呼和浩特市、包头市" />
            <SelectField label="单位规模（就业）" meta={fields.employerSize} choices={SIZE_CHOICES} />
            <SelectField label="所属产业（就业）" meta={fields.sector} choices={SECTOR_CHOICES} />
            <InputField label="月收入（元/月，就业）" meta={fields.monthlyIncome} type="number" />
            <SelectField label="三年内晋升（就业）" meta={fields.promoted} choices={YES_NO} empty="未填写" />
            <InputField label="入职日期（就业）" meta={fields.employedOn} type="date" />
            <TextAreaInput label="说明（可选，记入修改记录）" meta={fields.note} rows={2} />
            <ErrorList id={form.errorId} errors={form.errors} />
            <ConfirmActions
              asking={asking}
              actions={[
                {
                  name: "intent",
                  value: "save",
                  label: adjusting ? "采纳" : "保存",
                  tone: "primary",
                  confirm: adjusting && d ? { question: "该毕业生已有登记的去向，采纳后将替换，确定吗？", button: "确定替换" } : undefined,
                },
              ]}
            />
          </Form>
        </section>
      ) : null}
      <section className="card">
        <h2>修改记录</h2>
        {history.length === 0 ? <p className="muted">暂无记录。</p> : null}
        <ChangeHistory history={history} withWho={true} />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
