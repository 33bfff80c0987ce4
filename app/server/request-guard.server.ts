import type { ErrorRequestHandler, RequestHandler } from "express";
import express from "express";

// What a request must look like before any route sees it. Every page and action answers the same
// way to a hostile request: one place here, not a check per form (issue 8, items 2, 3 and 7).

/** Forms are small: 1 MB is far above the longest text a form takes (a 5,000-character description). */
export const BODY_LIMIT_BYTES = 1024 * 1024;

/**
 * Where an upload is meant (issue 11: the signed agreement, a tripartite agreement, a guardian's
 * consent, an insurance policy): multipart posts under these paths may carry up to three files of
 * app/lib/documents.server.ts DOCUMENT_LIMIT_BYTES each; issue 14: a roster to import, up to
 * app/features/roster-import IMPORT_LIMIT_BYTES. Everywhere else a post stays under 1 MB.
 */
export const UPLOAD_PATHS: readonly RegExp[] = [/^\/agreements(\/|$)/, /^\/placements(\/|$)/, /^\/imports(\/|$)/];
export const UPLOAD_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/** The methods some route answers: pages are read with GET/HEAD, forms post. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST"] as const;

function refuse(res: express.Response, status: number, message: string) {
  res.status(status).set("Cache-Control", "no-store").type("text/plain; charset=utf-8").send(message);
}

/** TRACE, PUT, DELETE, OPTIONS…: no route has them, so 405 with Allow rather than whatever Remix makes of them. */
export const allowedMethods: RequestHandler = (req, res, next) => {
  if ((ALLOWED_METHODS as readonly string[]).includes(req.method)) return next();
  res.set("Allow", ALLOWED_METHODS.join(", "));
  refuse(res, 405, "不支持该请求方法");
};

/**
 * A post from another origin is refused. `Origin: null` (sandboxed frames, file: pages, redirects
 * across sites) cannot be told apart from a hostile page, so it is refused too. No Origin at all is
 * let through: old browsers and scripts send none, and SameSite=Lax cookies already keep a
 * cross-site post from carrying the session.
 */
export const sameOriginPosts: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const origin = req.get("origin");
  if (origin !== undefined && origin !== `${req.protocol}://${req.get("host")}`) {
    return refuse(res, 403, "跨站请求已被拒绝");
  }
  next();
};

const FORM_TYPES = /^application\/x-www-form-urlencoded\s*(;|$)/i;
const JSON_TYPE = /^application\/json\s*(;|$)/i;

/**
 * The scan APIs (issue 12: a fair's entrance and a booth's lead scanner) take JSON as well as forms:
 * the scanner's queue uploads a batch of scans at once. Their bodies stay under BODY_LIMIT_BYTES and
 * their routes check every field (app/features/fair-checkin/scan-schema.ts).
 */
export const JSON_PATHS: readonly RegExp[] = [/^\/fairs\/\d+\/check-in\/scans$/, /^\/fairs\/\d+\/booth\/scan\/leads$/];
const MULTIPART = /^multipart\/form-data\s*;(.*;)?\s*boundary=("[^"]+"|[^;\s]+)/i;

/** Forms post url-encoded or multipart (with a boundary); JSON, XML, text… are not forms: 415. An empty post needs no type. */
export const formContentTypes: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const type = req.get("content-type");
  if (type === undefined) {
    if (!bodyExpected(req)) return next();
    return refuse(res, 415, "请求格式不受支持：请通过页面上的表单提交");
  }
  if (FORM_TYPES.test(type) || MULTIPART.test(type)) return next();
  if (JSON_TYPE.test(type) && JSON_PATHS.some((path) => path.test(req.path))) return next();
  if (/^multipart\/form-data/i.test(type)) return refuse(res, 400, "表单格式不正确：缺少分隔符（boundary）");
  refuse(res, 415, "请求格式不受支持：请通过页面上的表单提交");
};

function bodyExpected(req: express.Request): boolean {
  const length = req.get("content-length");
  return req.get("transfer-encoding") !== undefined || (length !== undefined && length !== "0");
}

/**
 * Reads the body of a post into req.body (a Buffer), refusing with 413 before reading when
 * Content-Length is over the limit, and as soon as the bytes streamed pass it when it is absent
 * (body-parser counts them). The Remix handler then takes the body from req.body.
 */
const formBody = express.raw({ type: () => true, limit: BODY_LIMIT_BYTES });
const uploadBody = express.raw({ type: () => true, limit: UPLOAD_BODY_LIMIT_BYTES });
export const boundedBody: RequestHandler = (req, res, next) => {
  const upload = MULTIPART.test(req.get("content-type") ?? "") && UPLOAD_PATHS.some((path) => path.test(req.path));
  (upload ? uploadBody : formBody)(req, res, next);
};

/** body-parser's errors (too large, aborted, bad encoding) answered in Chinese; anything else goes on to Express. */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error.type === "entity.too.large") {
    const limit = (error as { limit?: number }).limit === UPLOAD_BODY_LIMIT_BYTES ? "16 MB" : "1 MB";
    return refuse(res, 413, `提交的内容过大（上限 ${limit}）`);
  }
  if (error.type === "request.aborted") return refuse(res, 400, "请求在传输中中断");
  if (typeof error.type === "string" && typeof error.status === "number" && error.status < 500) {
    return refuse(res, error.status, "请求格式不正确");
  }
  next(error);
};
