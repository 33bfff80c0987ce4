import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { isoDayOf } from "~/lib/dates";
import type { ErrorBody } from "~/lib/errors.server";
import { DISTRICT_LABEL } from "~/lib/labels";
import { paging, readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { ACTIVITY_LABEL, FIGURES, KIND_LABEL, OTHER, STATE_LABEL, type Filter, type KindName, type StateName, type ActivityKind } from "./figures";
import { partnershipRecords, recordsScope } from "./dashboard.server";
import { RECORDS_PER_PAGE, RecordsQuery } from "./records-query.server";

// /bureau/partnerships/records?figure=<name>&kind=…&state=…&cluster=…&district=…&school=…&page=…:
// exactly the records behind one number of the partnership dashboard (agreements, pairs, schools or
// enterprises). The bureau sees every school's; a school's office its own (recordsScope).

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.label ?? "记录"} · 校企合作概览 · 青城产教通` }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const query = readQuery(request, RecordsQuery);
  const scope = recordsScope(user, query.school);
  if (!query.figure) throw json<ErrorBody>({ message: "请从校企合作概览中点开一个数字查看记录" }, { status: 400 });
  const filter: Filter = { kind: query.kind, state: query.state, cluster: query.cluster, district: query.district, school: query.school };
  const found = await partnershipRecords(scope, query.figure, filter);
  const page = paging(query.page, found.records.list.length, RECORDS_PER_PAGE);
  redirectPastLastPage(request, page);
  const list = found.records.list.slice(page.skip, page.skip + page.take);
  const clusterName = query.cluster === undefined ? null : query.cluster === "none" ? OTHER : found.clusters.find((c) => c.id === query.cluster)?.name ?? null;
  const narrowed = [
    query.kind ? KIND_LABEL[query.kind] : null,
    query.state ? STATE_LABEL[query.state] : null,
    clusterName,
    query.district ? (query.district === "none" ? "未填区县" : DISTRICT_LABEL[query.district]) : null,
  ].filter((x): x is string => x !== null);
  return json({
    figure: query.figure,
    label: FIGURES[query.figure].label,
    meaning: FIGURES[query.figure].meaning,
    narrowed,
    bureau: user.role === "BUREAU_ADMIN",
    value: found.value,
    records: { ...found.records, list } as typeof found.records,
    page,
  });
}

const day = (d: string | null) => (d ? d.slice(0, 10) : "长期");
const activity = (a: { day: string; kind: string } | null) => (a ? `${a.day.slice(0, 10)} ${ACTIVITY_LABEL[a.kind as ActivityKind]}` : "无记录");
const districtName = (d: string | null) => (d ? DISTRICT_LABEL[d] ?? d : "未填区县");

export default function PartnershipRecordsRoute() {
  const data = useLoaderData<typeof loader>();
  const { records } = data;
  return (
    <section className="card">
      <p>
        <Link to={data.bureau ? "/bureau/partnerships" : "/school/partnerships"}>← 校企合作概览</Link>
      </p>
      <h1>{data.label}</h1>
      {data.narrowed.length > 0 ? <p className="muted">{`筛选：${data.narrowed.join(" · ")}`}</p> : null}
      <p>
        <span className="stat" data-testid="figure-value">
          {data.value}
        </span>
        {data.figure === "students" ? ` 人（${data.page.total} 所学校）` : " 条记录"}
      </p>
      <p className="muted">{data.meaning}</p>
      {records.kind === "agreement" ? (
        <ResponsiveList
          label={data.label}
          rows={records.list}
          rowId={(a) => a.id}
          columns={[
            { header: "协议", kind: "title", cell: (a) => <Link to={`/agreements/${a.id}`}>{a.title}</Link> },
            { header: "状态", kind: "status", cell: (a) => STATE_LABEL[a.state as StateName] },
            { header: "双方", kind: "fact", cell: (a) => `${a.school} × ${a.enterprise}` },
            { header: "类型", kind: "fact", cell: (a) => KIND_LABEL[a.kind as KindName] },
            { header: "期限", kind: "minor", cell: (a) => `${isoDayOf(new Date(a.startsOn))} 至 ${day(a.endsOn)}` },
            { header: "最近活动", kind: "minor", cell: (a) => activity(a.lastActivity) },
          ]}
        />
      ) : records.kind === "pair" ? (
        <ResponsiveList
          label={data.label}
          rows={records.list}
          rowId={(p) => `${p.schoolId}-${p.enterpriseId}`}
          columns={[
            { header: "学校", kind: "title", cell: (p) => p.school },
            { header: "企业", kind: "fact", cell: (p) => <Link to={`/enterprises/${p.enterpriseId}`}>{p.enterprise}</Link> },
            { header: "生效协议", kind: "fact", num: true, cell: (p) => p.agreements },
            { header: "最近活动", kind: "minor", cell: (p) => activity(p.lastActivity) },
          ]}
        />
      ) : records.kind === "school" ? (
        <ResponsiveList
          label={data.label}
          rows={records.list}
          rowId={(s) => s.id}
          columns={[
            { header: "学校", kind: "title", cell: (s) => s.name },
            { header: "区县", kind: "fact", cell: (s) => districtName(s.district) },
            { header: "在校生", kind: "fact", num: true, cell: (s) => s.students },
            { header: "协议（各种状态）", kind: "minor", num: true, cell: (s) => s.agreements },
          ]}
        />
      ) : (
        <ResponsiveList
          label={data.label}
          rows={records.list}
          rowId={(e) => e.id}
          columns={[
            { header: "企业", kind: "title", cell: (e) => <Link to={`/enterprises/${e.id}`}>{e.name}</Link> },
            { header: "合作学校", kind: "fact", num: true, cell: (e) => e.schools },
            { header: "生效协议", kind: "fact", num: true, cell: (e) => e.agreements },
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
