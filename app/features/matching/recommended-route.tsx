import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { payRange, POSITION_KIND_LABEL } from "~/lib/position-labels";
import { label } from "~/lib/labels";
import { factLine } from "~/lib/facts";
import { placeName } from "~/lib/work-city";
import { recommendationsFor } from "./recommendations.server";

export const meta: MetaFunction = () => [{ title: "为你推荐 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  // ?outside=1 asks for positions outside Hohhot too (issue 9 item 9); any other value, or none, leaves them out.
  const outside = new URL(request.url).searchParams.get("outside") === "1";
  return json(await recommendationsFor(user, { outside }));
}

export default function RecommendedRoute() {
  const { program, cohortYear, outside, positions } = useLoaderData<typeof loader>();
  return (
    <>
      <section className="card">
        <h1>为你推荐</h1>
        <p className="muted">
          {`按与你的专业（${program}，${cohortYear}级）的对口程度、适合你年级的岗位类型、学校所在区县和到岗时间排序；已申请的岗位不再列出。`}
        </p>
        <p className="outside-toggle">
          {outside ? (
            <>
              {"已包括呼和浩特市以外的岗位。"}
              <Link to="/recommended">只看呼和浩特市的岗位</Link>
            </>
          ) : (
            <>
              {"只推荐呼和浩特市的岗位。"}
              <Link to="/recommended?outside=1">也看呼和浩特市以外的岗位</Link>
            </>
          )}
        </p>
        {positions.length === 0 ? (
          <p className="muted">
            暂时没有与你的专业对口、仍在报名的岗位。可以<Link to="/positions">搜索全部岗位</Link>。
          </p>
        ) : null}
      </section>
      {positions.map((p) => (
        <article key={p.id} className="card" data-row-id={p.id}>
          <h2 data-cell="title action">
            <Link to={`/positions/${p.id}`}>{p.title}</Link>
          </h2>
          <p>{factLine(p.enterprise, label(POSITION_KIND_LABEL, p.kind), placeName(p.city, p.district), payRange(p.payMin, p.payMax))}</p>
          <p className="muted">{`推荐理由：${p.reasons.join("；")}`}</p>
        </article>
      ))}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
