import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { useRef } from "react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { PassScanner } from "~/components/pass-scanner";
import { requireUser } from "~/features/auth/session.server";
import { idParam } from "~/lib/errors.server";
import { boothScanPage } from "./lead.server";
import { checkScanCode, SCAN_LIMITS } from "./scan-schema";

// /fairs/:fairId/booth/scan: an enterprise's staff at their approved booth scan students' passes to
// record leads (招聘会意向, issue 12 item 5). The scanner uploads to /fairs/:fairId/booth/scan/leads.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `记录意向 · ${data?.fair.title ?? "招聘会"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const page = await boothScanPage(user, idParam(params.fairId));
  return json({ ...page, userId: user.id }, { headers: { "Cache-Control": "no-store" } });
}

export default function BoothScanRoute() {
  const { fair, booth, userId } = useLoaderData<typeof loader>();
  const fields = useRef<HTMLFieldSetElement>(null);
  const extra = () => {
    const form = fields.current;
    if (!form) return {};
    const value = (name: string) => (form.querySelector(`[name="${name}"]`) as HTMLInputElement | null)?.value ?? "";
    const out: Record<string, unknown> = {};
    if (value("positionId")) out.positionId = Number(value("positionId"));
    if (value("rating")) out.rating = Number(value("rating"));
    if (value("note").trim()) out.note = value("note");
    return out;
  };
  return (
    <section className="card">
      <p>
        <Link to={`/fairs/${fair.id}/booth`}>← 我的展位</Link>
      </p>
      <h1>记录求职意向</h1>
      <p className="muted">{`${fair.title} · 展位 ${booth.label} · 已记录 ${booth.leads} 位学生`}</p>
      {fair.running ? (
        <PassScanner
          endpoint={`/fairs/${fair.id}/booth/scan/leads`}
          queueKey={`fair-leads:${fair.id}:${userId}`}
          submitLabel="记录意向"
          validate={checkScanCode}
          extra={extra}
        >
          <fieldset ref={fields} className="lead-fields">
            <legend>随扫码一起记录（可选）</legend>
            <label className="field">
              <span>意向岗位</span>
              <select name="positionId" defaultValue="">
                <option value="">不指定</option>
                {booth.positions.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>评分</span>
              <select name="rating" defaultValue="">
                <option value="">不评分</option>
                {[5, 4, 3, 2, 1].map((r) => (
                  <option key={r} value={r}>{`${r} 分`}</option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>备注</span>
              <textarea name="note" maxLength={SCAN_LIMITS.note} rows={2} />
            </label>
          </fieldset>
        </PassScanner>
      ) : (
        <p className="notice" role="status">招聘会不在进行中，暂不能记录意向。</p>
      )}
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
