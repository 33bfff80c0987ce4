import { lookup } from "./lookup";

// Chinese labels for the domain's enums, shared by pages and tests.
export type RoleName = "BUREAU_ADMIN" | "SCHOOL_STAFF" | "ENTERPRISE_STAFF" | "TEACHER" | "STUDENT";

export const ROLE_LABEL: Record<RoleName, string> = {
  BUREAU_ADMIN: "教育局管理员",
  SCHOOL_STAFF: "学校管理员",
  ENTERPRISE_STAFF: "企业人员",
  TEACHER: "教师",
  STUDENT: "学生",
};

export const DISTRICT_LABEL: Record<string, string> = {
  XINCHENG: "新城区",
  SAIHAN: "赛罕区",
  YUQUAN: "玉泉区",
  HUIMIN: "回民区",
  TUMED_LEFT: "土默特左旗",
  TOGTOH: "托克托县",
  HORINGER: "和林格尔县",
  WUCHUAN: "武川县",
  QINGSHUIHE: "清水河县",
  ECONOMIC_ZONE: "经济技术开发区",
};

export const OWNERSHIP_LABEL: Record<string, string> = { PUBLIC: "公办", PRIVATE: "民办" };

export const SUPERVISING_LABEL: Record<string, string> = {
  CITY: "市属",
  DISTRICT: "区属",
  COUNTY: "旗县区属",
  DEVELOPMENT_ZONE: "经开区属",
};

export const SIZE_LABEL: Record<string, string> = { LARGE: "大型", MEDIUM: "中型", SMALL: "小型", MICRO: "微型" };

export const DUAL_TEACHER_LABEL: Record<string, string> = {
  NONE: "未认定",
  JUNIOR: "初级",
  INTERMEDIATE: "中级",
  SENIOR: "高级",
};

export const label = (table: Record<string, string>, key: string | null | undefined) =>
  key ? (lookup(table, key) ?? key) : "—";
