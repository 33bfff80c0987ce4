import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { oneOf } from "~/lib/schemas";

// One schema for the browser and the server. The file travels in the same multipart post; its bytes are
// judged by upload.server.ts checkRosterFile (and read-table.server.ts), never by its name.

export const IMPORT_KINDS = ["STUDENTS", "DESTINATIONS"] as const;

export const UploadSchema = z.object({
  kind: oneOf("导入内容", IMPORT_KINDS),
  file: z.unknown().optional(),
});

/** Confirming a preview; `confirm=yes` is the second press that allows replacing records. */
export const ConfirmSchema = z.object({
  intent: z.enum(["confirm"], { error: "未知的操作" }),
  confirm: confirmField,
});
