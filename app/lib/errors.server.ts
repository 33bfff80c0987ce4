import { json } from "@remix-run/node";
import { parseId } from "./ids";

// Typed domain errors thrown as HTTP responses; the nearest ErrorBoundary shows the message.
export type ErrorBody = { message: string };

export function notFound(message = "找不到该页面或记录"): never {
  throw json<ErrorBody>({ message }, { status: 404 });
}

export function forbidden(message = "你没有权限进行此操作"): never {
  throw json<ErrorBody>({ message }, { status: 403 });
}

/** Route params are untrusted input too: anything but a plain decimal id within the column's range (ids.ts) is "not found". */
export function idParam(value: string | undefined): number {
  return parseId(value) ?? notFound();
}
