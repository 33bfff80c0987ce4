import { z } from "zod";

// The forms of 收藏 and saved searches; `intent` says which button was pressed. One schema for the
// page and the action (conform), messages in Chinese.

const id = (what: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请选择${what}` : `${what}编号无效`) })
    .int(`${what}编号无效`)
    .positive(`${what}编号无效`)
    .max(2_147_483_647, `${what}编号无效`);

/**
 * Where to return after the toggle, as posted; never a reason to refuse the save. The action sends
 * it through safeRedirect (the sign-in's rule): a same-site path, percent-encoded, or /saved — never
 * an open redirect, never a Location header Node refuses to send (non-ASCII, control characters).
 */
const returnTo = z.string().max(2_000).optional().catch(undefined);

/** At most this many characters of a search's query string are read: far above any real /positions URL. */
export const SEARCH_TEXT_MAX = 2_000;

export const SavedSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({ intent: z.literal("save"), positionId: id("岗位"), returnTo }),
    z.object({ intent: z.literal("unsave"), positionId: id("岗位"), returnTo }),
    z.object({
      intent: z.literal("saveSearch"),
      search: z
        .string({ error: "没有可保存的搜索条件" })
        .max(SEARCH_TEXT_MAX, "搜索条件过长")
        .optional()
        .transform((s) => s ?? ""),
    }),
    z.object({ intent: z.literal("deleteSearch"), searchId: id("保存的搜索") }),
  ],
  { error: "未知的操作" },
);
export type SavedForm = z.infer<typeof SavedSchema>;
