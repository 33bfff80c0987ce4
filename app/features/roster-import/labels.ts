import type { ImportStatus } from "~/generated/prisma/enums";

export const STATUS_LABEL: Record<ImportStatus, string> = {
  INVALID: "有错误",
  PREVIEW: "待确认",
  WRITING: "写入中",
  DONE: "已导入",
  FAILED: "未导入",
};
