import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { SelectField } from "~/components/form-fields";
import { ErrorList } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { DESTINATION_COLUMNS, KIND_LABEL, KIND_SLUG, STUDENT_COLUMNS } from "./columns";
import { UploadSchema } from "./import-schema";
import { importActor, startImport } from "./jobs.server";
import { IMPORT_LIMIT_BYTES } from "./read-table.server";
import { checkRosterFile } from "./upload.server";
import { ENTRY_AGE, INCOME_RANGE, STUDY_YEARS } from "./rules";

export const meta: MetaFunction = () => [{ title: "导入名册 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const actor = importActor(await requireUser(request));
  return json({ bureau: actor.schoolId === null, limitMb: IMPORT_LIMIT_BYTES / 1024 / 1024 });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  importActor(user); // refuses other roles before the body is read
  const submission = await readForm(request, UploadSchema);
  if (submission.status !== "success") return json(submission.reply(), { status: 400 });
  const file = await checkRosterFile(submission.value.file);
  if ("error" in file) return json(submission.reply({ fieldErrors: { file: [file.error] } }), { status: 400 });
  const outcome = await startImport(user, submission.value.kind, file);
  if ("error" in outcome) return json(submission.reply({ fieldErrors: { file: [outcome.error] } }), { status: 400 });
  return redirect(`/imports/${outcome.job.id}`);
}

const KINDS = (["STUDENTS", "DESTINATIONS"] as const).map((value) => ({ value, label: KIND_LABEL[value] }));

export default function NewImportRoute() {
  const { bureau, limitMb } = useLoaderData<typeof loader>();
  const lastResult = useActionData<typeof action>();
  const navigation = useNavigation();
  const [form, fields] = useForm({
    id: "import-new",
    lastResult,
    constraint: getZodConstraint(UploadSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: UploadSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <p>
        <Link to="/imports">← 导入记录</Link>
      </p>
      <h1>导入名册</h1>
      <p className="muted">
        {bureau ? "教育局可导入任一学校的数据，“学校”列填写学校全称。" : "只能导入本校的数据，“学校”列填写本校全称。"}
        上传后先检查每一行并预览将新增、更新或替换的记录，确认后才写入；有错误时一行也不写入。
      </p>
      <Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="import-form">
        <SelectField label="导入内容" meta={fields.kind} choices={KINDS} />
        <div className="field">
          <label htmlFor={fields.file.id}>文件</label>
          <input {...getInputProps(fields.file, { type: "file" })} accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv" />
          <span className="muted">{`Excel（.xlsx）或 CSV（UTF-8 或 GBK），不超过 ${limitMb} MB；第 1 行为列名，列的顺序不限`}</span>
          <ErrorList id={fields.file.errorId} errors={fields.file.errors} />
        </div>
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit" disabled={navigation.state === "submitting"}>
          {navigation.state === "submitting" ? "正在检查…" : "上传并检查"}
        </button>
      </Form>
      <h2>模板</h2>
      <ul className="import-templates">
        {KINDS.map((k) => (
          <li key={k.value}>
            <a href={`/imports/template/${KIND_SLUG[k.value]}`} download>{`下载${k.label}模板（.xlsx，含下拉选项）`}</a>
          </li>
        ))}
      </ul>
      <h2>填写说明</h2>
      <ul className="muted">
        <li>{`学生名册列：${STUDENT_COLUMNS.map((c) => c.header).join("、")}。`}</li>
        <li>{`毕业年份为入学年份后 ${STUDY_YEARS.min} 至 ${STUDY_YEARS.max} 年（中职学制三年；四年制、五年一贯制至多五年）；入学时年龄 ${ENTRY_AGE.min} 至 ${ENTRY_AGE.max} 岁。`}</li>
        <li>同一学号已有记录时：姓名和出生日期相同则更新其余各项；姓名或出生日期不同则为“替换”，须再次确认；原学生已有平台账号或申请、实习等记录时，姓名和出生日期不能同时改成另一人的。</li>
        <li>{`毕业去向列：${DESTINATION_COLUMNS.map((c) => c.header).join("、")}。`}</li>
        <li>{`就业去向须填单位名称和所在省；升学去向须填录取学校名称；待就业不填单位。月收入为 ${INCOME_RANGE.min} 至 ${INCOME_RANGE.max} 元/月的整数，只对就业填写。`}</li>
        <li>学生已确认或提出异议的去向若被改动，为“替换”，须再次确认。</li>
      </ul>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
