import { Form, Link, NavLink, useLocation } from "@remix-run/react";
import { useEffect, useRef } from "react";
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
    { to: "/fairs", label: "招聘会" },
    { to: "/order-classes", label: "订单班" },
    { to: "/placements", label: "岗位实习" },
    { to: "/my/destination", label: "我的毕业去向" },
  ],
  ENTERPRISE_STAFF: [
    { to: "/enterprise/positions", label: "岗位管理" },
    { to: "/enterprise/matching", label: "对口学生" },
    { to: "/fairs", label: "招聘会" },
    { to: "/agreements", label: "合作协议" },
    { to: "/order-classes", label: "订单班" },
    { to: "/placements", label: "岗位实习" },
    { to: "/teacher-practice", label: "教师实践" },
    { to: "/consortium", label: "产教共同体" },
  ],
  SCHOOL_STAFF: [
    { to: "/school/applications", label: "学生申请" },
    { to: "/fairs", label: "招聘会" },
    { to: "/agreements", label: "合作协议" },
    { to: "/order-classes", label: "订单班" },
    { to: "/placements", label: "岗位实习" },
    { to: "/placements/compliance", label: "实习合规" },
    { to: "/school/blocked-enterprises", label: "不合作企业" },
    { to: "/teachers", label: "教师" },
    { to: "/teacher-practice", label: "教师企业实践" },
    { to: "/certifications", label: "双师认定" },
    { to: "/school/partnerships", label: "合作概览" },
    { to: "/consortium", label: "产教共同体" },
    { to: "/imports", label: "数据导入" },
    { to: "/destinations", label: "毕业去向" },
    { to: "/mentors", label: "行业导师" },
    { to: "/reports", label: "质量年报" },
  ],
  TEACHER: [
    { to: "/school/applications", label: "学生申请" },
    { to: "/fairs", label: "招聘会" },
    { to: "/order-classes", label: "订单班" },
    { to: "/placements", label: "岗位实习" },
    { to: "/teacher-practice", label: "企业实践" },
  ],
  BUREAU_ADMIN: [
    { to: "/bureau/positions", label: "岗位统计" },
    { to: "/bureau/enterprises", label: "企业核验" },
    { to: "/fairs", label: "招聘会" },
    { to: "/agreements", label: "合作协议" },
    { to: "/order-classes", label: "订单班" },
    { to: "/placements", label: "岗位实习" },
    { to: "/placements/compliance", label: "实习合规" },
    { to: "/bureau/partnerships", label: "合作概览" },
    { to: "/certifications", label: "双师认定" },
    { to: "/training-bases", label: "培训基地" },
    { to: "/consortium", label: "产教共同体" },
    { to: "/retention", label: "留呼工程" },
    { to: "/imports", label: "数据导入" },
    { to: "/destinations", label: "毕业去向" },
    { to: "/mentors", label: "行业导师" },
    { to: "/reports", label: "质量年报" },
  ],
};

// On a phone the header is one line: the brand and a 菜单 button that opens the navigation. The menu
// is a <details>, so it opens before hydration too; on a wide screen (app.css) it is always open and
// the button is hidden. The unread count shows on the button as well, so it is seen with the menu shut.
export function SiteHeader({ user, unread }: { user: HeaderUser | null; unread: number }) {
  const menu = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  // A client-side navigation keeps the header mounted: shut the menu once the new page is there. Not on
  // hydration itself: a menu opened before the scripts ran stays open.
  const shownKey = useRef(location.key);
  useEffect(() => {
    if (shownKey.current === location.key) return;
    shownKey.current = location.key;
    if (menu.current) menu.current.open = false;
  }, [location.key]);
  const unreadBadge = unread > 0 ? <span className="badge">{unread > 99 ? "99+" : unread}</span> : null;
  return (
    <header className="site-header">
      <Link to="/" className="brand">
        青城产教通
      </Link>
      {user ? (
        <details className="site-menu" ref={menu}>
          <summary aria-label={unread > 0 ? `菜单，${unread} 条未读消息` : "菜单"}>
            菜单
            {unread > 0 ? (
              <span className="summary-badge" aria-hidden="true">
                {unread > 99 ? "99+" : unread}
              </span>
            ) : null}
          </summary>
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
              消息{unreadBadge}
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
        </details>
      ) : (
        <nav aria-label="主导航">
          <NavLink to="/login">登录</NavLink>
        </nav>
      )}
    </header>
  );
}
