import { Link } from "@remix-run/react";
import { label } from "~/lib/labels";
import { AGREEMENT_KIND_LABEL } from "./cooperation-labels";

type Partner = { id: number; kind: string; title: string; other: { id: number; name: string } };

/** The active agreements on a school's or an enterprise's page, each linking to the other side. */
export function PartnerList({ title, partners, basePath }: { title: string; partners: Partner[]; basePath: string }) {
  return (
    <section className="card">
      <h2>{title}</h2>
      {partners.length === 0 ? <p className="muted">暂无有效的校企合作协议。</p> : null}
      <ul>
        {partners.map((a) => (
          <li key={a.id}>
            <Link to={`${basePath}/${a.other.id}`}>{a.other.name}</Link>
            {` · ${label(AGREEMENT_KIND_LABEL, a.kind)} · ${a.title}`}
          </li>
        ))}
      </ul>
    </section>
  );
}
