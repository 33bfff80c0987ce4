import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { FactList } from "~/components/facts";
import { StatusBadge } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { RegistrationControls } from "~/features/fair-registration";
import { idParam } from "~/lib/errors.server";
import { openFair } from "./fair-page.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.fair.title ?? "招聘会"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await openFair(user, idParam(params.fairId)));
}

const TONE = { DRAFT: "muted", OPEN: "open", RUNNING: "good", CLOSED: "muted", CANCELLED: "bad" } as const;

type WindowFacts = { state: "notYet" | "open" | "closed"; opensAt: string; closesAt: string };
const windowText = (w: WindowFacts) =>
  `${w.opensAt} 至 ${w.closesAt}（${w.state === "open" ? "报名中" : w.state === "notYet" ? "尚未开始" : "已截止"}）`;

export default function FairRoute() {
  const { fair, map, booths, totalHeadcount, controls } = useLoaderData<typeof loader>();
  const base = `/fairs/${fair.id}`;
  const student = controls.student;
  const enterprise = controls.enterprise;
  return (
    <>
      <section className="card">
        <p>
          <Link to="/fairs">← 招聘会</Link>
        </p>
        <h1>{fair.title}</h1>
        <p>
          <StatusBadge tone={TONE[fair.status]}>{fair.statusLabel}</StatusBadge>
        </p>
        {fair.cancelReason ? <p className="notice">{`取消原因：${fair.cancelReason}`}</p> : null}
        <FactList
          facts={[
            { label: "时间", value: fair.when },
            { label: "地点", value: fair.where },
            { label: "主办方", value: fair.organiser },
            { label: "参会学生", value: fair.eligibility },
            { label: "学生报名", value: windowText(fair.studentWindow) },
            { label: "企业报名", value: windowText(fair.enterpriseWindow) },
            { label: "简介", value: fair.description },
          ]}
        />
        {controls.organiser || controls.checkIn || controls.report ? (
          <div className="actions fair-controls">
            {controls.organiser ? (
              <>
                <Link to={`${base}/edit`} className="button-primary">
                  管理招聘会
                </Link>
                <Link to={`${base}/booths`} className="button-secondary">
                  展位管理
                </Link>
              </>
            ) : null}
            {controls.checkIn ? (
              <Link to={`${base}/check-in`} className="button-secondary">
                签到
              </Link>
            ) : null}
            {controls.report ? (
              <Link to={`${base}/report`} className="button-secondary">
                报告
              </Link>
            ) : null}
          </div>
        ) : null}
        {enterprise ? (
          <div className="actions fair-controls">
            {enterprise.booth ? (
              <Link to={`${base}/booth`} className="button-primary">
                {`我的展位（${enterprise.booth}）`}
              </Link>
            ) : enterprise.mayRequest ? (
              <Link to={`${base}/booth`} className="button-primary">
                申请展位
              </Link>
            ) : null}
          </div>
        ) : null}
      </section>
      {student ? <RegistrationControls fairId={fair.id} {...student} /> : null}
      <section className="card">
        <h2>展位图</h2>
        <p className="muted">{`共 ${fair.boothCount} 个展位，已分配 ${map.flat().filter((b) => b.taken).length} 个`}</p>
        <div className="booth-map" role="list" aria-label="展位图">
          {map.map((row) => (
            <div className="booth-row" key={row[0]!.no} role="presentation">
              {row.map((b) => (
                <span key={b.no} role="listitem" className={b.taken ? "booth taken" : "booth free"} title={b.taken ? "已分配" : "空闲"}>
                  {b.label}
                </span>
              ))}
            </div>
          ))}
        </div>
      </section>
      <section className="card">
        <h2>参会企业与岗位</h2>
        <p className="fair-headcount">{`${booths.length} 家企业，共招聘 ${totalHeadcount} 人`}</p>
        {booths.length === 0 ? <p className="muted">还没有企业获得展位。</p> : null}
        <ul className="fair-booths">
          {booths.map((b) => (
            <li key={b.id} className="fair-booth">
              <h3>
                <span className="booth-no">{b.booth}</span> {b.enterprise}
              </h3>
              {b.positions.length === 0 ? (
                <p className="muted">暂未登记岗位</p>
              ) : (
                <ul>
                  {b.positions.map((p) => (
                    <li key={p.id}>
                      <Link to={fair.status === "RUNNING" ? `/positions/${p.id}?fair=${fair.id}` : `/positions/${p.id}`}>{p.title}</Link>
                      {` · ${p.kind} · 招 ${p.headcount} 人`}
                    </li>
                  ))}
                </ul>
              )}
              <p className="muted">{`本展位共招 ${b.headcount} 人`}</p>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
