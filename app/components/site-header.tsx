import { Form, Link, NavLink } from "@remix-run/react";
import { ROLE_LABEL, type RoleName } from "~/lib/labels";

type HeaderUser = { displayName: string; role: RoleName; organisation: { name: string } };

export function SiteHeader({ user }: { user: HeaderUser | null }) {
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        青城产教通
      </Link>
      {user ? (
        <nav aria-label="主导航">
          <NavLink to="/" end>
            首页
          </NavLink>
          <NavLink to="/directory">名录</NavLink>
          <NavLink to="/account">我的账号</NavLink>
          <span className="who">
            {user.displayName} · {ROLE_LABEL[user.role]} · {user.organisation.name}
          </span>
          <Form method="post" action="/logout">
            <button type="submit" className="link-button">
              退出
            </button>
          </Form>
        </nav>
      ) : (
        <nav aria-label="主导航">
          <NavLink to="/login">登录</NavLink>
        </nav>
      )}
    </header>
  );
}
