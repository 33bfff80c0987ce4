import { isRouteErrorResponse, Link, useRouteError } from "@remix-run/react";

const FALLBACK: Record<number, string> = {
  400: "请求内容有误",
  403: "你没有权限访问此页面",
  404: "找不到该页面或记录",
  429: "操作过于频繁，请稍后再试",
};

/** Shows a typed domain error's message; anything unexpected gets a generic line, never a stack. */
export function GeneralErrorBoundary() {
  const error = useRouteError();
  let status = 500;
  let message = "服务器出了点问题，请稍后再试";
  if (isRouteErrorResponse(error)) {
    status = error.status;
    const body = error.data as { message?: unknown } | string | null;
    const fromBody = typeof body === "object" && body && typeof body.message === "string" ? body.message : null;
    message = fromBody ?? FALLBACK[status] ?? message;
  }
  return (
    <section className="card error" role="alert">
      <h1>{status === 500 ? "出错了" : `${status}`}</h1>
      <p>{message}</p>
      <p>
        <Link to="/">返回首页</Link>
      </p>
    </section>
  );
}
