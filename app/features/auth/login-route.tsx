import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextField } from "~/components/forms";
import type { LoadContext } from "~/server/http.server";
import { deviceToken } from "./known-source.server";
import { LoginSchema } from "./login-schema";
import { createSession, getUser, safeRedirect } from "./session.server";
import { signIn } from "./sign-in.server";
import { readForm } from "~/lib/form.server";

export const meta: MetaFunction = () => [{ title: "登录 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  if (await getUser(request)) throw redirect("/");
  return json({});
}

export async function action({ request, context }: ActionFunctionArgs) {
  const submission = await readForm(request, LoginSchema);
  if (submission.status !== "success") {
    return json(submission.reply({ hideFields: ["password"] }), { status: 400 });
  }
  const { username, password, redirectTo } = submission.value;
  const target = safeRedirect(redirectTo); // decided before a session is written
  const { clientIp } = context as LoadContext;
  const result = await signIn(username, password, clientIp, await deviceToken(request));
  if (!result.ok) {
    const message =
      result.reason === "throttled" ? `登录失败次数过多，请 ${result.retryAfterMinutes} 分钟后再试` : "用户名或密码错误";
    return json(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: result.reason === "throttled" ? 429 : 401,
      headers: result.reason === "throttled" ? { "Retry-After": String(result.retryAfterMinutes * 60) } : undefined,
    });
  }
  const headers = new Headers();
  headers.append("Set-Cookie", await createSession(result.userId, request, clientIp));
  headers.append("Set-Cookie", result.deviceCookie);
  return redirect(target, { headers });
}

export default function LoginRoute() {
  const lastResult = useActionData<typeof action>();
  const [searchParams] = useSearchParams();
  const [form, fields] = useForm({
    id: "login",
    lastResult,
    constraint: getZodConstraint(LoginSchema),
    onValidate: ({ formData }) => parseWithZod(formData, { schema: LoginSchema }),
    shouldRevalidate: "onBlur",
  });
  return (
    <section className="card narrow">
      <h1>登录青城产教通</h1>
      <Form method="post" {...getFormProps(form)}>
        <input type="hidden" name="redirectTo" value={searchParams.get("redirectTo") ?? "/"} />
        <TextField label="用户名" meta={fields.username} autoComplete="username" />
        <TextField label="密码" meta={fields.password} type="password" autoComplete="current-password" />
        <ErrorList id={form.errorId} errors={form.errors} />
        <button type="submit">登录</button>
      </Form>
    </section>
  );
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
