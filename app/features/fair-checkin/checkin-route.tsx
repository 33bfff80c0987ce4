import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData, useRevalidator } from "@remix-run/react";
import { useCallback, useEffect } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PassScanner } from "~/components/pass-scanner";
import { ResponsiveList } from "~/components/responsive-list";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { checkScanCode } from "./scan-schema";
import { checkInPage } from "./status.server";

// /fairs/:fairId/check-in: the entrance scanner for the organiser's staff (issue 12 item 4), phone first.
// The live count is this page's loader, revalidated every few seconds and after each upload.

const POLL_MS = 4_000;

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `签到 · ${data?.fair.title ?? "招聘会"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = await checkInPage(user, idParam(params.fairId));
  return json({ ...page, userId: user.id }, { headers: { "Cache-Control": "no-store" } });
}

export default function CheckInRoute() {
  const { fair, count, failed, userId } = useLoaderData<typeof loader>();
  const revalidator = useRevalidator();
  const refresh = useCallback(() => {
    if (revalidator.state === "idle") revalidator.revalidate();
  }, [revalidator]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (navigator.onLine && document.visibilityState === "visible") refresh();
    }, POLL_MS);
    return () => window.clearInterval(timer);
  }, [refresh]);
  return (
    <>
      <section className="card">
        <p>
          <Link to={`/fairs/${fair.id}`}>← {fair.title}</Link>
        </p>
        <h1>入场签到</h1>
        <div className="grid seats checkin-count">
          <div>
            <div className="stat" data-testid="checked-in">
              {count.checkedIn}
            </div>
            <div className="muted">已签到</div>
          </div>
          <div>
            <div className="stat" data-testid="registered">
              {count.registered}
            </div>
            <div className="muted">已报名</div>
          </div>
        </div>
        {fair.running ? (
          <PassScanner
            endpoint={`/fairs/${fair.id}/check-in/scans`}
            queueKey={`fair-checkin:${fair.id}:${userId}`}
            submitLabel="签到"
            validate={checkScanCode}
            onUploaded={refresh}
          />
        ) : fair.status === "CLOSED" ? (
          <>
            <p className="notice" role="status">招聘会已结束，不能再扫码签到；本机离线时未上传的扫码会自动上传。</p>
            {/* A phone that lost the network before the close uploads its queue here (the server takes scans made before the end). */}
            <PassScanner
              endpoint={`/fairs/${fair.id}/check-in/scans`}
              queueKey={`fair-checkin:${fair.id}:${userId}`}
              submitLabel="签到"
              validate={checkScanCode}
              onUploaded={refresh}
              uploadOnly
            />
          </>
        ) : (
          <p className="notice" role="status">{`招聘会${fair.statusLabel}，不在进行中，暂不能扫码签到。`}</p>
        )}
      </section>
      <section className="card">
        <h2>未通过的扫码</h2>
        {failed.length === 0 ? (
          <p className="muted">还没有未通过的扫码。</p>
        ) : (
          <ResponsiveList
            label="未通过的扫码"
            rows={failed}
            rowId={(s) => s.id}
            columns={[
              { header: "原因", kind: "title", cell: (s) => s.reason },
              { header: "时间", kind: "fact", cell: (s) => `${s.at}${s.offline ? "（离线）" : ""}` },
              { header: "入场码", kind: "fact", cell: (s) => <code>{s.code}</code> },
              { header: "扫码人", kind: "minor", cell: (s) => s.scanner },
            ]}
          />
        )}
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
