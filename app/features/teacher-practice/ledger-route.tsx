import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { LEDGER_STATUS_LABEL } from "~/lib/practice-ledger";
import { LEDGER_TONE, PRACTICE_FORM_LABEL, PRACTICE_STATUS_LABEL, PRACTICE_STATUS_TONE } from "./labels";
import { teacherLedgerPage } from "./ledger.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.teacher.name ?? "教师"}的企业实践台账 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await teacherLedgerPage(user, idParam(params.teacherId)));
}

export default function LedgerRoute() {
  const { teacher, ledger, practice } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>{`${teacher.name}的企业实践台账`}</h1>
        <p className="muted">{teacher.school}</p>
        <p>
          <StatusBadge tone={LEDGER_TONE[ledger.status]}>
            <span data-testid="ledger-status">{LEDGER_STATUS_LABEL[ledger.status]}</span>
          </StatusBadge>
        </p>
        <div className="grid seats">
          <div>
            <div className="stat" data-testid="ledger-days">{ledger.confirmedDays}</div>
            <div className="muted">五年内已确认实践日</div>
          </div>
          <div>
            <div className="stat">{ledger.requiredDays}</div>
            <div className="muted">应达（6个月）</div>
          </div>
          <div>
            <div className="stat" data-testid="ledger-kept">{ledger.daysKeptIn12Months}</div>
            <div className="muted">12个月后仍在期内</div>
          </div>
        </div>
        <FactList
          facts={[
            { label: "统计期", value: `${ledger.windowStart} 至 ${ledger.today}` },
            { label: "专业课教师", value: ledger.specialist ? "是" : "否" },
            { label: "入职日期", value: ledger.hiredOn },
            { label: "入职前企业经历", value: ledger.enterpriseExperience ? "有" : "无" },
          ]}
        />
        {ledger.status === "warning" ? <p className="notice">按现有记录，12个月后五年内累计将不足 180 天，请尽早安排企业实践。</p> : null}
        {ledger.newWithoutExperience ? <p className="notice">新进专业课教师，入职前无企业工作经历，尚无企业确认的实践日。</p> : null}
      </section>
      <section className="card">
        <h2>企业实践记录</h2>
        <ResponsiveList
          label="企业实践记录"
          rows={practice}
          rowId={(p) => p.id}
          columns={[
            { header: "接收单位", kind: "title", titleIsAction: true, cell: (p) => <Link to={`/teacher-practice/${p.id}`}>{p.host}</Link> },
            { header: "状态", kind: "status", cell: (p) => <StatusBadge tone={PRACTICE_STATUS_TONE[p.status]}>{PRACTICE_STATUS_LABEL[p.status]}</StatusBadge> },
            { header: "实践期", kind: "fact", cell: (p) => `${p.startsOn} 至 ${p.endsOn}` },
            { header: "已确认", kind: "fact", num: true, cell: (p) => `${p.confirmedDays} 天（期内 ${p.inWindow} 天）` },
            { header: "形式", kind: "minor", cell: (p) => PRACTICE_FORM_LABEL[p.form] },
          ]}
        />
        {practice.length === 0 ? <p className="muted">还没有企业实践记录。</p> : null}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
