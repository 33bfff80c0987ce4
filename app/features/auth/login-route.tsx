import { getFormProps, useForm } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json, redirect } from "@remix-run/node";
import { Form, useActionData, useSearchParams } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { ErrorList, TextField } from "~/components/forms";
import type { LoadContext } from "~/server/http.server";
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
  const result = await signIn(username, password, (context as LoadContext).clientIp);
  if (!result.ok) {
    const message =
      result.reason === "locked"
        ? `登录失败次数过多，请于 ${result.until.toLocaleTimeString("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit" })} 后再试`
        : "用户名或密码错误";
    return json(submission.reply({ formErrors: [message], hideFields: ["password"] }), {
      status: result.reason === "locked" ? 429 : 401,
    });
  }
  const cookie = await createSession(result.userId, request, (context as LoadContext).clientIp);
  return redirect(target, { headers: { "Set-Cookie": cookie } });
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
