import { Link } from "@remix-run/react";
import { useMemo, type ReactNode } from "react";
import { moment } from "~/lib/dates";
import { DESTINATION_KINDS, GROUP_LABEL, type DestinationGroup } from "~/lib/destinations";
import { DEFAULT_GOAL_PEOPLE } from "~/lib/retention";
import { ClusterChart, DestinationChart, RetentionChart } from "./report-charts";
import {
  cohortColumns,
  differsFromPublished,
  enrolledIn,
  figuresOf,
  formatRate,
  formatValue,
  isRate,
  reportFileHref,
  reportTitle,
  rowLabel,
  TABLE_TITLE,
} from "./report-layout";
import type { Knowledge, QualityReport, ReportFigure, ReportTable } from "./report-shape";

// The report page's body (issue 14 item 4), for the city and for one school. Each table is laid out like
// the published report (序号/指标/单位/值), every value links to the records behind it, the printed 2023
// figure stands beside the computed one where there is one (a difference is flagged), and every
// destination figure carries the knowledge rate and the student-confirmed share. The charts are pictures
// of numbers the tables beside them already give (readable without JavaScript, on paper, by a screen
// reader). Phone first: the tables scroll sideways in their own box, never the page (app.css, output14).

export function ReportView({ report }: { report: QualityReport }) {
  const title = reportTitle(report);
  const published = report.figures.some((f) => f.published !== undefined);
  return (
    <div className="quality-report">
      <section className="card report-head">
        <h1>{title}</h1>
        <p className="muted">
          {report.scope.schoolId === null ? "全市" : "本校"}
          {report.year}届毕业生、{report.year}—{report.year + 1}学年在校生与教师，由平台记录计算，生成于 {moment(new Date(report.generatedAt))}。
          每个数字都可点开，查看它背后的记录；比率保留两位小数，无从计算的记为“—”；各指标的定义见 docs/metrics.md。
        </p>
        {published ? (
          <p className="report-published-note">
            “公报值”是《2023年呼和浩特市中等职业教育质量年度报告》印发的数字。演示数据把公报的2023届移到当前学年，本页{report.year}
            年度即公报的2023年度；与平台计算值不同的以“≠”标出。
          </p>
        ) : null}
        <KnowledgeFacts knowledge={report.knowledge} />
        <ul className="actions report-files">
          <li>
            <a href={reportFileHref(report, "xlsx")} download data-file="xlsx">
              下载 Excel 工作簿
            </a>
          </li>
          <li>
            <a href={reportFileHref(report, "json")} data-file="json">
              JSON 数据
            </a>
          </li>
        </ul>
      </section>
      <FigureTable report={report} table="附表1" />
      <FigureTable report={report} table="附表3" />
      <Destinations report={report} />
      <FigureTable report={report} table="附表4" />
      <FigureTable report={report} table="附表6" />
      <Clusters report={report} />
      <FigureTable report={report} table="产教融合">
        <Retention report={report} />
      </FigureTable>
    </div>
  );
}

function KnowledgeFacts({ knowledge: k }: { knowledge: Knowledge }) {
  return (
    <dl className="report-knowledge" aria-label="去向可知与学生确认">
      <div>
        <dt>毕业生</dt>
        <dd>{k.graduates}人</dd>
      </div>
      <div>
        <dt>去向已知</dt>
        <dd>
          {k.known}人 · <span data-knowledge="known">{formatRate(k.knownRate)}</span>
        </dd>
      </div>
      <div>
        <dt>学生本人确认</dt>
        <dd>
          {k.confirmed}人 · <span data-knowledge="confirmed">{formatRate(k.confirmedRate)}</span>
        </dd>
      </div>
      <div>
        <dt>学生提出异议</dt>
        <dd>{k.disputed}人</dd>
      </div>
    </dl>
  );
}

const tableId = (table: ReportTable) => `report-${table}`;

