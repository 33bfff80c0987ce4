import { Link } from "@remix-run/react";
import { STANDING_LABEL, STANDING_MEANS } from "~/lib/enterprise-standing";
import { DISTRICT_LABEL, DUAL_TEACHER_LABEL, label, SIZE_LABEL } from "~/lib/labels";
import type { HomeOf } from "./home.server";
import { NextSteps } from "./stat";
import { TodoPanel } from "./todo-panel";

export function EnterprisePanel({ home }: { home: HomeOf<"ENTERPRISE_STAFF"> }) {
  const { enterprise, schools } = home;
  return (
    <>
      <TodoPanel title="待处理" todos={home.todos} empty="没有未查看的新申请，近 7 天也没有学生答复录用通知。" />
      <section className="card">
        <h1>{enterprise.name}</h1>
        <dl className="facts">
          <dt>产业集群</dt>
          <dd>{enterprise.cluster?.name ?? "未填写"}</dd>
          <dt>所在区县</dt>
          <dd>{label(DISTRICT_LABEL, enterprise.district)}</dd>
          <dt>企业规模</dt>
          <dd>{label(SIZE_LABEL, enterprise.size)}</dd>
          <dt>资质状态</dt>
          <dd data-standing={enterprise.standing}>
            <strong>{STANDING_LABEL[enterprise.standing]}</strong>
            {enterprise.standing === "SUSPENDED" && enterprise.reason ? `（原因：${enterprise.reason}）` : null}
            <span className="muted standing-means">{` ${STANDING_MEANS[enterprise.standing]}`}</span>
          </dd>
        </dl>
        <NextSteps
          links={[
            ["/enterprise/positions", "岗位管理"],
            ["/enterprise/positions/new", "发布新岗位"],
            ["/enterprise/matching", "合作学校对口学生"],
            [`/organisations/${enterprise.id}/edit`, "编辑企业资料"],
            [`/enterprises/${enterprise.id}`, "企业详情"],
            ["/schools", "学校名录"],
            ...(enterprise.cluster ? [[`/clusters/${enterprise.cluster.id}`, "产业集群"] as [string, string]] : []),
          ]}
        />
      </section>
      <section className="card">
        <h2>开设对口专业的学校</h2>
        {schools.length === 0 ? (
          <p className="muted">暂无开设本集群专业的学校。</p>
        ) : (
          <div className="table-wrap">
            <table>
              <thead>
                <tr>
                  <th>学校</th>
                  <th>对口专业</th>
                  <th className="num">在校生</th>
                </tr>
              </thead>
              <tbody>
                {schools.map((s) => (
                  <tr key={s.id}>
                    <td>
                      <Link to={`/schools/${s.id}`}>{s.name}</Link>
                    </td>
                    <td>{s.programs.join("、")}</td>
                    <td className="num">{s.enrolled}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

export function TeacherPanel({ home }: { home: HomeOf<"TEACHER"> }) {
  const { school, teacher, trainingBases } = home;
  return (
    <>
      <section className="card">
        <h1>{school.name}</h1>
        <p>{`双师型教师等级：${teacher ? label(DUAL_TEACHER_LABEL, teacher.dualTeacherLevel) : "未登记"}`}</p>
        <NextSteps
          links={[
            [`/schools/${school.id}/students`, "本校学生"],
            ["/school/applications", "学生申请"],
            [`/schools/${school.id}`, "学校详情"],
            ["/enterprises", "企业名录"],
          ]}
        />
      </section>
      <section className="card">
        <h2>可申请的双师型教师培养培训基地</h2>
        {trainingBases.length === 0 ? <p className="muted">暂无培训基地。</p> : null}
        <ul>
          {trainingBases.map((b) => (
            <li key={b.id}>
              {`${b.name} · `}
              <Link to={`/enterprises/${b.enterprise.id}`}>{b.enterprise.name}</Link>
              <span className="muted">{` · ${label(DISTRICT_LABEL, b.enterprise.district)} · 可容纳 ${b.capacity} 人`}</span>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

export function StudentPanel({ home }: { home: HomeOf<"STUDENT"> }) {
  const { school, student, todo } = home;
  return (
    <>
      {todo ? (
        <TodoPanel title="待办" todos={todo.todos} empty="暂时没有待你处理的事。看看为你推荐的岗位吧。">
          {todo.offers.length > 0 ? (
            <ul className="offer-list">
              {todo.offers.map((o) => (
                <li key={o.id} data-offer-id={o.id} className="offer-card">
                  <Link to={`/applications#application-${o.id}`}>{`录用通知：${o.enterprise}「${o.title}」`}</Link>
                  <span className="reply-by">{o.replyBy ? ` · 请在 ${o.replyBy} 前答复` : " · 待你答复"}</span>
                </li>
              ))}
            </ul>
          ) : null}
        </TodoPanel>
      ) : null}
      <section className="card">
      <h1>{school.name}</h1>
      {student ? (
        <dl className="facts">
          <dt>专业</dt>
          <dd>{student.program}</dd>
          <dt>年级</dt>
          <dd>{`${student.cohortYear}级（${student.graduationYear}届）`}</dd>
          <dt>状态</dt>
          <dd>{student.standing}</dd>
        </dl>
      ) : (
        <p className="muted">学籍信息尚未登记，请联系学校。</p>
      )}
      <NextSteps
        links={[
          ["/recommended", "为你推荐"],
          ["/positions", "找岗位"],
          ["/applications", "我的申请"],
          ...(student ? [[`/students/${student.id}`, "我的学籍"] as [string, string]] : []),
          ["/enterprises", "企业名录"],
        ]}
      />
      </section>
    </>
  );
}
