import type { SessionUser } from "~/features/auth/session.server";
import { bureauHome, schoolHome } from "./office-home.server";
import { enterpriseHome, studentHome, teacherHome } from "./member-home.server";
import { bureauTodo, enterpriseTodo, schoolTodo, studentTodo } from "./todo.server";

// Each role's start page leads with what waits for that user (todo.server.ts), then what that role
// can act on next, with live figures for its own scope.

export async function homeFor(user: SessionUser) {
  switch (user.role) {
    case "BUREAU_ADMIN":
      return { role: user.role, ...(await bureauHome()), todos: await bureauTodo() };
    case "SCHOOL_STAFF":
      return { role: user.role, ...(await schoolHome(user)), todos: await schoolTodo(user.organisationId) };
    case "ENTERPRISE_STAFF":
      return { role: user.role, ...(await enterpriseHome(user)), todos: await enterpriseTodo(user.organisationId) };
    case "TEACHER":
      return { role: user.role, ...(await teacherHome(user)) };
    case "STUDENT": {
      const home = await studentHome(user);
      return { role: user.role, ...home, todo: home.student ? await studentTodo(user.id, home.student.id) : null };
    }
  }
}

export type Home = Awaited<ReturnType<typeof homeFor>>;
export type HomeOf<R extends Home["role"]> = Extract<Home, { role: R }>;
