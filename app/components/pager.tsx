import { Link, useSearchParams } from "@remix-run/react";

/** Previous/next links that keep the current filters. */
export function Pager({ page, pages, total }: { page: number; pages: number; total: number }) {
  const [params] = useSearchParams();
  const to = (n: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(n));
    return `?${next.toString()}`;
  };
  return (
    <nav className="pager" aria-label="分页">
      {page > 1 ? <Link to={to(page - 1)}>上一页</Link> : null}
      <span className="muted">{`第 ${page} / ${pages} 页，共 ${total} 条`}</span>
      {page < pages ? <Link to={to(page + 1)}>下一页</Link> : null}
    </nav>
  );
}
