import { z } from "zod";

const notificationId = z
  .number({ error: (issue) => (issue.input === undefined ? "请选择消息" : "消息编号无效") })
  .int("消息编号无效")
  .positive("消息编号无效")
  .max(2_147_483_647, "消息编号无效");

// The inbox has three buttons; `intent` says which one was pressed: 标为已读, 查看详情 (marks it
// read, then goes to what it is about), 全部标为已读.
export const InboxSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("read"), notificationId }),
    z.object({ intent: z.literal("open"), notificationId }),
    z.object({ intent: z.literal("readAll") }),
  ],
  { error: "未知的操作" },
);
