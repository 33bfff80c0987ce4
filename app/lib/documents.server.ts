import { createHash } from "node:crypto";
import type { Prisma } from "~/generated/prisma/client";

// Uploaded documents (issue 11): the signed agreement, a placement's tripartite agreement (三方协议),
// guardian's informed consent (知情同意书) and insurance policy. The type is read from the file's first
// bytes, never from its name or the browser's word, and only PDF, PNG and JPEG are kept. Files live in
// the Document table so every app instance serves them; who may read one follows from the record that
// points at it, so each feature serves its own records' documents through documentResponse().

/** One file's limit. A phone photo of a signed page is 2–4 MB; a scanned PDF of a few pages as much. */
export const DOCUMENT_LIMIT_BYTES = 5 * 1024 * 1024;

export const DOCUMENT_TYPES = {
  "application/pdf": "PDF",
  "image/png": "PNG 图片",
  "image/jpeg": "JPEG 图片",
} as const;
export type DocumentMediaType = keyof typeof DOCUMENT_TYPES;

/** The media type its first bytes say, or null when they are none of PDF, PNG, JPEG. */
export function sniffMediaType(bytes: Uint8Array): DocumentMediaType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return "application/pdf"; // %PDF-
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return "image/png";
  if (starts(0xff, 0xd8, 0xff)) return "image/jpeg";
  return null;
}

export type CheckedUpload = { fileName: string; mediaType: DocumentMediaType; bytes: Uint8Array<ArrayBuffer> };

/**
 * A form's file field checked: the file, or a Chinese message for the field. A missing file (no file
 * chosen: browsers send an empty, nameless part) is `null` — whether one is required is the caller's rule.
 */
export async function checkUpload(value: unknown): Promise<CheckedUpload | null | { error: string }> {
  if (value === undefined || value === null || value === "") return null;
  // Several files under one field (a crafted post; the form's inputs take one): say so rather than "choose a file".
  if (Array.isArray(value)) return { error: "每项只能上传一个文件" };
  if (!(value instanceof File)) return { error: "请选择要上传的文件" };
  if (value.size === 0 && value.name === "") return null;
  if (value.size === 0) return { error: "文件是空的" };
  if (value.size > DOCUMENT_LIMIT_BYTES) return { error: `文件过大（上限 ${DOCUMENT_LIMIT_BYTES / 1024 / 1024} MB）` };
  const bytes = new Uint8Array(await value.arrayBuffer());
  const mediaType = sniffMediaType(bytes);
  if (!mediaType) return { error: "只能上传 PDF、PNG 或 JPEG 文件" };
  return { fileName: cleanFileName(value.name, mediaType), mediaType, bytes };
}

/** A file name safe to show and to send back: no path, no control characters, at most 100 characters. */
function cleanFileName(name: string, mediaType: DocumentMediaType): string {
  // eslint-disable-next-line no-control-regex
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  const fallback = { "application/pdf": "文件.pdf", "image/png": "图片.png", "image/jpeg": "图片.jpg" }[mediaType];
  return (base || fallback).slice(0, 100);
}

/** Stores a checked upload for `user`'s organisation; returns the Document id. */
export async function saveDocument(
  tx: Prisma.TransactionClient,
  user: { id: number; organisationId: number },
  upload: CheckedUpload,
): Promise<number> {
  const row = await tx.document.create({
    data: {
      organisationId: user.organisationId,
      uploadedById: user.id,
      fileName: upload.fileName,
      mediaType: upload.mediaType,
      byteSize: upload.bytes.byteLength,
      sha256: createHash("sha256").update(upload.bytes).digest("hex"),
      bytes: upload.bytes,
    },
    select: { id: true },
  });
  return row.id;
}

/**
 * A stored document as a download, once the caller has decided the user may read it. Sent as an
 * attachment with its sniffed type, never sniffed again by the browser, never cached, and sandboxed
 * so a PDF opened in the browser runs no script against this site.
 */
export function documentResponse(doc: { fileName: string; mediaType: string; bytes: Uint8Array<ArrayBuffer> }): Response {
  const ascii = doc.fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return new Response(doc.bytes, {
    headers: {
      "Content-Type": doc.mediaType,
      "Content-Length": String(doc.bytes.byteLength),
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(doc.fileName)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
}
