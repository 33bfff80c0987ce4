import { getFormProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { Form, useActionData, useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextField } from "~/components/forms";
import { deviceToken } from "~/features/auth/index.server";
import { requireUser, sessionId } from "~/features/auth/session.server";
import { ROLE_LABEL } from "~/lib/labels";
import type { LoadContext } from "~/server/http.server";
import { AccountSchema, PasswordSchema, ProfileSchema } from "./account-schema";
import { changeOwnPassword, ownAccount, updateOwnProfile } from "./account.server";
import { readForm } from "~/lib/form.server";

export const meta: MetaFunction = () => [{ title: "我的账号 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ account: await ownAccount(user) });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const user = await requireUser(request);
  const submission = await readForm(request, AccountSchema);
  const secret = { hideFields: ["currentPassword", "newPassword", "confirmPassword"] };
  if (submission.status !== "success") return json({ ...submission.reply(secret), saved: null }, { status: 400 });
  const value = submission.value;
  if (value.intent === "profile") {
    await updateOwnProfile(user, value);
    return json({ ...submission.reply(), saved: "profile" as const });
  }
  const changed = await changeOwnPassword(user, value.currentPassword, value.newPassword, {
    keepSessionId: await sessionId(request),
    clientIp: (context as LoadContext).clientIp,
    deviceToken: await deviceToken(request),
  });
  if (!changed.ok) {
    const throttled = changed.reason === "throttled";
    const message = throttled ? `尝试次数过多，请 ${changed.retryAfterMinutes} 分钟后再试` : "当前密码不正确";
    return json(
      { ...submission.reply({ ...secret, fieldErrors: { currentPassword: [message] } }), saved: null },
      { status: throttled ? 429 : 400 },
    );
  }
  return json({ ...submission.reply({ resetForm: true }), saved: "password" as const });
}

export default function AccountRoute() {
  const { account } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const intent = result?.initialValue?.intent;
  const [profileForm, profile] = useForm({
    id: "account-profile",
    lastResult: intent === "profile" ? result : undefined,
    defaultValue: { displayName: account.displayName, phone: account.phone ?? "", email: account.email ?? "" },
    onValidate: ({ formData }) => parseWithZod(formData, { schema: ProfileSchema }),
    shouldRevalidate: "onBlur",
  });
  const [passwordForm, password] = useForm({
    id: "account-password",
    lastResult: intent === "password" ? result : undefined,
    onValidate: ({ formData }) => parseWithZod(formData, { schema: PasswordSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <>
      <section className="card">
        <h1>我的账号</h1>
        <p className="muted">
          用户名 {account.username} · {ROLE_LABEL[account.role]}
        </p>
        {result?.saved === "profile" ? <p className="notice">资料已保存</p> : null}
        <Form method="post" {...getFormProps(profileForm)}>
          <input type="hidden" name="intent" value="profile" />
          <TextField label="姓名" meta={profile.displayName} autoComplete="name" />
          <TextField label="手机号（可选）" meta={profile.phone} type="tel" autoComplete="tel" />
          <TextField label="电子邮箱（可选）" meta={profile.email} type="email" autoComplete="email" />
          <ErrorList id={profileForm.errorId} errors={profileForm.errors} />
          <button type="submit">保存资料</button>
        </Form>
      </section>
      <section className="card">
        <h2>修改密码</h2>
        {result?.saved === "password" ? <p className="notice">密码已修改，其他设备上的登录已退出</p> : null}
        <Form method="post" {...getFormProps(passwordForm)}>
          <input type="hidden" name="intent" value="password" />
          <TextField label="当前密码" meta={password.currentPassword} type="password" autoComplete="current-password" />
          <TextField label="新密码（至少 10 个字符）" meta={password.newPassword} type="password" autoComplete="new-password" />
          <TextField label="再次输入新密码" meta={password.confirmPassword} type="password" autoComplete="new-password" />
          <ErrorList id={passwordForm.errorId} errors={passwordForm.errors} />
          <button type="submit">修改密码</button>
        </Form>
      </section>
    </>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
