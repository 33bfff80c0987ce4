import { Form } from "@remix-run/react";
import type { FacetCounts } from "../../../../search/engine";
import { DISTRICT_LABEL, SIZE_LABEL } from "~/lib/labels";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import type { PayOption, SearchQuery } from "../search.server";
import { FacetGroup, optionsFrom, optionsOf } from "./facet-group";
import { QueryInput } from "./query-input";

const SORT_LABEL = { relevance: "相关度", newest: "最新发布", pay: "薪资从高到低" } as const;

type Named = Array<{ id: number; name: string }>;

/** The search form: a GET form, so every search is a link and works without JavaScript. */
export function SearchFilters({
  query,
  facets,
  found,
  clusters,
  categories,
  payOptions,
  maxLength,
}: {
  query: SearchQuery;
  facets: FacetCounts;
  /** How many positions the search found: with none, every option stays, so the user can widen the search. */
  found: number;
  clusters: Named;
  categories: Named;
  payOptions: PayOption[];
  maxLength: number;
}) {
  return (
    <Form method="get" action="/positions" role="search">
      <QueryInput defaultValue={query.q ?? ""} maxLength={maxLength} />
      <FacetGroup legend="岗位类型" name="kind" options={optionsFrom(POSITION_KIND_LABEL)} counts={facets.kind} selected={query.kind ?? []} keepEmpty={found === 0} />
      <FacetGroup legend="产业集群" name="clusterId" options={optionsOf(clusters)} counts={facets.clusterId} selected={query.clusterId ?? []} keepEmpty={found === 0} />
      <FacetGroup legend="工作区县" name="district" options={optionsFrom(DISTRICT_LABEL)} counts={facets.district} selected={query.district ?? []} keepEmpty={found === 0} />
      <FacetGroup legend="专业大类" name="categoryId" options={optionsOf(categories)} counts={facets.categoryId} selected={query.categoryId ?? []} keepEmpty={found === 0} />
      <FacetGroup legend="企业规模" name="enterpriseSize" options={optionsFrom(SIZE_LABEL)} counts={facets.enterpriseSize} selected={query.enterpriseSize ?? []} keepEmpty={found === 0} />
      <div className="filters">
        <div className="field">
          {/* The rule reads the top of a position's range (search.server.ts payOptions): 可达, not 不低于. */}
          <label htmlFor="position-pay">月薪可达</label>
          <select id="position-pay" name="payAtLeast" defaultValue={query.payAtLeast === undefined ? "" : String(query.payAtLeast)}>
            <option value="">不限</option>
            {payOptions.map((o) => (
              <option key={o.value} value={o.value}>
                {o.count === null ? o.label : `${o.label}（${o.count}）`}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="position-sort">排序</label>
          {/* "" is the default for the words (relevance with words, newest without): typing words into a
              page listed by newest must not keep it newest unless the user picked that order. */}
          <select id="position-sort" name="sort" defaultValue={query.sortChosen ? query.sort : ""}>
            <option value="">{`${SORT_LABEL[query.q ? "relevance" : "newest"]}（默认）`}</option>
            {Object.entries(SORT_LABEL).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">搜索</button>
      </div>
    </Form>
  );
}
