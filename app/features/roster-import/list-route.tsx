import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { moment } from "~/lib/dates";
import { KIND_LABEL, KIND_SLUG, kindOfSlug } from "./columns";
import { listImports } from "./jobs.server";
import { STATUS_LABEL } from "./labels";

export const meta: MetaFunction = () => [{ title: "导入记录 · 青城产教通" }];

// /imports?kind=students|destinations: the school's imports (the bureau's: every import), newest first.

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const kind = kindOfSlug(new URL(request.url).searchParams.get("kind") ?? undefined);
  const rows = await listImports(user, { kind });
  return json({
    kind: kind ? KIND_SLUG[kind] : null,
    bureau: user.role === "BUREAU_ADMIN",
    rows: rows.map((r) => ({ ...r, createdAt: moment(r.createdAt) })),
  });
}

export default function ImportsRoute() {
  const { rows, kind, bureau } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>导入记录</h1>
      <p>
        <Link to="/imports/new" className="button-primary">
          导入名册
        </Link>
      </p>
      <nav className="filters" aria-label="导入内容">
        <Link to="/imports" aria-current={kind === null ? "page" : undefined}>全部</Link>{" "}
        <Link to="/imports?kind=students" aria-current={kind === "students" ? "page" : undefined}>学生名册</Link>{" "}
        <Link to="/imports?kind=destinations" aria-current={kind === "destinations" ? "page" : undefined}>毕业去向</Link>
      </nav>
      {rows.length === 0 ? (
        <p className="muted">还没有导入记录。</p>
      ) : (
        <ResponsiveList
          label="导入记录"
          rows={rows}
          rowId={(r) => r.id}
          columns={[
            { header: "文件", kind: "title", titleIsAction: true, cell: (r) => <Link to={`/imports/${r.id}`}>{r.fileName}</Link> },
            { header: "状态", kind: "status", cell: (r) => <span className={`badge import-status-${r.status.toLowerCase()}`}>{STATUS_LABEL[r.status]}</span> },
            { header: "内容", kind: "fact", cell: (r) => `${KIND_LABEL[r.kind]} · ${r.totalRows} 行` },
            ...(bureau ? [{ header: "学校", kind: "minor" as const, cell: (r: (typeof rows)[number]) => r.school ?? "教育局（多校）" }] : []),
            { header: "导入人", kind: "minor", cell: (r) => r.user ?? "—" },
            { header: "时间", kind: "minor", cell: (r) => r.createdAt },
          ]}
        />
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
