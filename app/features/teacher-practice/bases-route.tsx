import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ResponsiveList, StatusBadge } from "~/components/responsive-list";
import { FilterForm, SelectFilter } from "~/components/select-filter";
import { assertCan } from "~/features/auth/permissions.server";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { readQuery } from "~/lib/search-params.server";
import { BaseForm } from "./base-form";
import { BaseFilters, baseFormOptions, createBase, listBases } from "./bases.server";
import { CreateBaseSchema } from "./schemas";

export const meta: MetaFunction = () => [{ title: "双师型教师培养培训基地 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const filters = readQuery(request, BaseFilters);
  const [list, options] = await Promise.all([listBases(user, filters), baseFormOptions(user)]);
  return json({ filters, ...list, ...options });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  assertCan(user, { action: "trainingBase.manage" }, "只有市教育局可以设立培训基地");
  const submission = await readForm(request, CreateBaseSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const outcome = await createBase(user, submission.value);
  if (!outcome.done) return json(submission.reply({ fieldErrors: { [outcome.field]: [outcome.message] } }), { status: 400 });
  return redirect(`/training-bases/${outcome.id}`);
}

export default function TrainingBasesRoute() {
  const { filters, canManage, bases, enterprises, programs } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  return (
    <>
      <section className="card">
        <h1>双师型教师培养培训基地</h1>
        <p className="muted">市教育局认定的企业基地，接收教师企业实践；名额按每期计。</p>
        <FilterForm values={filters}>
          <SelectFilter name="active" label="状态" options={{ yes: "启用中", no: "已停用" }} value={filters.active} />
          <SelectFilter name="enterprise" label="依托企业" options={[...new Map(bases.map((b) => [b.enterpriseId, { value: b.enterpriseId, label: b.enterprise }])).values()]} value={filters.enterprise} />
        </FilterForm>
        <ResponsiveList
          label="培训基地"
          rows={bases}
          rowId={(b) => b.id}
          columns={[
            { header: "基地", kind: "title", titleIsAction: true, cell: (b) => <Link to={`/training-bases/${b.id}`}>{b.name}</Link> },
            { header: "状态", kind: "status", cell: (b) => <StatusBadge tone={b.active ? "open" : "muted"}>{b.active ? "启用中" : "已停用"}</StatusBadge> },
            { header: "名额", kind: "fact", num: true, cell: (b) => `每期 ${b.capacity} 人 · ${b.periodMonths} 个月` },
            { header: "依托企业", kind: "fact", cell: (b) => b.enterprise },
            { header: "服务专业", kind: "minor", cell: (b) => (b.programs.length ? b.programs.join("、") : "—") },
          ]}
        />
        {bases.length === 0 ? <p className="muted">没有符合条件的培训基地。</p> : null}
      </section>
      {canManage ? (
        <section className="card">
          <h2>设立培训基地</h2>
          <BaseForm intent="create" lastResult={lastResult} enterprises={enterprises} programs={programs} />
        </section>
      ) : null}
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
