import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, Link, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextAreaField, TextField } from "~/components/forms";
import { requireUser } from "~/features/auth/session.server";
import { readForm } from "~/lib/form.server";
import { RESUME_LIMITS, ResumeSchema } from "./resume-schema";
import { ownResume, saveOwnResume } from "./resume.server";

// 我的简历: the student writes it here; applying shares a copy with that position's enterprise.

export const meta: MetaFunction = () => [{ title: "我的简历 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ resume: await ownResume(user) });
}

export async function action({ request }: ActionFunctionArgs) {
  const user = await requireUser(request);
  await ownResume(user); // refuse anyone but a student before reading the body
  const submission = await readForm(request, ResumeSchema);
  if (submission.status !== "success") return json({ ...submission.reply(), saved: false }, { status: 400 });
  await saveOwnResume(user, submission.value);
  return json({ ...submission.reply(), saved: true });
}

export default function ResumeRoute() {
  const { resume } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const [form, fields] = useForm({
    id: "resume",
    lastResult: result,
    defaultValue: {
      intro: resume?.intro ?? "",
      skills: resume?.skills ?? "",
      certificates: resume?.certificates ?? "",
      experience: resume?.experience ?? "",
      phone: resume?.phone ?? "",
      wechat: resume?.wechat ?? "",
    },
    constraint: getZodConstraint(ResumeSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ResumeSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card">
      <h1>我的简历</h1>
      <p className="muted">
        简历只有你自己能修改。你申请某个岗位时，简历和联系方式会分享给发布该岗位的企业（仅此一家），企业看到的是申请那一刻的内容；
        撤回申请后，该企业不再能看到。你所在学校的就业办公室也能查看你的简历；教育局和其他企业看不到。
      </p>
      {result?.saved ? <p className="notice">简历已保存。已投递的申请仍是投递时的内容，重新申请后才会更新。</p> : null}
      <Form method="post" {...getFormProps(form)}>
        <h2>联系方式（至少填一项）</h2>
        <TextField label="手机号（11 位）" meta={fields.phone} type="tel" autoComplete="tel" />
        <TextField label="微信号（6–20 位，字母开头）" meta={fields.wechat} autoComplete="off" />
        <h2>简历内容（可选）</h2>
        <TextAreaField label={`自我介绍（最多 ${RESUME_LIMITS.intro} 字）`} meta={fields.intro} />
        <TextAreaField label={`技能（最多 ${RESUME_LIMITS.skills} 字）`} meta={fields.skills} />
        <TextAreaField label={`证书（最多 ${RESUME_LIMITS.certificates} 字）`} meta={fields.certificates} />
        <TextAreaField
          label={`实习与经历（每行一段：单位 · 时间 · 内容；最多 ${RESUME_LIMITS.experience} 字、${RESUME_LIMITS.lines} 行）`}
          meta={fields.experience}
        />
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit">保存简历</button>
      </Form>
      <p>
        <Link to="/applications">我的申请</Link>
      </p>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
