import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { InputField, SelectField } from "~/components/form-fields";
import { ErrorList } from "~/components/forms";
import { ResponsiveList } from "~/components/responsive-list";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { todayInHohhot } from "~/lib/dates";
import { readForm } from "~/lib/form.server";
import { currentCohort } from "~/lib/school-year";
import { readQuery } from "~/lib/search-params.server";
import { RecordHoursSchema } from "./mentor-schema";
import { MENTOR_SOURCE_LABEL, mentorPage, recordHours, type MentorRow } from "./mentors.server";
import { MentorsQuery } from "./query.server";

// /mentors: 行业导师 — a school's enterprise mentors (its order classes' and members' 企业师傅, its placements'
// 企业指导教师) and the hours recorded for them in a school year (?year=, the year it starts; default the
// current one). The school's office records hours; the bureau reads every school (?school= narrows to one).

export const meta: MetaFunction = () => [{ title: "行业导师 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const query = readQuery(request, MentorsQuery);
  return json(await mentorPage(user, { school: query.school, year: query.year ?? currentCohort(todayInHohhot()) }));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  assertCan(user, { action: "mentors.record", schoolId: user.organisationId }, "只有学校管理人员可以登记行业导师课时");
  const submission = await readForm(request, RecordHoursSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await recordHours(user, submission.value);
  if (!outcome.recorded) return json(submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), { status: 400 });
  return redirect(`/mentors?year=${submission.value.schoolYear}`);
}

const n = (value: number) => value.toLocaleString("zh-CN");
const schoolYearLabel = (year: number) => `${year}–${year + 1}学年`;

export default function MentorsRoute() {
  const page = useLoaderData<typeof loader>();
  const { scope, year, rows, figures, choices } = page;
  const here = (y: number) => `/mentors?${new URLSearchParams({ ...(scope && page.cityWide ? { school: String(scope.id) } : {}), year: String(y) })}`;
  return (
    <>
      <section className="card">
        {scope && page.cityWide ? (
          <p>
            <Link to={`/mentors?year=${year}`}>← 全市</Link>
          </p>
        ) : null}
        <h1>行业导师{scope ? ` · ${scope.name}` : " · 全市"}</h1>
        <p className="muted">
          企业导师来自订单班、现代学徒制班的企业师傅和岗位实习的企业指导教师。人数按“企业 + 姓名”计，每人一次；只计在该学年登记了课时的导师（质量年报附表6 第17、19行）。
        </p>
        <nav className="mentor-years" aria-label="学年">
          <Link to={here(year - 1)}>← {schoolYearLabel(year - 1)}</Link>
          <strong data-testid="mentor-year">{schoolYearLabel(year)}</strong>
          <Link to={here(year + 1)}>{schoolYearLabel(year + 1)} →</Link>
        </nav>
        <p>
          聘请行业导师 <span className="stat" data-testid="mentor-people">{n(figures.people)}</span> 人，年课时总量{" "}
          <span className="stat" data-testid="mentor-hours">{n(figures.hours)}</span> 课时
        </p>
      </section>
      <section className="card">
        <h2>导师名单（{rows.length} 人次）</h2>
        {rows.length === 0 ? (
          <p className="muted">该学年没有企业导师的记录。</p>
        ) : (
          <ResponsiveList<MentorRow>
            label="行业导师"
            rows={rows}
            rowId={(r) => r.key}
            columns={[
              { header: "导师", kind: "title", cell: (r) => r.mentorName },
              { header: "企业", kind: "fact", cell: (r) => r.enterpriseName },
              ...(scope
                ? []
                : [{ header: "学校", kind: "fact" as const, cell: (r: MentorRow) => (page.cityWide ? <Link to={`/mentors?school=${r.schoolId}&year=${year}`}>{r.schoolName}</Link> : r.schoolName) }]),
              { header: "来源", kind: "minor", cell: (r) => r.sources.map((s) => MENTOR_SOURCE_LABEL[s]).join("、") },
              { header: "课时", kind: "fact", num: true, cell: (r) => (r.hours === null ? "未登记" : `${n(r.hours)} 课时`) },
            ]}
          />
        )}
      </section>
      {choices ? <RecordForm year={year} choices={choices} /> : null}
    </>
  );
}

function RecordForm({ year, choices }: { year: number; choices: NonNullable<ReturnType<typeof useLoaderData<typeof loader>>["choices"]> }) {
  const lastResult = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "mentor-hours",
    lastResult,
    constraint: getZodConstraint(RecordHoursSchema),
    defaultValue: { schoolYear: String(year) },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: RecordHoursSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <h2>登记课时</h2>
      <Form method="post" {...getFormProps(form)} className="mentor-form">
        <SelectField label="企业" meta={fields.enterpriseId} choices={choices.enterprises} />
        <InputField label="导师姓名" meta={fields.mentorName} type="text" />
        <InputField label="学年（起始年份）" meta={fields.schoolYear} type="number" />
        <InputField label="课时" meta={fields.hours} type="number" />
        <SelectField label="订单班 / 学徒制班（可选）" meta={fields.orderClassId} choices={choices.classes} empty="不指定" />
        <SelectField label="岗位实习（可选）" meta={fields.placementId} choices={choices.placements} empty="不指定" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit">登记</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
