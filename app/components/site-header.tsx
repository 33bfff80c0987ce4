import { Form, Link, NavLink } from "@remix-run/react";
import { ROLE_LABEL, type RoleName } from "~/lib/labels";

type HeaderUser = { displayName: string; role: RoleName; organisation: { name: string } };
type NavItem = { to: string; label: string };

// Each role sees the pages it works in; the pages still check permissions themselves.
const ROLE_NAV: Record<RoleName, NavItem[]> = {
  STUDENT: [
    { to: "/recommended", label: "为你推荐" },
    { to: "/applications", label: "我的申请" },
    { to: "/resume", label: "我的简历" },
    { to: "/saved", label: "我的收藏" },
  ],
  ENTERPRISE_STAFF: [
    { to: "/enterprise/positions", label: "岗位管理" },
    { to: "/enterprise/matching", label: "对口学生" },
  ],
  SCHOOL_STAFF: [{ to: "/school/applications", label: "学生申请" }],
  TEACHER: [{ to: "/school/applications", label: "学生申请" }],
  BUREAU_ADMIN: [{ to: "/bureau/positions", label: "岗位统计" }],
};

export function SiteHeader({ user, unread }: { user: HeaderUser | null; unread: number }) {
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
          <NavLink to="/positions" end>
            岗位
          </NavLink>
          {ROLE_NAV[user.role].map((item) => (
            <NavLink key={item.to} to={item.to}>
              {item.label}
            </NavLink>
          ))}
          <NavLink to="/directory">名录</NavLink>
          <NavLink to="/inbox" aria-label={unread > 0 ? `消息，${unread} 条未读` : "消息"}>
            消息{unread > 0 ? <span className="badge">{unread > 99 ? "99+" : unread}</span> : null}
          </NavLink>
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
