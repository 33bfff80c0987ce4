import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser, safeRedirect } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { label } from "~/lib/labels";
import { POSITION_KIND_LABEL } from "~/lib/position-labels";
import { SaveToggle } from "./save-toggle";
import { SavedSchema } from "./saved-schema";
import { deleteSearch, savedOf, savePosition, SavedProblem, saveSearch, unsavePosition } from "./saved.server";

export const meta: MetaFunction = () => [{ title: "我的收藏 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json(await savedOf(user));
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = await readForm(request, SavedSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const form = submission.value;
  switch (form.intent) {
    case "save":
      await savePosition(user, form.positionId);
      return redirect(safeRedirect(form.returnTo, "/saved"));
    case "unsave":
      await unsavePosition(user, form.positionId);
      return redirect(safeRedirect(form.returnTo, "/saved"));
    case "saveSearch":
      try {
        await saveSearch(user, form.search);
      } catch (error) {
        if (error instanceof SavedProblem) return json(submission.reply({ formErrors: [error.message] }), { status: 400 });
        throw error;
      }
      return redirect("/saved#searches");
    case "deleteSearch":
      await deleteSearch(user, form.searchId);
      return redirect("/saved#searches");
  }
}

const STATE_LABEL = { open: null, closed: "已关闭", expired: "已截止", hidden: "暂不可见" } as const;

export default function SavedRoute() {
  const { positions, searches, maxSearches } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = Object.values(result?.error ?? {}).flatMap((e) => e ?? []);
  return (
    <>
      <section className="card">
        <h1>我的收藏</h1>
        <ErrorList errors={errors} />
        {positions.length === 0 ? (
          <p className="muted">
            还没有收藏岗位。在<Link to="/positions">岗位搜索</Link>或岗位详情页点「收藏」，岗位会出现在这里。
          </p>
        ) : (
          <ol className="saved-positions">
            {positions.map((p) => (
              <li key={p.id} data-row-id={p.id} data-state={p.state}>
                <h3>
                  {p.state === "hidden" ? p.title : <Link to={`/positions/${p.id}`}>{p.title}</Link>}
                  {STATE_LABEL[p.state] ? <span className="badge">{STATE_LABEL[p.state]}</span> : null}
                </h3>
                <p>
                  <Link to={`/enterprises/${p.enterprise.id}`}>{p.enterprise.name}</Link>
                  {` · ${label(POSITION_KIND_LABEL, p.kind)} · 收藏于 ${p.savedOn}`}
                </p>
                <SaveToggle positionId={p.id} saved title={p.title} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card" id="searches">
        <h2>保存的搜索</h2>
        <p className="muted">{`有新岗位符合保存的搜索时，每天最多提醒一次（最多保存 ${maxSearches} 个）。`}</p>
        {searches.length === 0 ? (
          <p className="muted">还没有保存的搜索。在岗位搜索页设好关键词和筛选后点「保存此搜索」。</p>
        ) : (
          <ul className="saved-searches">
            {searches.map((s) => (
              <li key={s.id} data-search-id={s.id}>
                <Link to={s.link}>{s.description}</Link>
                <Form method="post">
                  <input type="hidden" name="searchId" value={s.id} />
                  <button type="submit" name="intent" value="deleteSearch">
                    删除
                  </button>
                </Form>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
