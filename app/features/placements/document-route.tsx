import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { documentResponse } from "~/lib/documents.server";
import { idParam } from "~/lib/errors.server";
import { placementDocument } from "./placement-pages.server";

// A placement's document: only who may read the placement; anyone else gets 404 as for a missing one.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  const doc = await placementDocument(user, idParam(params.placementId), params.kind ?? "");
  return documentResponse(doc);
}
