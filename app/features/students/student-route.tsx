import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { ResumeSection } from "~/features/resume";
import { idParam } from "~/lib/errors.server";
import { label } from "~/lib/labels";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { APPLICATION_STATUS_LABEL } from "~/features/applications";
import { studentRecord } from "./students.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.student.name ?? "学生"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ student: await studentRecord(user, idParam(params.studentId)) });
}

export default function StudentRoute() {
  const { student } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>{student.name}</h1>
      <dl className="facts">
        <dt>学号</dt>
        <dd>{student.studentNumber ?? "未登记"}</dd>
        <dt>学校</dt>
        <dd>
          <Link to={`/schools/${student.school.id}`}>{student.school.name}</Link>
        </dd>
        <dt>专业</dt>
        <dd>{student.program}</dd>
        <dt>产业集群</dt>
        <dd>{student.cluster ? <Link to={`/clusters/${student.cluster.id}`}>{student.cluster.name}</Link> : "—"}</dd>
        <dt>年级</dt>
        <dd>{`${student.cohortYear}级（${student.graduationYear}届）`}</dd>
        <dt>状态</dt>
        <dd>{student.standing}</dd>
        {student.personal ? (
          <>
            <dt>性别</dt>
            <dd>{student.personal.gender ?? "—"}</dd>
            <dt>出生日期</dt>
            <dd>{student.personal.birthDate}</dd>
            <dt>联系电话</dt>
            <dd>{student.personal.phone ?? "—"}</dd>
          </>
        ) : null}
      </dl>
      {student.resume ? <ResumeSection resume={student.resume} heading="学生简历" note={`学生本人填写，更新于 ${student.resume.updatedAt}`} /> : null}
      <h2>申请与结果</h2>
      {student.applications.length === 0 ? (
        <p className="muted">该学生还没有申请过岗位。</p>
      ) : (
        <ul className="student-applications">
          {student.applications.map((a) => (
            <li key={a.id} data-application-id={a.id}>
              <p>
                <Link to={`/positions/${a.position.id}`}>{a.position.title}</Link>
                {` · ${label(POSITION_KIND_LABEL, a.position.kind)}`}
              </p>
              <p>
                <Link to={`/enterprises/${a.enterprise.id}`}>{a.enterprise.name}</Link>
              </p>
              <p>
                <span className="badge" data-status={a.status}>
                  {APPLICATION_STATUS_LABEL[a.status]}
                </span>
                <span className="muted">{` 申请于 ${a.appliedOn} · 更新于 ${a.updatedOn}`}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
