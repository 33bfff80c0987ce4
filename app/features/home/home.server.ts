import type { SessionUser } from "~/features/auth/session.server";
import { bureauHome, schoolHome } from "./office-home.server";
import { enterpriseHome, studentHome, teacherHome } from "./member-home.server";

// Each role's start page shows what that role can act on next, with live figures for its own scope.

export async function homeFor(user: SessionUser) {
  switch (user.role) {
    case "BUREAU_ADMIN":
      return { role: user.role, ...(await bureauHome()) };
    case "SCHOOL_STAFF":
      return { role: user.role, ...(await schoolHome(user)) };
    case "ENTERPRISE_STAFF":
      return { role: user.role, ...(await enterpriseHome(user)) };
    case "TEACHER":
      return { role: user.role, ...(await teacherHome(user)) };
    case "STUDENT":
      return { role: user.role, ...(await studentHome(user)) };
  }
}

export type Home = Awaited<ReturnType<typeof homeFor>>;
export type HomeOf<R extends Home["role"]> = Extract<Home, { role: R }>;
