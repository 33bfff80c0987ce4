import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { partnerStudentCounts } from "./enterprise-matching.server";
import { ResponsiveList } from "~/components/responsive-list";

export const meta: MetaFunction = () => [{ title: "合作学校对口学生 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await partnerStudentCounts(user));
}

export default function EnterpriseMatchingRoute() {
  const { enterprise, partnerSchools, programs } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>{`合作学校对口学生 · ${enterprise}`}</h1>
      <p className="muted">
        {`合作学校（协议有效）：${
          partnerSchools.length ? partnerSchools.join("、") : "暂无"
        }。只显示人数；学生申请你的岗位后，你才能看到申请人的信息。`}
      </p>
      {programs.length === 0 ? (
        <p className="muted">
          合作学校中暂无与你的岗位对口的专业。<Link to="/enterprise/positions">发布岗位并填写所需专业</Link>后再来看看。
        </p>
      ) : (
        <ResponsiveList
          label="对口学生"
          rows={programs}
          rowId={(p) => p.id}
          columns={[
            { header: "专业", kind: "title", cell: (p) => p.program },
            { header: "对口", kind: "fact", cell: (p) => p.reason },
            { header: "合作学校", kind: "fact", cell: (p) => p.schools.join("、") },
            { header: "在校生", kind: "fact", num: true, cell: (p) => p.students },
            { header: "毕业年级", kind: "fact", num: true, cell: (p) => p.graduating },
            { header: "二年级及以上", kind: "minor", num: true, cell: (p) => p.pastFirstYear },
          ]}
        />
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
