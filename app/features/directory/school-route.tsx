import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { named } from "~/lib/facts";
import { OWNERSHIP_LABEL, SUPERVISING_LABEL } from "~/lib/labels";
import { QUALITY_SCHOOL_LABEL } from "./cooperation-labels";
import { OrganisationFacts } from "./organisation-facts";
import { PartnerList } from "./partner-list";
import { schoolProfile } from "./schools.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `${data?.school.name ?? "学校"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ school: await schoolProfile(user, idParam(params.schoolId)) });
}

export default function SchoolRoute() {
  const { school } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>{school.name}</h1>
        {school.isQualitySchool ? <p className="muted">{QUALITY_SCHOOL_LABEL}</p> : null}
        <OrganisationFacts
          organisation={school}
          facts={[
            { label: "办学性质", value: named(OWNERSHIP_LABEL, school.ownership) },
            { label: "主管", value: named(SUPERVISING_LABEL, school.supervisingLevel) },
          ]}
        />
        <ul className="actions">
          {school.may.listStudents ? <li><Link to={`/schools/${school.id}/students`}>本校学生</Link></li> : null}
          {school.may.edit ? <li><Link to={`/organisations/${school.id}/edit`}>编辑学校资料</Link></li> : null}
        </ul>
      </section>
      <section className="card">
        <h2>开设专业</h2>
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>专业</th>
                <th>专业大类</th>
                <th>产业集群</th>
                <th>优质专业</th>
                {school.cohorts.map((year) => (
                  <th key={year} className="num">{`${year}级`}</th>
                ))}
              </tr>
            </thead>
            <tbody>
              {school.programs.map((p) => (
                <tr key={p.id}>
                  <td>{p.name}</td>
                  <td>{p.category}</td>
                  {/* An empty cell where a program is in no cluster or not a 优质专业: no "—" (issue 9 item 9). */}
                  <td>{p.cluster ? <Link to={`/clusters/${p.cluster.id}`}>{p.cluster.name}</Link> : null}</td>
                  <td>{p.qualityTier}</td>
                  {p.enrolled.map((n, i) => (
                    <td key={school.cohorts[i]} className="num">{n}</td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th colSpan={4}>在校生合计</th>
                {school.totals.map((n, i) => (
                  <th key={school.cohorts[i]} className="num">{n}</th>
                ))}
              </tr>
            </tfoot>
          </table>
        </div>
      </section>
      <PartnerList title="合作企业" basePath="/enterprises" partners={school.partners.map((a) => ({ ...a, other: a.enterprise }))} />
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
