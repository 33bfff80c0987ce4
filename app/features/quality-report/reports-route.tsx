import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { reportIndex } from "./access.server";

// /reports — the years with a report: for the bureau the city's and every school's, for a school's office
// its own school's.

export const meta: MetaFunction = () => [{ title: "质量年报 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await reportIndex(user));
}

export default function ReportsRoute() {
  const { cityWide, years, schools } = useLoaderData<typeof loader>();
  return (
    <section className="card">
      <h1>中等职业教育质量年报</h1>
      <p className="muted">按毕业年份（届）：每年的报告由平台记录计算，每个数字可查看其背后的记录。</p>
      <ul className="report-years">
        {years.map((year) => (
          <li key={year}>
            <h2>{year}年</h2>
            {cityWide ? (
              <p>
                <Link to={`/reports/${year}`}>全市</Link> · <a href={`/reports/${year}.xlsx`}>Excel</a> · <a href={`/reports/${year}.json`}>JSON</a>
              </p>
            ) : null}
            <ul className="report-schools">
              {schools.map((s) => (
                <li key={s.id}>
                  <Link to={`/reports/${year}/${s.id}`}>{s.name}</Link>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
