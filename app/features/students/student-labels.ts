// Belongs in ~/lib/labels.ts once that file's owner takes it.
export const STUDENT_STATUS_LABEL: Record<string, string> = {
  ENROLLED: "在校",
  GRADUATED: "已毕业",
  WITHDRAWN: "已离校",
};
