import type { Role } from "~/generated/prisma/client";

// The sign-in accounts the demo data creates. README and tests read this list rather than repeat it.

/** One password for every demo account: they are for trying the platform, not for protecting anything. */
export const DEMO_PASSWORD = "qingcheng2023";

export type DemoAccount = {
  username: string;
  role: Role;
  organisation: string;
  displayName: string;
  password: string;
  /** teacher/student accounts are tied to a Teacher/Student row; this says which one. */
  person?: { program: string; cohortYear: number } | "teacher";
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: "bureau", role: "BUREAU_ADMIN", organisation: "呼和浩特市教育局", displayName: "示例·市教育局职成科", password: DEMO_PASSWORD },
  { username: "school", role: "SCHOOL_STAFF", organisation: "呼和浩特市商贸旅游职业学校", displayName: "示例·商贸旅游教务处", password: DEMO_PASSWORD },
  // The school with most of the report's agreements (西贝, 喜来登, 香格里拉) and both Xibei classes.
  { username: "school2", role: "SCHOOL_STAFF", organisation: "呼和浩特市食品与医药卫生学校", displayName: "示例·食品与医药卫生学校招就办", password: DEMO_PASSWORD },
  { username: "enterprise", role: "ENTERPRISE_STAFF", organisation: "西贝餐饮集团", displayName: "示例·西贝人力资源部", password: DEMO_PASSWORD },
  // A hotel that both signed with a school (3.1) and hosts a dual-teacher training base (7.7.3).
  { username: "enterprise2", role: "ENTERPRISE_STAFF", organisation: "香格里拉大酒店（呼和浩特）有限公司", displayName: "示例·香格里拉人力资源部", password: DEMO_PASSWORD },
  { username: "teacher", role: "TEACHER", organisation: "呼和浩特市商贸旅游职业学校", displayName: "示例·王青老师", password: DEMO_PASSWORD, person: "teacher" },
  {
    username: "student", role: "STUDENT", organisation: "呼和浩特市商贸旅游职业学校", displayName: "示例·李小城", password: DEMO_PASSWORD,
    person: { program: "中餐烹饪", cohortYear: 2023 },
  },
];
