import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { ConfirmActions } from "~/components/confirm-actions";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList } from "~/components/forms";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { requireUser } from "~/features/auth/session.server";
import { UNCONFIRMED_MESSAGE } from "~/lib/confirm";
import { idParam } from "~/lib/errors.server";
import { BOOTH_STATUS_LABEL, boothLabel, boothRows } from "~/lib/fairs";
import { readForm } from "~/lib/form.server";
import { readQuery } from "~/lib/search-params.server";
import { BoothMap } from "./booth-map";
import { BOOTH_LIMITS, BoothDecisionSchema } from "./booth-schema";
import { BOOTH_STATUS_TONE } from "./booth-status";
import { BoothFilters, boothPageGate, decideBooth, organiserBoothsPage } from "./booths.server";

// /fairs/:fairId/booths: the organiser's booth desk (issue 12 item 2): requests by status (?status=),
// approve (with a number or leaving the choice to the enterprise), refuse with a reason, assign or
// reassign a number, mark 到场.

export const meta: MetaFunction<typeof loader> = ({ data }) => [{ title: `展位管理 · ${data?.fair.title ?? "招聘会"} · 青城产教通` }];

export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, BoothFilters);
  return json({ filters, ...(await organiserBoothsPage(user, idParam(params.fairId), filters)) });
}

export async function action({ request, params }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const fairId = idParam(params.fairId);
  await boothPageGate(user, fairId, "organiser"); // 404 / 403 before reading the body
  const submission = await readForm(request, BoothDecisionSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), asking: null as string | null }, { status: 400 });
  const value = submission.value;
  if (value.intent === "refuse" && value.confirm !== "yes") {
    return json({ ...submission.reply({ formErrors: [UNCONFIRMED_MESSAGE] }), asking: `refuse-${value.boothId}` }, { status: 400 });
  }
  const outcome = await decideBooth(user, fairId, value);
  if (!outcome.done) return json({ ...submission.reply({ formErrors: [outcome.message] }), asking: null }, { status: 400 });
  // Back to the list as it was filtered (the form posts to the page's own URL), with what was done.
  const { status } = readQuery(request, BoothFilters);
  return redirect(`/fairs/${fairId}/booths?${status ? `status=${status}&` : ""}done=${encodeURIComponent(outcome.message)}`);
}

export default function FairBoothsRoute() {
  const { fair, filters, counts, taken, booths, live } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [search] = useSearchParams();
  const done = result ? null : search.get("done");
  const errors = [...new Set(Object.values(result?.error ?? {}).flatMap((e) => e ?? []))];
  const asking = result?.asking ?? null;
  const takenSet = new Set(taken);
  const free = fair.online ? [] : boothRows(fair.boothCount, fair.boothsPerRow).flat().filter((n) => !takenSet.has(n));
  type Row = (typeof booths)[number];
  return (
    <>
      <section className="card">
        <p>
          <Link to={`/fairs/${fair.id}`}>← {fair.title}</Link>
        </p>
        <h1>展位管理</h1>
        <p data-testid="booth-counts">
          {`已通过 ${counts.APPROVED} / ${fair.boothCount} 个展位 · 待审核 ${counts.REQUESTED} · 未通过 ${counts.REFUSED} · 已撤回 ${counts.WITHDRAWN}`}
        </p>
        {done ? (
          <p className="notice" role="status">
            {done}
          </p>
        ) : null}
        <ErrorList errors={errors} />
        {!fair.online ? <BoothMap boothCount={fair.boothCount} boothsPerRow={fair.boothsPerRow} taken={taken} /> : null}
      </section>
      <section className="card">
        <FilterForm values={filters}>
          <SelectFilter name="status" label="状态" options={BOOTH_STATUS_LABEL} value={filters.status} />
        </FilterForm>
        <ResponsiveList
          label="展位申请"
          rows={booths}
          rowId={(b) => b.id}
          columns={[
            { header: "企业", kind: "title", cell: (b: Row) => b.enterprise },
            { header: "状态", kind: "status", cell: (b: Row) => <StatusBadge tone={BOOTH_STATUS_TONE[b.status]}>{BOOTH_STATUS_LABEL[b.status]}</StatusBadge> },
            { header: "展位", kind: "fact", cell: (b: Row) => [b.label ?? (b.status === "APPROVED" && !fair.online ? "待选展位" : ""), b.arrived ? "已到场" : ""].filter(Boolean).join(" · ") },
            { header: "参会人数", kind: "fact", num: true, cell: (b: Row) => `${b.representatives} 人` },
            { header: "岗位", kind: "fact", cell: (b: Row) => (b.positions.length ? `${b.positions.join("、")}（共招 ${b.headcount} 人）` : "未带岗位") },
            { header: "希望见到的专业", kind: "minor", cell: (b: Row) => b.programs.join("、") },
            { header: "备注", kind: "minor", cell: (b: Row) => [b.note, b.refusalReason ? `未通过原因：${b.refusalReason}` : null].filter(Boolean).join(" · ") },
            ...(live
              ? [{ header: "操作", kind: "action" as const, cell: (b: Row) => <Decisions booth={b} free={free} online={fair.online} perRow={fair.boothsPerRow} asking={asking} /> }]
              : []),
          ]}
        />
        {booths.length === 0 ? <p className="muted">没有符合条件的展位申请。</p> : null}
      </section>
    </>
  );
}

