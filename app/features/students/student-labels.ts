// Student record words as users read them; labels shared by every feature are in ~/lib/labels.ts.
export const STUDENT_STATUS_LABEL: Record<string, string> = {
  ENROLLED: "在校",
  GRADUATED: "已毕业",
  WITHDRAWN: "已离校",
};
