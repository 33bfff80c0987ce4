import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import type express from "express";

// @remix-run/express's handler, except that a post's body is the Buffer boundedBody
// (request-guard.server.ts) already read and counted, not the socket: Remix never reads an
// unbounded stream. Written out here because the adapter's helpers are not part of its typed API.

/** Pages and data replies are personal unless a route says otherwise: no shared cache keeps them, no browser stores them. */
export const DEFAULT_CACHE_CONTROL = "private, no-store";

export function remixHandler(
  build: ServerBuild,
  getLoadContext: (req: express.Request, res: express.Response) => Record<string, unknown>,
): express.RequestHandler {
  const handle = createRequestHandler(build, process.env.NODE_ENV);
  return async (req, res, next) => {
    let request: Request;
    try {
      request = remixRequest(req, res);
    } catch {
      res.status(400).type("text/plain; charset=utf-8").send("请求地址不正确");
      return;
    }
    try {
      const response = await handle(request, getLoadContext(req, res));
      if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", DEFAULT_CACHE_CONTROL);
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

function remixRequest(req: express.Request, res: express.Response): Request {
  // As the adapter does: req.hostname honours "trust proxy"; the port comes from X-Forwarded-Host or Host.
  const port = [req.get("X-Forwarded-Host"), req.get("host")]
    .map((host) => Number.parseInt(host?.split(":")[1] ?? "", 10))
    .find((n) => Number.isSafeInteger(n));
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (values === undefined) continue;
    for (const value of Array.isArray(values) ? values : [values]) headers.append(key, value);
  }
  const controller = new AbortController();
  res.on("close", () => {
    if (!res.writableFinished) controller.abort();
  });
  const init: RequestInit = { method: req.method, headers, signal: controller.signal };
  if (req.method !== "GET" && req.method !== "HEAD") {
    const body: unknown = req.body;
    init.body = Buffer.isBuffer(body) ? Uint8Array.from(body) : new Uint8Array(0);
    headers.delete("transfer-encoding");
  }
  return new Request(url.href, init);
}

async function send(res: express.Response, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
