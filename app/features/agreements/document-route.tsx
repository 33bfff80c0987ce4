import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { documentResponse } from "~/lib/documents.server";
import { idParam } from "~/lib/errors.server";
import { agreementDocument } from "./agreements.server";

// The signed agreement as a download, for who may read the agreement; anyone else gets 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return documentResponse(await agreementDocument(user, idParam(params.agreementId)));
}
