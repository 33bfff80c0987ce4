import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { readQuery } from "~/lib/search-params.server";
import { DecisionSchema } from "./destination-schema";
import { decideProposal, listProposals, ProposalQuery } from "./proposal-decisions.server";

// /destinations/proposals?year=: kept-on internships and order-class hires on the platform, proposed as
// destinations of the school's graduates; the school's office accepts, adjusts then accepts, or dismisses.

export const meta: MetaFunction = () => [{ title: "毕业去向建议 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await listProposals(user, readQuery(request, ProposalQuery).year));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await listProposals(user, 2000); // 403 for anyone but a school's office, before the body is read
  const submission = await readForm(request, DecisionSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), key: null, asking: null }, { status: 400 });
  const outcome = await decideProposal(user, submission.value);
  const key = `${submission.value.source}-${submission.value.sourceId}`;
  if ("message" in outcome) return json({ ...submission.reply({ formErrors: [outcome.message] }), key, asking: outcome.asking ? "accept" : null }, { status: 400 });
  return redirect(new URL(request.url).pathname + new URL(request.url).search);
}

export default function ProposalsRoute() {
  const { year, proposals } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  return (
    <section className="card">
      <p>
        <Link to={`/destinations?year=${year}`}>← 毕业去向</Link>
      </p>
      <h1>{`毕业去向建议 · ${year}届`}</h1>
      <p className="muted">
        来自平台记录：岗位实习后被实习单位留用、订单班学生被合作企业录用。仅有岗位实习不算就业，不会作为建议。采纳后记入毕业去向，需毕业生本人确认。
      </p>
      {result && !result.key ? <ErrorList errors={result.error?.[""] ?? ["提交的内容有误"]} /> : null}
      {proposals.length === 0 ? <p className="muted">暂无待处理的建议。</p> : null}
      <ul className="destination-proposals">
        {proposals.map((p) => {
          const mine = result?.key === p.key ? result : null;
          return (
            <li key={p.key} data-proposal={p.key} className="card">
              <h2>
                <Link to={`/destinations/${p.studentId}`}>{p.name}</Link>
                <span className="muted">{` 学号 ${p.studentNumber ?? "—"}`}</span>
              </h2>
              <p>{p.basis}</p>
              <ul>
                {p.proposed.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
              {p.replaces && !p.same ? (
                <div className="destination-replaces">
                  <p>已有登记的去向，采纳后将改变：</p>
                  <ul>
                    {p.replaces.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {p.same ? <p className="muted">与已登记的去向一致。</p> : null}
              {p.incomplete.length > 0 ? <p className="muted">{`缺少：${p.incomplete.join("；")}，请调整后采纳。`}</p> : null}
              {mine ? <ErrorList errors={mine.error?.[""] ?? []} /> : null}
              <Form method="post">
                <input type="hidden" name="source" value={p.source} />
                <input type="hidden" name="sourceId" value={p.sourceId} />
                <ConfirmActions
                  asking={mine?.asking ?? null}
                  actions={[
                    ...(p.incomplete.length === 0
                      ? [
                          {
                            name: "intent",
                            value: "accept",
                            label: "采纳",
                            tone: "primary" as const,
                            confirm: p.replaces && !p.same ? { question: "采纳后将替换已登记的去向，确定吗？", button: "确定替换" } : undefined,
                          },
                        ]
                      : []),
                    { name: "intent", value: "dismiss", label: "不采纳", tone: "secondary" as const },
                  ]}
                />
              </Form>
              <p>
                <Link to={`/destinations/${p.studentId}?proposal=${p.key}`}>调整后采纳</Link>
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
