import { z } from "zod";

// The inbox has two buttons; `intent` says which one was pressed.
export const InboxSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("read"),
      notificationId: z
        .number({ error: (issue) => (issue.input === undefined ? "请选择消息" : "消息编号无效") })
        .int("消息编号无效")
        .positive("消息编号无效")
        .max(2_147_483_647, "消息编号无效"),
    }),
    z.object({ intent: z.literal("readAll") }),
  ],
  { error: "未知的操作" },
);
