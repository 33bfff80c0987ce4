import type { LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { suggestTitles } from "./search.server";

// Search-as-you-type: titles starting with what was typed, as JSON for the search page's fetcher.
export async function loader({ request }: LoaderFunctionArgs) {
  await requireUser(request);
  const prefix = new URL(request.url).searchParams.get("q") ?? "";
  return json({ suggestions: await suggestTitles(prefix) }, { headers: { "Cache-Control": "private, max-age=60" } });
}
