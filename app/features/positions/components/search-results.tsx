import { Link } from "@remix-run/react";
import type { PositionHit } from "../../../../search/engine";
import { DISTRICT_LABEL, label } from "~/lib/labels";
import { payRange, POSITION_KIND_LABEL } from "~/lib/position-labels";
import { StatusBadge } from "~/components/responsive-list";

export function SearchResults({ hits }: { hits: PositionHit[] }) {
  if (hits.length === 0) return <p className="muted">没有符合条件的岗位，试试更少的筛选条件或其他关键词。</p>;
  return (
    <ol className="result-list">
      {hits.map((hit) => (
        <li key={hit.id} data-row-id={hit.id}>
          <h3 data-cell="title action">
            <Link to={`/positions/${hit.id}`}>{hit.title}</Link>
          </h3>
          <p>
            <span data-cell="status">
              <StatusBadge tone="open">{label(POSITION_KIND_LABEL, hit.kind)}</StatusBadge>
            </span>
            {` ${label(DISTRICT_LABEL, hit.district)} · ${payRange(hit.payMin, hit.payMax)}`}
          </p>
          <p>
            <Link to={`/enterprises/${hit.enterpriseId}`}>{hit.enterpriseName}</Link>
          </p>
          {hit.programNames.length > 0 ? <p className="muted">{`面向专业：${hit.programNames.join("、")}`}</p> : null}
          {hit.clusterName ? <p className="muted">{hit.clusterName}</p> : null}
        </li>
      ))}
    </ol>
  );
}
