import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { moment } from "~/lib/dates";
import { idParam, type ErrorBody } from "~/lib/errors.server";
import { BOOTH_STATUS_LABEL, type FairBoothStatus } from "~/lib/fairs";
import { Pager } from "~/components/pager";
import { paging, readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { RECORDS_PER_PAGE, RecordsQuery } from "./records-query.server";
import { APPLICATION_STATUS_LABEL, LEAD_STATUS_LABEL, type StudentFilter } from "./figures";
import { figureRecords } from "./report.server";

// /fairs/:fairId/report/records?figure=<name>&school=…&program=…&cluster=…: exactly the records behind
// one number of the report (students, booths, positions, applications or leads). school, program and
// cluster (an id, or "none" for 其他) narrow the student figures, as the breakdown tables link them.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.label ?? "记录"} · 招聘会报告 · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const fairId = idParam(params.fairId);
  const query = readQuery(request, RecordsQuery);
  const filter: StudentFilter = { school: query.school, program: query.program, cluster: query.cluster };
  if (!query.figure) {
    await figureRecords(user, fairId, "studentsRegistered", {}); // 404 first for a fair the user may not know
    throw json<ErrorBody>({ message: "请从招聘会报告中点开一个数字查看记录" }, { status: 400 });
  }
  const found = await figureRecords(user, fairId, query.figure, filter);
  const page = paging(query.page, found.rows.list.length, RECORDS_PER_PAGE);
  redirectPastLastPage(request, page);
  const list = found.rows.list.slice(page.skip, page.skip + page.take);
  return json({ ...found, rows: { ...found.rows, list } as typeof found.rows, page });
}

const time = (d: string | null) => (d ? moment(new Date(d)) : "—");

export default function FigureRecordsRoute() {
  const data = useLoaderData<typeof loader>();
  const { fair, rows } = data;
  return (
    <section className="card">
      <p>
        <Link to={`/fairs/${fair.id}/report`}>← 招聘会报告</Link>
      </p>
      <h1>{data.label}</h1>
      <p className="muted">{fair.title}</p>
      <p>
        <span className="stat" data-testid="figure-value">
          {data.value}
        </span>
        {data.figure === "headcountOffered" ? ` 人（${data.page.total} 个岗位招聘人数之和）` : ` 条记录`}
      </p>
      <p className="muted">{data.meaning}</p>
      {rows.kind === "booth" ? (
        <ResponsiveList
          label={data.label}
          rows={rows.list}
          rowId={(b) => b.id}
          columns={[
            { header: "企业", kind: "title", cell: (b) => <Link to={`/enterprises/${b.enterpriseId}`}>{b.enterprise}</Link> },
            { header: "状态", kind: "status", cell: (b) => BOOTH_STATUS_LABEL[b.status as FairBoothStatus] },
            { header: "展位号", kind: "fact", cell: (b) => (b.boothNo === null ? "未分配" : `${b.boothNo}号`) },
            { header: "到场", kind: "fact", cell: (b) => (b.arrivedAt ? `到场 ${time(b.arrivedAt)}` : b.leads > 0 ? "记录过意向" : "未到场") },
            { header: "岗位", kind: "minor", num: true, cell: (b) => b.positions.length },
          ]}
        />
      ) : rows.kind === "position" ? (
        <ResponsiveList
          label={data.label}
          rows={rows.list}
          rowId={(p) => p.id}
          columns={[
            { header: "岗位", kind: "title", cell: (p) => <Link to={`/positions/${p.id}`}>{p.title}</Link> },
            { header: "企业", kind: "fact", cell: (p) => p.enterprise },
            { header: "招聘人数", kind: "fact", num: true, cell: (p) => `${p.headcount}人` },
          ]}
        />
      ) : rows.kind === "student" ? (
        <ResponsiveList
          label={data.label}
          rows={rows.list}
          rowId={(r) => r.id}
          columns={[
            { header: "学生", kind: "title", cell: (r) => r.student },
            { header: "学校", kind: "fact", cell: (r) => r.school },
            { header: "专业", kind: "fact", cell: (r) => `${r.program} · ${r.cluster}` },
            { header: "学号", kind: "minor", cell: (r) => r.studentNumber ?? "—" },
            { header: "签到", kind: "minor", cell: (r) => time(r.checkedInAt) },
          ]}
        />
      ) : rows.kind === "application" ? (
        <ResponsiveList
          label={data.label}
          rows={rows.list}
          rowId={(a) => a.id}
          columns={[
            { header: "学生", kind: "title", cell: (a) => a.student },
            { header: "状态", kind: "status", cell: (a) => APPLICATION_STATUS_LABEL[a.status as keyof typeof APPLICATION_STATUS_LABEL] },
            { header: "岗位", kind: "fact", cell: (a) => `${a.position} · ${a.enterprise}` },
            { header: "学校", kind: "minor", cell: (a) => a.school },
            { header: "投递", kind: "minor", cell: (a) => time(a.createdAt) },
            { header: "拟录用", kind: "minor", cell: (a) => time(a.offeredAt) },
            { header: "接受录用", kind: "minor", cell: (a) => time(a.acceptedAt) },
          ]}
        />
      ) : (
        <ResponsiveList
          label={data.label}
          rows={rows.list}
          rowId={(l) => l.id}
          columns={[
            { header: "学生", kind: "title", cell: (l) => l.student },
            { header: "状态", kind: "status", cell: (l) => LEAD_STATUS_LABEL[l.status] ?? l.status },
            { header: "企业", kind: "fact", cell: (l) => l.enterprise },
            { header: "学校", kind: "minor", cell: (l) => l.school },
            { header: "记录时间", kind: "minor", cell: (l) => time(l.createdAt) },
          ]}
        />
      )}
      <Pager page={data.page.page} pages={data.page.pages} total={data.page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
