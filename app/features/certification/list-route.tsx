import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { CertificationFilters, listCertifications } from "./certifications.server";
import { LEVEL_LABEL, STATE_LABEL, stateTone } from "./levels";

export const meta: MetaFunction = () => [{ title: "双师型教师认定 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, CertificationFilters);
  const list = await listCertifications(user, filters);
  redirectPastLastPage(request, list.page);
  return json({ filters, ...list });
}

const LEVELS = { JUNIOR: LEVEL_LABEL.JUNIOR, INTERMEDIATE: LEVEL_LABEL.INTERMEDIATE, SENIOR: LEVEL_LABEL.SENIOR };
const EXPIRING = [
  { value: 30, label: "30 天内到期" },
  { value: 90, label: "90 天内到期" },
  { value: 180, label: "180 天内到期（可续期）" },
  { value: 365, label: "一年内到期" },
];

export default function CertificationsRoute() {
  const { filters, certifications, page, canSubmit, schools, figures } = useLoaderData<typeof loader>();
  const expiring = EXPIRING.some((e) => e.value === filters.expiring) || filters.expiring === undefined
    ? EXPIRING
    : [...EXPIRING, { value: filters.expiring, label: `${filters.expiring} 天内到期` }];
  return (
    <>
      <section className="card">
        <h1>双师型教师认定</h1>
        <p className="muted">学校提交本校教师及佐证材料，市教育局认定等级并给出有效期；有效期最后一天仍有效，次日起为已过期。</p>
        {canSubmit ? (
          <p>
            <Link to="/certifications/new" className="button-secondary">
              提交认定申请
            </Link>
          </p>
        ) : null}
        <div className="cert-ratio" data-testid="dual-teacher-ratio">
          <strong>{`双师素质专任教师比例 ${figures.total.ratio}%`}</strong>
          <span className="muted">{`（${figures.total.certified} ÷ ${figures.total.fullTime} 名专任教师；初级 ${figures.total.JUNIOR} · 中级 ${figures.total.INTERMEDIATE} · 高级 ${figures.total.SENIOR}）`}</span>
        </div>
      </section>
      <section className="card">
        <h2>认定申请与证书</h2>
        <FilterForm values={filters}>
          <SelectFilter name="state" label="状态" options={STATE_LABEL} value={filters.state} />
          <SelectFilter name="level" label="等级" options={LEVELS} value={filters.level} />
          {schools.length > 0 ? <SelectFilter name="school" label="学校" options={schools} value={filters.school} /> : null}
          <SelectFilter name="expiring" label="到期" options={expiring} value={filters.expiring} />
        </FilterForm>
        <ResponsiveList
          label="双师型教师认定"
          rows={certifications}
          rowId={(c) => c.id}
          columns={[
            { header: "教师", kind: "title", titleIsAction: true, cell: (c) => <Link to={`/certifications/${c.id}`}>{c.teacher}</Link> },
            { header: "状态", kind: "status", cell: (c) => <StatusBadge tone={stateTone(c.state)}>{c.stateLabel}</StatusBadge> },
            { header: "等级", kind: "fact", cell: (c) => `${c.level}${c.renewal ? "（续期）" : ""}` },
            { header: "学校", kind: "minor", cell: (c) => c.school },
            { header: "有效期", kind: "fact", cell: (c) => c.validity ?? "—" },
            { header: "提交日期", kind: "minor", cell: (c) => c.submittedOn },
          ]}
        />
        {certifications.length === 0 ? <p className="muted">没有符合条件的认定记录。</p> : null}
        <Pager page={page.page} pages={page.pages} total={page.total} />
      </section>
      <section className="card">
        <h2>各校双师型教师（专任教师，按有效等级）</h2>
        <ResponsiveList
          label="各校双师型教师"
          rows={figures.schools}
          rowId={(s) => s.schoolId}
          columns={[
            { header: "学校", kind: "title", cell: (s) => s.school },
            { header: "比例", kind: "status", cell: (s) => `${s.ratio}%` },
            { header: "专任教师", kind: "fact", cell: (s) => `${s.fullTime} 人` },
            { header: "双师型", kind: "fact", cell: (s) => `${s.certified} 人（初级 ${s.JUNIOR} · 中级 ${s.INTERMEDIATE} · 高级 ${s.SENIOR}）` },
          ]}
        />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
