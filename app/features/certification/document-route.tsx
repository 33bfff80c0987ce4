import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireUser } from "~/features/auth/session.server";
import { documentResponse } from "~/lib/documents.server";
import { idParam } from "~/lib/errors.server";
import { certificationDocument } from "./certifications.server";

// The submission's evidence document as a download, for who may read the certification; anyone else gets 404.
export async function loader({ request, params }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return documentResponse(await certificationDocument(user, idParam(params.certificationId)));
}
