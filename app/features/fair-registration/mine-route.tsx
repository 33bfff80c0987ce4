import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { FAIR_STATUS_LABEL } from "~/lib/fairs";
import { readForm } from "~/lib/form.server";
import { LEAD_STATUS_LABEL } from "./lead-status";
import { confirmLead, dismissLead } from "./leads.server";
import { myFairs } from "./mine.server";
import { LeadActionSchema } from "./registration-schema";
import { fairStudent } from "./registration.server";

// 我的招聘会 (students): registrations with their 入场码 and the leads booths recorded, each confirmed
// into an application or dismissed here.

export const meta: MetaFunction = () => [{ title: "我的招聘会 · 青城产教通" }];

const NOTICES = { confirmed: "已转为投递，可在「我的申请」中查看。", dismissed: "已忽略该意向。" } as const;

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const key = new URL(request.url).searchParams.get("notice");
  const notice = key === "confirmed" || key === "dismissed" ? NOTICES[key] : null;
  return json({ notice, ...(await myFairs(user)) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await fairStudent(user); // refuse non-students before reading the body
  const submission = await readForm(request, LeadActionSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const form = submission.value;
  if (form.intent === "dismiss" && form.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: form.leadId }, { status: 400 });
  }
  const outcome =
    form.intent === "confirm"
      ? await confirmLead(user, form.leadId, { positionId: form.positionId, note: form.note })
      : await dismissLead(user, form.leadId);
  if (!outcome.done) return json(submission.reply({ formErrors: [outcome.message] }), { status: 400 });
  return redirect(`/fairs/mine?notice=${form.intent === "confirm" ? "confirmed" : "dismissed"}#lead-${form.leadId}`);
}

type Data = ReturnType<typeof useLoaderData<typeof loader>>;
type Registration = Data["upcoming"][number];
type Lead = Data["leads"][number];

const days = (r: Registration) => (r.days.first === r.days.last ? r.days.first : `${r.days.first} 至 ${r.days.last}`);

function registrationColumns(withPass: boolean) {
  return [
    { header: "招聘会", kind: "title" as const, cell: (r: Registration) => <Link to={`/fairs/${r.fairId}`}>{r.title}</Link> },
    {
      header: "状态",
      kind: "status" as const,
      cell: (r: Registration) =>
        r.cancelled ? (
          <StatusBadge tone="bad">已取消报名</StatusBadge>
        ) : r.checkedIn ? (
          <StatusBadge tone="good">已签到</StatusBadge>
        ) : (
          <StatusBadge tone="open">{r.status === "CANCELLED" ? "招聘会已取消" : `已报名 · ${FAIR_STATUS_LABEL[r.status]}`}</StatusBadge>
        ),
    },
    { header: "日期", kind: "fact" as const, cell: (r: Registration) => days(r) },
    { header: "地点", kind: "minor" as const, cell: (r: Registration) => r.place },
    {
      header: "操作",
      kind: "action" as const,
      cell: (r: Registration) =>
        withPass && !r.cancelled ? <Link to={`/fairs/${r.fairId}/pass`}>入场码</Link> : <Link to={`/fairs/${r.fairId}`}>查看招聘会</Link>,
    },
  ];
}

export default function MineRoute() {
  const { notice, upcoming, past, leads } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = Object.values(result?.error ?? {}).flatMap((e) => e ?? []);
  const asking = result && "asking" in result ? (result.asking as number) : null;
  return (
    <>
      <section className="card">
        <h1>我的招聘会</h1>
        {notice ? (
          <p className="notice" role="status">
            {notice}
          </p>
        ) : null}
        <ErrorList errors={errors} />
        <h2>即将参加</h2>
        {upcoming.length === 0 ? (
          <p className="muted">
            没有即将参加的招聘会。去<Link to="/fairs">招聘会</Link>看看。
          </p>
        ) : (
          <ResponsiveList label="即将参加的招聘会" rows={upcoming} rowId={(r) => r.id} columns={registrationColumns(true)} />
        )}
        {past.length > 0 ? (
          <>
            <h2>已结束</h2>
            <ResponsiveList label="已结束的招聘会" rows={past} rowId={(r) => r.id} columns={registrationColumns(false)} />
          </>
        ) : null}
      </section>
      <section className="card fair-leads" id="leads">
        <h2>展位意向</h2>
        <p className="muted">企业在招聘会展位扫了你的入场码。确认后即转为正式申请，企业会在「申请人」中看到你的简历。</p>
        {leads.length === 0 ? <p className="muted">还没有展位意向。</p> : null}
        {leads.map((lead) => (
          <LeadCard key={lead.id} lead={lead} asking={asking === lead.id} />
        ))}
      </section>
    </>
  );
}

function LeadCard({ lead, asking }: { lead: Lead; asking: boolean }) {
  return (
    <article className="card" id={`lead-${lead.id}`} data-lead-id={lead.id}>
      <h3>
        {lead.enterprise} <StatusBadge tone={lead.status === "PENDING" ? "open" : lead.status === "CONFIRMED" ? "good" : "muted"}>{LEAD_STATUS_LABEL[lead.status]}</StatusBadge>
      </h3>
      <p>
        已在招聘会上投递 · <Link to={`/fairs/${lead.fairId}`}>{lead.fairTitle}</Link>
        {lead.booth ? ` · 展位 ${lead.booth}` : null}
      </p>
      {lead.position ? (
        <p>
          岗位：<Link to={`/positions/${lead.position.id}`}>{lead.position.title}</Link>
        </p>
      ) : null}
      {lead.status === "CONFIRMED" && lead.applicationId !== null ? (
        <p>
          <Link to={`/applications#application-${lead.applicationId}`}>查看申请</Link>
        </p>
      ) : null}
      {lead.status === "PENDING" ? (
        <>
          <Form method="post" action="/fairs/mine">
            <input type="hidden" name="leadId" value={lead.id} />
            {lead.position ? null : lead.choices.length > 0 ? (
              <fieldset className="lead-positions">
                <legend>选择要投递的岗位</legend>
                {lead.choices.map((p) => (
                  <label key={p.id}>
                    <input type="radio" name="positionId" value={p.id} required /> {p.title}
                  </label>
                ))}
              </fieldset>
            ) : (
              <p className="muted">该展位没有可投递的岗位。</p>
            )}
            {lead.position || lead.choices.length > 0 ? (
              <button type="submit" name="intent" value="confirm" className="button-primary">
                确认投递
              </button>
            ) : null}
          </Form>
          <Form method="post" action="/fairs/mine">
            <input type="hidden" name="leadId" value={lead.id} />
            <ConfirmActions
              asking={asking ? "dismiss" : null}
              actions={[
                {
                  name: "intent",
                  value: "dismiss",
                  label: "忽略",
                  tone: "secondary",
                  confirm: { question: "忽略这条意向？忽略后不能再确认，但仍可在岗位页直接申请。", button: "确认忽略" },
                },
              ]}
            />
          </Form>
        </>
      ) : null}
    </article>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
