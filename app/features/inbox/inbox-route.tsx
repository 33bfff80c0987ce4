import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { z } from "zod";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { requireUser, type SessionUser } from "~/features/auth/session.server";
import { Pager } from "~/components/pager";
import { pageNumber, readQuery, redirectPastLastPage } from "~/lib/search-params.server";
import { InboxSchema } from "./inbox-schema";
import { inboxOf, markAllRead, markRead } from "./inbox.server";
import { readForm } from "~/lib/form.server";

/** What an empty inbox says, to the role that sees it. */
const EMPTY: Record<SessionUser["role"], string> = {
  STUDENT: "还没有消息。申请岗位后，企业查看、邀请面试、发出录用通知时都会在这里通知你。",
  ENTERPRISE_STAFF: "还没有消息。学生申请你们的岗位、答复录用通知或撤回申请时，会在这里通知你。",
  SCHOOL_STAFF: "还没有消息。本校学生获得录用通知或接受录用时，会在这里通知你。",
  TEACHER: "还没有消息。",
  BUREAU_ADMIN: "还没有消息。",
};

export const meta: MetaFunction = () => [{ title: "消息 · 青城产教通" }];

const InboxQuery = z.object({ page: pageNumber });

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const inbox = await inboxOf(user, readQuery(request, InboxQuery).page);
  redirectPastLastPage(request, inbox.page);
  return json({ ...inbox, empty: EMPTY[user.role] });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = await readForm(request, InboxSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  if (submission.value.intent === "open") {
    // 查看详情: read on the way to what the notice is about.
    const link = await markRead(user, submission.value.notificationId);
    if (link) return redirect(link);
  } else if (submission.value.intent === "read") await markRead(user, submission.value.notificationId);
  else await markAllRead(user);
  const back = new URL(request.url);
  return redirect(back.pathname + back.search);
}

export default function InboxRoute() {
  const { unread, page, notices, empty } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const errors = Object.values(result?.error ?? {}).flatMap((e) => e ?? []);
  return (
    <section className="card">
      <h1>消息</h1>
      <p className="muted">{unread > 0 ? `${unread} 条未读` : "没有未读消息"}</p>
      <ErrorList errors={errors} />
      {unread > 0 ? (
        <Form method="post">
          <button type="submit" name="intent" value="readAll">
            全部标为已读
          </button>
        </Form>
      ) : null}
      {notices.length === 0 ? <p className="muted">{empty}</p> : null}
      {notices.map((n) => (
        <article key={n.id} className="card" id={`notice-${n.id}`} data-row-id={n.id}>
          <h2 data-cell="title status">{n.read ? n.title : <strong>{`【未读】${n.title}`}</strong>}</h2>
          <p>{n.body}</p>
          <p className="muted">{n.at}</p>
          <ul className="actions" data-cell="action">
            {n.link ? (
              <li>
                {n.read ? (
                  <Link to={n.link}>查看详情</Link>
                ) : (
                  <Form method="post">
                    <input type="hidden" name="notificationId" value={n.id} />
                    <button type="submit" name="intent" value="open" className="link-button">
                      查看详情
                    </button>
                  </Form>
                )}
              </li>
            ) : null}
            {n.read ? null : (
              <li>
                <Form method="post">
                  <input type="hidden" name="notificationId" value={n.id} />
                  <button type="submit" name="intent" value="read" className="link-button">
                    标为已读
                  </button>
                </Form>
              </li>
            )}
          </ul>
        </article>
      ))}
      <Pager page={page.page} pages={page.pages} total={page.total} />
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
