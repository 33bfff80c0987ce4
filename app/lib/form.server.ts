import type { Submission, SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { json } from "@remix-run/node";
import type { $ZodType, input, output } from "zod/v4/core";
import type { ErrorBody } from "./errors.server";

// Every action reads its form here rather than with request.formData() + parseWithZod, so field
// names are bounded before conform turns them into objects and arrays (issue 8, item 1): conform
// builds `username[100000000]=x` into an array of 100 million slots, and `a.b.b.b…` or `a[0][0]…`
// 20,000 levels deep into objects it then walks recursively until the stack runs out.

/** Limits on what a field name may ask conform to build; far above any form of ours (30 programs, 2 levels). */
export const FORM_LIMITS = {
  fields: 1_000, // entries in one post
  nameLength: 200, // characters in one field name
  depth: 8, // `.` and `[…]` steps in one name
  index: 999, // the largest list index in a name, as in `programIds[999]`
  echo: 10_000, // characters of one value sent back with the errors
  echoItems: 100, // items of one list sent back with the errors
} as const;

function badForm(message: string): never {
  throw json<ErrorBody>({ message }, { status: 400 });
}

/** The first reason `name` is refused, or null. */
export function fieldNameProblem(name: string): string | null {
  if (name.length > FORM_LIMITS.nameLength) return `字段名过长（上限 ${FORM_LIMITS.nameLength} 个字符）`;
  const steps = (name.match(/[.[]/g) ?? []).length;
  if (steps > FORM_LIMITS.depth) return `字段名层级过深（上限 ${FORM_LIMITS.depth} 层）`;
  for (const [, digits] of name.matchAll(/\[(\d*)\]/g)) {
    if (digits && Number(digits) > FORM_LIMITS.index) return `字段序号过大（上限 ${FORM_LIMITS.index}）`;
  }
  return null;
}

/** The post's fields, or 400 when the body is not a form (no or a broken multipart body) or asks for too much. */
export async function readFormData(request: Request): Promise<FormData> {
  let formData: FormData;
  try {
    formData = await request.formData();
  } catch {
    return badForm("表单格式不正确，请通过页面上的表单提交");
  }
  let count = 0;
  for (const name of formData.keys()) {
    if (++count > FORM_LIMITS.fields) badForm(`提交的字段过多（上限 ${FORM_LIMITS.fields} 个）`);
    const problem = fieldNameProblem(name);
    if (problem) badForm(problem);
  }
  return formData;
}

/**
 * The post parsed by `schema` as parseWithZod does, after readFormData's checks. Its reply() sends
 * back what was typed so the form keeps it, but never more than FORM_LIMITS.echo characters of a
 * value nor FORM_LIMITS.echoItems items of a list: an error reply is never bigger than a page.
 */
export async function readForm<Schema extends $ZodType>(
  request: Request,
  schema: Schema,
): Promise<Submission<input<Schema>, string[], output<Schema>>> {
  const submission = parseWithZod(await readFormData(request), { schema });
  const reply = submission.reply.bind(submission);
  submission.reply = ((options?: Parameters<typeof reply>[0]) => boundedReply(reply(options))) as typeof submission.reply;
  return submission;
}

function boundedReply<T extends SubmissionResult<string[]>>(result: T): T {
  if (!result.initialValue) return result;
  return { ...result, initialValue: bounded(result.initialValue, 0) as T["initialValue"] };
}

function bounded(value: unknown, depth: number): unknown {
  if (typeof value === "string") return value.slice(0, FORM_LIMITS.echo);
  if (depth >= FORM_LIMITS.depth) return undefined;
  if (Array.isArray(value)) return value.slice(0, FORM_LIMITS.echoItems).map((item) => bounded(item, depth + 1));
  if (value && typeof value === "object") {
    const kept: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
    for (const [key, item] of Object.entries(value).slice(0, FORM_LIMITS.echoItems)) kept[key] = bounded(item, depth + 1);
    return kept;
  }
  return value;
}
