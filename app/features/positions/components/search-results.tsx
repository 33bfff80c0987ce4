import { Link } from "@remix-run/react";
import type { PositionHit } from "../../../../search/engine";
import { factLine, named } from "~/lib/facts";
import { DISTRICT_LABEL } from "~/lib/labels";
import { payRange, POSITION_KIND_LABEL } from "~/lib/position-labels";
import { SaveToggle } from "~/features/saved";
import { StatusBadge } from "~/components/responsive-list";

/** `saved`: the ids of the hits the student saved, or null for a viewer who cannot save (no toggles). */
export function SearchResults({ hits, saved = null }: { hits: PositionHit[]; saved?: number[] | null }) {
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
              <StatusBadge tone="open">{named(POSITION_KIND_LABEL, hit.kind)}</StatusBadge>
            </span>
            {` ${factLine(hit.city, named(DISTRICT_LABEL, hit.district), payRange(hit.payMin, hit.payMax))}`}
          </p>
          <p>
            <Link to={`/enterprises/${hit.enterpriseId}`}>{hit.enterpriseName}</Link>
          </p>
          {hit.programNames.length > 0 ? <p className="muted">{`面向专业：${hit.programNames.join("、")}`}</p> : null}
          {hit.clusterName ? <p className="muted">{hit.clusterName}</p> : null}
          {saved ? <SaveToggle positionId={hit.id} saved={saved.includes(hit.id)} title={hit.title} /> : null}
        </li>
      ))}
    </ol>
  );
}
