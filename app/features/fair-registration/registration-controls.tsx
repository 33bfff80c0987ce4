import { Link, useFetcher, useSearchParams } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { ErrorList } from "~/components/forms";

// The student's controls on the fair's page (features/fairs renders them with the state from
// studentRegistrationState): 报名, 我的入场码, 取消报名. They post to /fairs/:fairId/registration with a
// fetcher, so a refusal (window, eligibility) is shown here in place and the page stays.

type Reply = { error?: Record<string, string[] | null> | null };

const NOTICES = { registered: "报名成功。入场时出示入场码。", cancelled: "已取消报名。" } as const;

export function RegistrationControls({
  fairId,
  registration,
  problem,
  mayCancel,
}: {
  fairId: number;
  registration: { id: number; cancelled: boolean; checkedIn: boolean } | null;
  problem: string | null;
  mayCancel: boolean;
}) {
  const fetcher = useFetcher<Reply>();
  const [params] = useSearchParams();
  const noticeKey = params.get("registration");
  const notice = noticeKey === "registered" || noticeKey === "cancelled" ? NOTICES[noticeKey] : null;
  const errors = Object.values(fetcher.data?.error ?? {}).flatMap((e) => e ?? []);
  const live = registration !== null && !registration.cancelled;
  const busy = fetcher.state !== "idle";
  return (
    <section className="card fair-registration" id="registration" aria-label="报名">
      <h2>学生报名</h2>
      {notice && !busy ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      <ErrorList errors={busy ? [] : errors} />
      {live ? (
        <>
          <p>{registration.checkedIn ? "你已报名，并已签到入场。" : "你已报名本场招聘会。"}</p>
          <p>
            <Link to={`/fairs/${fairId}/pass`} className="button-primary">
              我的入场码
            </Link>
          </p>
          {mayCancel ? (
            <fetcher.Form method="post" action={`/fairs/${fairId}/registration`}>
              <ConfirmActions
                actions={[
                  {
                    name: "intent",
                    value: "cancel",
                    label: "取消报名",
                    tone: "secondary",
                    confirm: { question: "确定取消报名？入场码将失效；报名期内可以重新报名。", button: "确认取消报名" },
                  },
                ]}
              />
            </fetcher.Form>
          ) : null}
        </>
      ) : problem ? (
        <p className="muted">{registration?.cancelled ? `你已取消报名。${problem}` : problem}</p>
      ) : (
        <fetcher.Form method="post" action={`/fairs/${fairId}/registration`}>
          {registration?.cancelled ? <p className="muted">你已取消报名，可以重新报名。</p> : null}
          <button type="submit" name="intent" value="register" className="button-primary" disabled={busy}>
            {registration?.cancelled ? "重新报名" : "报名参加"}
          </button>
        </fetcher.Form>
      )}
      <p>
        <Link to="/fairs/mine">我的招聘会</Link>
      </p>
    </section>
  );
}
