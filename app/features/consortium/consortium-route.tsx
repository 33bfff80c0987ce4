import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { Pager } from "~/components/pager";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { consortiumPage, consortiumRecorded, MemberFilters, QUERY_MAX } from "./consortium.server";
import {
  ACTIVITY_KIND_LABEL,
  MEMBER_TYPE_LABEL,
  MEMBER_TYPES,
  MEMBERSHIP_STATUS_LABEL,
  MEMBERSHIP_STATUS_TONE,
} from "./membership-status";

export const meta: MetaFunction = () => [{ title: "产教融合共同体 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  if (!(await consortiumRecorded())) return json({ recorded: false as const });
  const filters = readQuery(request, MemberFilters);
  const page = await consortiumPage(user, filters);
  redirectPastLastPage(request, page.page);
  return json({ recorded: true as const, filters, ...page });
}

export default function ConsortiumRoute() {
  const data = useLoaderData<typeof loader>();
  if (!data.recorded) {
    return (
      <section className="card">
        <h1>产教融合共同体</h1>
        <p className="muted">市教育局尚未在平台上建立产教融合共同体。建立后，成员构成、入会申请和共同体活动会显示在这里。</p>
      </section>
    );
  }
  const d = data;
  const c = d.consortium;
  return (
    <>
      <section className="card">
        <h1>{c.name}</h1>
        <FactList
          facts={[
            { label: "成立日期", value: c.foundedOn },
            { label: "目标", value: c.goalPeople && c.goalYears ? `${c.goalYears} 年留呼 ${c.goalPeople.toLocaleString("zh-CN")} 名产业工人${c.goalUntil ? `（至 ${c.goalUntil}）` : ""}` : null },
            { label: "成员单位", value: `${d.members} 家` },
            { label: "简介", value: c.description },
          ]}
        />
        <ul className="consortium-types" aria-label="成员构成">
          {MEMBER_TYPES.filter((t) => t !== "INDUSTRY_ASSOCIATION" || d.composition[t] > 0).map((t) => (
            <li key={t} data-type={t}>
              <Link to={`/consortium?type=${t}`}>
                <span className="stat" data-testid={`type-${t}`}>
                  {d.composition[t]}
                </span>
                <span className="muted">{MEMBER_TYPE_LABEL[t]}</span>
              </Link>
            </li>
          ))}
        </ul>
        <p>
          {d.mayJoin ? (
            <Link to="/consortium/join" className="button-primary">
              {d.mine === "APPROVED" ? "本单位的成员资格" : "申请加入"}
            </Link>
          ) : null}
          {d.bureau ? (
            <Link to="/consortium/join" className="button-primary">
              审核入会申请
            </Link>
          ) : null}{" "}
          {d.mayRecord ? <Link to="/consortium/activities/new">记录活动</Link> : null}
        </p>
        {d.mine ? (
          <p>
            本单位：<StatusBadge tone={MEMBERSHIP_STATUS_TONE[d.mine]}>{MEMBERSHIP_STATUS_LABEL[d.mine]}</StatusBadge>
          </p>
        ) : null}
      </section>

      <section className="card">
        <h2>成员单位</h2>
        <FilterForm values={d.filters}>
          <SelectFilter name="type" label="类型" options={MEMBER_TYPE_LABEL} value={d.filters.type} />
          {d.bureau ? <SelectFilter name="status" label="状态" options={MEMBERSHIP_STATUS_LABEL} value={d.filters.status} /> : null}
          <div className="field">
            <label htmlFor="filter-q">名称</label>
            <input id="filter-q" name="q" type="search" defaultValue={d.filters.q ?? ""} maxLength={QUERY_MAX} />
          </div>
        </FilterForm>
        <ResponsiveList
          label="成员单位"
          rows={d.rows}
          rowId={(m) => m.id}
          columns={[
            { header: "单位", kind: "title", cell: (m) => m.name },
            { header: "类型", kind: "fact", cell: (m) => MEMBER_TYPE_LABEL[m.type] },
            { header: "状态", kind: "status", cell: (m) => <StatusBadge tone={MEMBERSHIP_STATUS_TONE[m.status]}>{MEMBERSHIP_STATUS_LABEL[m.status]}</StatusBadge> },
            { header: "加入日期", kind: "minor", cell: (m) => m.joinedOn ?? "" },
            ...(d.bureau ? [{ header: "未通过原因", kind: "minor" as const, cell: (m: (typeof d.rows)[number]) => m.declineReason ?? "" }] : []),
          ]}
        />
        {d.rows.length === 0 ? <p className="muted">没有符合条件的单位。</p> : null}
        <Pager page={d.page.page} pages={d.page.pages} total={d.page.total} />
      </section>

      <section className="card">
        <h2>共同体活动</h2>
        <p className="muted">
          {d.bureau ? `共 ${d.activityTotal} 项活动。` : `共 ${d.activityTotal} 项活动；活动详情和参与单位仅对参与单位和教育局可见，下列为本单位参与的 ${d.activities.length} 项。`}
        </p>
        <ResponsiveList
          label="共同体活动"
          rows={d.activities}
          rowId={(a) => a.id}
          columns={[
            { header: "活动", kind: "title", titleIsAction: true, cell: (a) => <Link to={`/consortium/activities/${a.id}`}>{a.title}</Link> },
            { header: "日期", kind: "fact", cell: (a) => a.heldOn },
            { header: "类型", kind: "fact", cell: (a) => ACTIVITY_KIND_LABEL[a.kind] },
            { header: "参与单位", kind: "minor", num: true, cell: (a) => `${a.participants} 家` },
            { header: "人数", kind: "minor", num: true, cell: (a) => (a.peopleCount === null ? "" : `${a.peopleCount} 人`) },
          ]}
        />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
