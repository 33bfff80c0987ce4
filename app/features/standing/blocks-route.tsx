import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { schoolBlocks } from "./standing.server";

export const meta: MetaFunction = () => [{ title: "本校不合作企业 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ blocks: await schoolBlocks(user) });
}

export default function BlocksRoute() {
  const { blocks } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>本校不合作企业</h1>
      <p className="muted">
        本校学生看不到这些企业的岗位，也不能申请。要列入一家企业，请在<Link to="/enterprises">企业名录</Link>中打开它的页面。
      </p>
      <ResponsiveList
        label="本校不合作企业"
        rows={blocks}
        rowId={(b) => b.id}
        columns={[
          { header: "企业", kind: "title", cell: (b) => <Link to={`/enterprises/${b.id}`}>{b.name}</Link> },
          { header: "原因", kind: "fact", cell: (b) => b.reason ?? "未填写" },
          { header: "列入于", kind: "minor", cell: (b) => b.at },
          { header: "操作", kind: "action", cell: (b) => <Link to={`/enterprises/${b.id}/block`}>查看或取消</Link> },
        ]}
      />
      {blocks.length === 0 ? <p className="muted">没有不合作企业。</p> : null}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