function NumberSelect({ id, free, perRow, optional }: { id: string; free: number[]; perRow: number; optional: boolean }) {
  return (
    <select id={id} name="boothNo" required={!optional} defaultValue="">
      <option value="">{optional ? "由企业在展位图上选择" : "请选择"}</option>
      {free.map((n) => (
        <option key={n} value={n}>
          {boothLabel(n, perRow)}
        </option>
      ))}
    </select>
  );
}

function Decisions({
  booth,
  free,
  online,
  perRow,
  asking,
}: {
  booth: { id: number; status: string; boothNo: number | null; arrived: string | null };
  free: number[];
  online: boolean;
  perRow: number;
  asking: string | null;
}) {
  if (booth.status === "REQUESTED") {
    return (
      <div className="member-actions">
        <Form method="post">
          <input type="hidden" name="boothId" value={booth.id} />
          {online ? null : (
            <div className="field">
              <label htmlFor={`approve-no-${booth.id}`}>展位号</label>
              <NumberSelect id={`approve-no-${booth.id}`} free={free} perRow={perRow} optional />
            </div>
          )}
          <button type="submit" name="intent" value="approve" className="button-primary">
            通过
          </button>
        </Form>
        <Form method="post">
          <input type="hidden" name="boothId" value={booth.id} />
          <div className="field">
            <label htmlFor={`reason-${booth.id}`}>未通过的原因</label>
            <textarea id={`reason-${booth.id}`} name="reason" rows={2} maxLength={BOOTH_LIMITS.reason} />
          </div>
          <ConfirmActions
            asking={asking === `refuse-${booth.id}` ? "refuse" : null}
            actions={[{ name: "intent", value: "refuse", label: "不通过", tone: "danger", confirm: { question: "确定不通过这份展位申请吗？", button: "确定不通过" } }]}
          />
        </Form>
      </div>
    );
  }
  if (booth.status !== "APPROVED") return null;
  return (
    <div className="member-actions">
      {online ? null : (
        <Form method="post">
          <input type="hidden" name="boothId" value={booth.id} />
          <div className="field">
            <label htmlFor={`assign-no-${booth.id}`}>{booth.boothNo === null ? "安排展位" : "调整展位"}</label>
            <NumberSelect id={`assign-no-${booth.id}`} free={free} perRow={perRow} optional={false} />
          </div>
          <button type="submit" name="intent" value="assign">
            {booth.boothNo === null ? "安排" : "调整"}
          </button>
        </Form>
      )}
      {booth.arrived ? null : (
        <Form method="post">
          <input type="hidden" name="boothId" value={booth.id} />
          <button type="submit" name="intent" value="arrive">
            标记到场
          </button>
        </Form>
      )}
    </div>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
