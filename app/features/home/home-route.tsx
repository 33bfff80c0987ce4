import type { LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { json } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { GeneralErrorBoundary } from "~/components/error-boundary";
import { requireUser } from "~/features/auth/session.server";
import { homeFor } from "./home.server";
import { EnterprisePanel, StudentPanel, TeacherPanel } from "./member-panels";
import { BureauPanel, SchoolPanel } from "./office-panels";

export const meta: MetaFunction = () => [{ title: "首页 · 青城产教通" }];

export async function loader({ request }: LoaderFunctionArgs) {
  const user = await requireUser(request);
  return json({ home: await homeFor(user) });
}

export default function HomeRoute() {
  const { home } = useLoaderData<typeof loader>();
  switch (home.role) {
    case "BUREAU_ADMIN":
      return <BureauPanel home={home} />;
    case "SCHOOL_STAFF":
      return <SchoolPanel home={home} />;
    case "ENTERPRISE_STAFF":
      return <EnterprisePanel home={home} />;
    case "TEACHER":
      return <TeacherPanel home={home} />;
    case "STUDENT":
      return <StudentPanel home={home} />;
  }
}

export function ErrorBoundary() {
  return <GeneralErrorBoundary />;
}
