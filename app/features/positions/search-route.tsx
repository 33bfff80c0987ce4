import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { Pager } from "~/components/pager";
import { requireUser } from "~/features/auth/session.server";
import { SaveSearchButton } from "~/features/saved";
import { savedAmong } from "~/features/saved/index.server";
import { SearchFilters } from "./components/search-filters";
import { SearchResults } from "./components/search-results";
import { QUERY_MAX_LENGTH, readSearchQuery, searchPositions } from "./search.server";
import { paging, redirectPastLastPage } from "~/lib/search-params.server";

export const meta: MetaFunction<typeof loader> = ({ data }) => [
  { title: `${data?.query.q ? `${data.query.q} · ` : ""}岗位搜索 · 青城产教通` },
];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const query = readSearchQuery(request);
  const found = await searchPositions(query, user);
  redirectPastLastPage(request, paging(query.page, found.result.total, found.result.pageSize));
  // 收藏 toggles and 保存此搜索 are for students only; null hides them.
  const saved = user.role === "STUDENT" ? await savedAmong(user, found.result.hits.map((h) => h.id)) : null;
  return json({ query, saved, ...found });
}

export default function SearchRoute() {
  const { query, saved, result, clusters, categories, payOptions } = useLoaderData<typeof loader>();
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <>
      <section className="card">
        <h1>岗位搜索</h1>
        {/* Keyed by the query so the inputs show the new search after a back/forward navigation. */}
        <SearchFilters
          key={JSON.stringify(query)}
          query={query}
          facets={result.facets}
          found={result.total}
          clusters={clusters}
          categories={categories}
          payOptions={payOptions}
          maxLength={QUERY_MAX_LENGTH}
        />
        {saved !== null ? <SaveSearchButton /> : null}
      </section>
      <section className="card" aria-live="polite">
        <h2>{query.q ? `“${query.q}”的搜索结果` : "全部在招岗位"}</h2>
        {result.relaxed ? (
          <p role="status">{`未找到同时包含「${result.relaxed.asked.join(" ")}」的岗位，已显示包含「${result.relaxed.shown.join(" ")}」的结果`}</p>
        ) : null}
        {result.total > 0 ? <p className="muted">{`共 ${result.total} 个岗位`}</p> : null}
        <SearchResults hits={result.hits} saved={saved} />
        <Pager page={result.page} pages={pages} total={result.total} />
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
