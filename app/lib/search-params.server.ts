import { json } from "@remix-run/node";
import { z } from "zod";
import type { ErrorBody } from "~/lib/errors.server";
import { idString } from "~/lib/ids";

// Query strings come from links people share and edit by hand. A value that does not parse is
// dropped (the page shows everything) instead of failing the request.

/** An optional filter value: anything unparseable becomes "no filter". */
export const optionalFilter = <T extends z.ZodType>(schema: T) => schema.optional().catch(undefined);

/** 1-based page number; nonsense falls back to the first page. The cap keeps OFFSET sane. */
export const pageNumber = z.coerce.number().int().min(1).max(100_000).catch(1);

/** A record id as a filter (a cluster, a program offering): decimal digits only (app/lib/ids.ts), else no filter. */
export const idFilter = optionalFilter(idString);

/** Reads the query string through `schema`; every field of such schemas catches, so this never throws. */
export function readQuery<T extends z.ZodType>(request: Request, schema: T): z.infer<T> {
  const params = new URL(request.url).searchParams;
  // No prototype: a parameter named __proto__ or constructor is just a key like any other.
  const raw: Record<string, string> = Object.create(null);
  for (const [key, value] of params) {
    // The first occurrence wins and an empty value means "all", as a <select> with 请选择 sends it.
    if (!Object.hasOwn(raw, key) && value !== "") raw[key] = value;
  }
  const parsed = schema.safeParse(raw);
  // Only reachable if a field was written without a catch: still the client's fault, so 400.
  if (!parsed.success) throw json<ErrorBody>({ message: "查询条件有误" }, { status: 400 });
  return parsed.data;
}

export type Paging = { page: number; pages: number; total: number; skip: number; take: number };

/** Clamps the requested page to the last one, so a stale link still shows results. */
export function paging(requested: number, total: number, perPage: number): Paging {
  const pages = Math.max(1, Math.ceil(total / perPage));
  const page = Math.min(requested, pages);
  return { page, pages, total, skip: (page - 1) * perPage, take: perPage };
}
