import { Form } from "@remix-run/react";
import { ErrorList } from "~/components/forms";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import type { trackingOf } from "./tracking.server";
import { PAY_MAX, REPORT_LIMITS } from "./tracking-schema";
import { REVIEW_WITHIN_DAYS, SCHOOL_GRADES, payFloor } from "./tracking-rules";

// The sections of a placement's tracking page, each with the forms of the side it belongs to: the host
// (pay, attendance, evaluation, 留用), the student (reports, confirming pay), the school (review, grade).
// Everyone who may read the placement sees the records; a form shows only to whom it belongs.

type Tracking = Awaited<ReturnType<typeof trackingOf>>;

function Errors({ intent, errorIntent, errors }: { intent: string; errorIntent: string | null; errors: string[] }) {
  return errorIntent === intent ? <ErrorList errors={errors} /> : null;
}

export function TrackingSections({
  data,
  errors,
  errorIntent,
}: {
  data: Tracking;
  errors: string[];
  errorIntent: string | null;
}) {
  const { placement: p, acts } = data;
  const active = p.status === "ACTIVE";
  const ended = p.status === "ACTIVE" || p.status === "COMPLETED";
  const e = (intent: string) => <Errors intent={intent} errorIntent={errorIntent} errors={errors} />;
  return (
    <>
      {errorIntent === null ? <ErrorList errors={errors} /> : null}

      <section id="pay" aria-labelledby="pay-h">
        <h2 id="pay-h">实习报酬</h2>
        <p className="muted">
          {p.regularWage !== null
            ? `同岗位工资 ${p.regularWage} 元/月，实习报酬不得低于 ${payFloor(p.regularWage)} 元（80%）。`
            : "未登记同岗位工资。"}
        </p>
        {data.missingPay.map((m) => (
          <p key={m.month} className="warning" role="status">{`${m.month} 的报酬应在 ${m.dueOn} 前发放，尚无记录`}</p>
        ))}
        <ResponsiveList
          label="实习报酬"
          rows={data.pay}
          rowId={(r) => r.id}
          columns={[
            { header: "月份", kind: "title", cell: (r) => r.month },
            {
              header: "状态",
              kind: "status",
              cell: (r) =>
                r.belowFloor ? (
                  <StatusBadge tone="bad">低于80%</StatusBadge>
                ) : r.confirmedAt ? (
                  <StatusBadge tone="good">学生已确认</StatusBadge>
                ) : (
                  <StatusBadge tone="open">待学生确认</StatusBadge>
                ),
            },
            { header: "金额", kind: "fact", num: true, cell: (r) => `${r.amount} 元 · ${r.paidOn} 发放` },
            {
              header: "操作",
              kind: "action",
              cell: (r) =>
                acts.student && !r.confirmedAt ? (
                  <Form method="post">
                    <input type="hidden" name="recordId" value={r.id} />
                    <button type="submit" name="intent" value="confirmPay">
                      确认已收到
                    </button>
                  </Form>
                ) : null,
            },
          ]}
        />
        {data.pay.length === 0 ? <p className="muted">还没有报酬记录。</p> : null}
        {e("confirmPay")}
        {acts.host && ended ? (
          <Form method="post" className="stack">
            <h3>登记一个月的报酬</h3>
            <div className="field">
              <label htmlFor="pay-month">月份</label>
              <input id="pay-month" name="month" type="month" required min={p.startsOn.slice(0, 7)} max={p.endsOn.slice(0, 7)} />
            </div>
            <div className="field">
              <label htmlFor="pay-amount">实发金额（元）</label>
              <input id="pay-amount" name="amount" type="number" inputMode="numeric" required min={0} max={PAY_MAX} step={1} />
            </div>
            <div className="field">
              <label htmlFor="pay-paidOn">发放日期</label>
              <input id="pay-paidOn" name="paidOn" type="date" required max={data.today} />
            </div>
            {e("pay")}
            <button type="submit" name="intent" value="pay">
              登记报酬
            </button>
          </Form>
        ) : null}
      </section>

      <section id="reports" aria-labelledby="reports-h">
        <h2 id="reports-h">实习周报</h2>
        <p className="muted">{`指导教师在提交后 ${REVIEW_WITHIN_DAYS} 天内批阅。`}</p>
        {acts.student && active ? (
          <Form method="post" className="stack">
            <div className="field">
              <label htmlFor="report-week">周一日期</label>
              <input id="report-week" name="weekStart" type="date" required defaultValue={data.thisWeek} max={data.thisWeek} />
            </div>
            <div className="field">
              <label htmlFor="report-body">本周内容</label>
              <textarea
                id="report-body"
                name="body"
                rows={5}
                required
                minLength={REPORT_LIMITS.min}
                maxLength={REPORT_LIMITS.max}
              />
            </div>
            {e("report")}
            <button type="submit" name="intent" value="report">
              提交周报
            </button>
          </Form>
        ) : null}
        {data.reports.length === 0 ? <p className="muted">还没有周报。</p> : null}
        {data.reports.map((r) => (
          <article key={r.id} className="card" data-row-id={r.id} id={`report-${r.id}`}>
            <h3>
              {`${r.weekStart} 这一周 `}
              {r.reviewedAt ? (
                <StatusBadge tone="good">已批阅</StatusBadge>
              ) : r.overdue ? (
                <StatusBadge tone="bad">逾期未批阅</StatusBadge>
              ) : (
                <StatusBadge tone="open">待批阅</StatusBadge>
              )}
            </h3>
            <p className="prewrap">{r.body}</p>
            <p className="muted">{`提交于 ${r.filedAt}${r.reviewedAt ? ` · 批阅于 ${r.reviewedAt}` : ""}`}</p>
            {r.reviewNote ? <p>{`批阅意见：${r.reviewNote}`}</p> : null}
            {acts.review && !r.reviewedAt ? (
              <Form method="post" className="stack">
                <input type="hidden" name="reportId" value={r.id} />
                <div className="field">
                  <label htmlFor={`note-${r.id}`}>批阅意见（可不填）</label>
                  <textarea id={`note-${r.id}`} name="note" rows={2} maxLength={500} />
                </div>
                <button type="submit" name="intent" value="review">
                  批阅
                </button>
              </Form>
            ) : null}
          </article>
        ))}
        {e("review")}
      </section>

      <section id="attendance" aria-labelledby="attendance-h">
        <h2 id="attendance-h">出勤确认</h2>
        <p className="muted">由企业指导教师按周确认出勤天数（不使用定位打卡）。</p>
        <ResponsiveList
          label="出勤确认"
          rows={data.attendance}
          rowId={(a) => a.id}
          columns={[
            { header: "周", kind: "title", cell: (a) => `${a.weekStart} 这一周` },
            { header: "出勤", kind: "fact", num: true, cell: (a) => `${a.daysPresent} 天` },
          ]}
        />
        {data.attendance.length === 0 ? <p className="muted">还没有出勤确认。</p> : null}
        {acts.host && active ? (
          <Form method="post" className="stack">
            <div className="field">
              <label htmlFor="att-week">周一日期</label>
              <input id="att-week" name="weekStart" type="date" required defaultValue={data.thisWeek} max={data.thisWeek} />
            </div>
            <div className="field">
              <label htmlFor="att-days">出勤天数（0–7）</label>
              <input id="att-days" name="daysPresent" type="number" inputMode="numeric" required min={0} max={7} step={1} />
            </div>
            {e("attendance")}
            <button type="submit" name="intent" value="attendance">
              确认出勤
            </button>
          </Form>
        ) : null}
      </section>

      <section id="outcome" aria-labelledby="outcome-h">
        <h2 id="outcome-h">实习结果</h2>
        <dl className="facts">
          <dt>企业评价</dt>
          <dd>{p.mentorEvaluation ?? "未填写"}</dd>
          <dt>学校成绩</dt>
          <dd>{p.schoolGrade ?? "未评定"}</dd>
          <dt>留用</dt>
          <dd>
            {p.retained === null
              ? "未登记"
              : p.retained
              ? `留用${p.retainedPosition ? `（${p.retainedPosition}）` : ""}`
              : "未留用"}
          </dd>
        </dl>
        {acts.host && ended ? (
          <>
            <Form method="post" className="stack">
              <div className="field">
                <label htmlFor="evaluation">企业评价</label>
                <textarea
                  id="evaluation"
                  name="evaluation"
                  rows={3}
                  required
                  maxLength={1000}
                  defaultValue={p.mentorEvaluation ?? ""}
                />
              </div>
              {e("evaluate")}
              <button type="submit" name="intent" value="evaluate">
                保存评价
              </button>
            </Form>
            <Form method="post" className="stack">
              <fieldset>
                <legend>是否留用</legend>
                <label>
                  <input type="radio" name="retained" value="yes" defaultChecked={p.retained === true} /> 留用
                </label>
                <label>
                  <input type="radio" name="retained" value="no" defaultChecked={p.retained === false} /> 不留用
                </label>
              </fieldset>
              <div className="field">
                <label htmlFor="retained-position">提供的岗位</label>
                <select id="retained-position" name="retainedPositionId" defaultValue="">
                  <option value="">（不留用时不选）</option>
                  {data.hostPositions.map((position) => (
                    <option key={position.id} value={position.id}>
                      {position.title}
                    </option>
                  ))}
                </select>
              </div>
              {e("outcome")}
              <button type="submit" name="intent" value="outcome">
                登记留用结果
              </button>
            </Form>
          </>
        ) : null}
        {acts.manage && ended ? (
          <Form method="post" className="stack">
            <div className="field">
              <label htmlFor="grade">学校成绩</label>
              <select id="grade" name="grade" required defaultValue={p.schoolGrade ?? ""}>
                <option value="">请选择</option>
                {SCHOOL_GRADES.map((g) => (
                  <option key={g} value={g}>
                    {g}
                  </option>
                ))}
              </select>
            </div>
            {e("grade")}
            <button type="submit" name="intent" value="grade">
              保存成绩
            </button>
          </Form>
        ) : null}
      </section>
    </>
  );
}
