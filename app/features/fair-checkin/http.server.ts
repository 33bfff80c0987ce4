import { json } from "@remix-run/node";
import type { ErrorBody } from "~/lib/errors.server";

/** A refusal of the whole request (bad body, a fair not running): 400 with the Chinese reason, nothing written. */
export function badRequest(message: string): never {
  throw json<ErrorBody>({ message }, { status: 400 });
}
