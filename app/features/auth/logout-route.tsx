import type { ActionFunctionArgs } from "@remix-run/node";
import { redirect } from "@remix-run/node";
import { destroySession } from "./session.server";

export async function loader() {
  return redirect("/"); // signing out is a POST, so a link or prefetch cannot end the session
}

export async function action({ request }: ActionFunctionArgs) {
  return redirect("/login", { headers: { "Set-Cookie": await destroySession(request) } });
}
