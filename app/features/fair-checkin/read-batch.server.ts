import type { $ZodType, output } from "zod/v4/core";
import { safeParse } from "zod/v4/core";
import { readForm } from "~/lib/form.server";
import { badRequest } from "./http.server";

// A scan batch arrives as JSON (the scanner's queue) or as a form (scans[0].code …, a page without
// JavaScript or a script). Either way one schema judges it; any problem is a 400 with the first
// Chinese reason, before anything is written.

export async function readBatch<Schema extends $ZodType>(request: Request, schema: Schema): Promise<output<Schema>> {
  if (/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? "")) {
    let body: unknown;
    try {
      body = JSON.parse(await request.text());
    } catch {
      return badRequest("请求格式不正确：不是有效的 JSON");
    }
    const parsed = safeParse(schema, body);
    if (!parsed.success) return badRequest(parsed.error.issues[0]?.message ?? "请求格式不正确");
    return parsed.data;
  }
  const submission = await readForm(request, schema);
  if (submission.status !== "success") {
    const first = Object.values(submission.error ?? {}).flatMap((e) => e ?? [])[0];
    return badRequest(first ?? "请求格式不正确");
  }
  return submission.value;
}