/** A table laid out like the report: 序号 / 指标 / 单位 / 值, then 公报值 and the knowledge where they apply. */
function FigureTable({ report, table, children }: { report: QualityReport; table: ReportTable; children?: ReactNode }) {
  const figures = figuresOf(report, table);
  if (figures.length === 0 && !children) return null;
  const withPublished = figures.some((f) => f.published !== undefined);
  const withKnowledge = figures.some((f) => f.knowledge);
  const k = report.knowledge;
  return (
    <section className="card report-section" data-table={table} aria-labelledby={tableId(table)}>
      <h2 id={tableId(table)}>{TABLE_TITLE[table]}</h2>
      {figures.length > 0 ? (
        <div className="table-wrap">
          <table className="report-table" aria-label={TABLE_TITLE[table]}>
            <thead>
              <tr>
                <th scope="col">序号</th>
                <th scope="col">指标</th>
                <th scope="col">单位</th>
                <th scope="col" className="num">
                  值
                </th>
                {withPublished ? (
                  <th scope="col" className="num">
                    公报值
                  </th>
                ) : null}
                {withKnowledge ? <th scope="col">去向已知率 · 学生确认率</th> : null}
              </tr>
            </thead>
            <tbody>
              {figures.map((f, i) => (
                <tr key={f.row} data-figure={`${f.table}.${f.row}`} data-differs={differsFromPublished(f) ? "yes" : undefined}>
                  <td>{rowLabel(f, i)}</td>
                  <th scope="row">{f.label}</th>
                  <td>{f.unit}</td>
                  <td className="num">
                    <FigureValue figure={f} />
                  </td>
                  {withPublished ? (
                    <td className="num" data-cell="published">
                      {f.published === undefined ? (
                        ""
                      ) : (
                        <>
                          {formatValue(f.published, f.unit)}
                          {differsFromPublished(f) ? (
                            <span className="report-differs" title="与公报值不同">
                              {" "}≠<span className="report-sr">与公报值不同</span>
                            </span>
                          ) : null}
                        </>
                      )}
                    </td>
                  ) : null}
                  {withKnowledge ? (
                    <td className="report-knowledge-cell" data-cell="knowledge">
                      {f.knowledge ? `${formatRate(k.knownRate)} · ${formatRate(k.confirmedRate)}` : ""}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {children}
    </section>
  );
}

function FigureValue({ figure: f }: { figure: ReportFigure }) {
  const text = formatValue(f.value, f.unit);
  const value =
    f.value !== null && f.drill ? (
      <Link to={f.drill} data-figure-value aria-label={`${f.label}：${text}${f.unit === "比" ? "" : f.unit}，查看记录`}>
        {text}
      </Link>
    ) : (
      <span data-figure-value>{text}</span>
    );
  return (
    <>
      {value}
      {isRate(f.unit) && f.parts ? (
        <span className="report-parts muted">
          {" "}
          （{f.parts.numerator}/{f.parts.denominator}）
        </span>
      ) : null}
    </>
  );
}

/** The graduates' destinations by kind and group: a chart and its table. */
function Destinations({ report }: { report: QualityReport }) {
  const rows = useMemo(() => {
    const byKind = new Map(DESTINATION_KINDS.map((d) => [d.kind as string, d.group]));
    return report.destinations.map((d) => ({ ...d, group: byKind.get(d.kind) ?? null }));
  }, [report.destinations]);
  const groups = useMemo(() => {
    const totals = new Map<DestinationGroup, number>();
    for (const r of rows) if (r.group) totals.set(r.group, (totals.get(r.group) ?? 0) + r.count);
    return (Object.keys(GROUP_LABEL) as DestinationGroup[]).filter((g) => totals.has(g)).map((g) => ({ name: GROUP_LABEL[g], value: totals.get(g)! }));
  }, [rows]);
  const kinds = useMemo(() => rows.map((r) => ({ name: r.label, value: r.count })), [rows]);
  return (
    <section className="card report-section" data-section="destinations" aria-labelledby="report-destinations">
      <h2 id="report-destinations">毕业去向</h2>
      {rows.length === 0 ? (
        <p className="muted">本年度没有记录毕业去向。</p>
      ) : (
        <>
          <DestinationChart groups={groups} kinds={kinds} />
          <div className="table-wrap">
            <table className="report-table" aria-label="毕业去向（按去向统计）">
              <thead>
                <tr>
                  <th scope="col">去向</th>
                  <th scope="col">类别</th>
                  <th scope="col" className="num">
                    人数
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.kind} data-kind={r.kind}>
                    <th scope="row">{r.label}</th>
                    <td>{r.group ? GROUP_LABEL[r.group] : "—"}</td>
                    <td className="num">{r.count}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                {groups.map((g) => (
                  <tr key={g.name}>
                    <th scope="row">{`${g.name}合计`}</th>
                    <td />
                    <td className="num">{g.value}</td>
                  </tr>
                ))}
              </tfoot>
            </table>
          </div>
        </>
      )}
    </section>
  );
}

/** 表5: per cluster, programs, graduates of the year, enrolled by cohort and in total; the chart stacks the cohorts. */
function Clusters({ report }: { report: QualityReport }) {
  const cohorts = useMemo(() => cohortColumns(report), [report]);
  const bars = useMemo(
    () => ({
      names: report.clusters.map((c) => c.name),
      series: cohorts.map((y) => ({ name: `${y}级`, values: report.clusters.map((c) => enrolledIn(c, y)) })),
    }),
    [report.clusters, cohorts],
  );
  if (report.clusters.length === 0) return null;
  const sum = (pick: (c: QualityReport["clusters"][number]) => number) => report.clusters.reduce((s, c) => s + pick(c), 0);
  return (
    <section className="card report-section" data-table="表5" aria-labelledby={tableId("表5")}>
      <h2 id={tableId("表5")}>{TABLE_TITLE.表5}</h2>
      <ClusterChart bars={bars} />
      <div className="table-wrap">
        <table className="report-table" aria-label={TABLE_TITLE.表5}>
          <thead>
            <tr>
              <th scope="col">产业集群</th>
              <th scope="col" className="num">
                专业个数
              </th>
              <th scope="col" className="num">
                {report.year}年毕业生人数
              </th>
              {cohorts.map((y) => (
                <th key={y} scope="col" className="num">
                  {y}级
                </th>
              ))}
              <th scope="col" className="num">
                在校生合计
              </th>
            </tr>
          </thead>
          <tbody>
            {report.clusters.map((c) => (
              <tr key={c.code} data-cluster={c.code}>
                <th scope="row">{c.name}</th>
                <td className="num">{c.programs}</td>
                <td className="num">{c.graduates}</td>
                {cohorts.map((y) => (
                  <td key={y} className="num">
                    {enrolledIn(c, y)}
                  </td>
                ))}
                <td className="num">{c.enrolled}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr data-cluster="total">
              <th scope="row">合计</th>
              <td className="num">{sum((c) => c.programs)}</td>
              <td className="num">{sum((c) => c.graduates)}</td>
              {cohorts.map((y) => (
                <td key={y} className="num">
                  {sum((c) => enrolledIn(c, y))}
                </td>
              ))}
              <td className="num">{sum((c) => c.enrolled)}</td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}

/** The consortium's retention trajectory (留呼) against its goal (the report's 留呼目标 row; 50,000 by default). */
function Retention({ report }: { report: QualityReport }) {
  const goal = report.figures.find((f) => f.table === "产教融合" && f.row === "retentionGoal")?.value ?? DEFAULT_GOAL_PEOPLE;
  const series = useMemo(
    () => ({
      months: report.retention.map((r) => r.month),
      people: report.retention.map((r) => r.people),
      cumulative: report.retention.map((r) => r.cumulative),
    }),
    [report.retention],
  );
  return (
    <div className="report-retention" data-section="retention">
      <h3>留呼人数（累计，目标 {goal} 人）</h3>
      {report.retention.length === 0 ? (
        <p className="muted">本年度没有留呼记录。</p>
      ) : (
        <>
          <RetentionChart months={series.months} people={series.people} cumulative={series.cumulative} goal={goal} />
          <div className="table-wrap">
            <table className="report-table" aria-label="留呼人数（按月）">
              <thead>
                <tr>
                  <th scope="col">月份</th>
                  <th scope="col" className="num">
                    当月人数
                  </th>
                  <th scope="col" className="num">
                    累计
                  </th>
                </tr>
              </thead>
              <tbody>
                {report.retention.map((r) => (
                  <tr key={r.month}>
                    <th scope="row">{r.month}</th>
                    <td className="num">{r.people}</td>
                    <td className="num">{r.cumulative}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
