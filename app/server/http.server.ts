import { randomBytes } from "node:crypto";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import helmet from "helmet";

/** What Express hands every loader and action. clientIp honours X-Forwarded-For only from a local proxy. */
export type LoadContext = { cspNonce: string; clientIp: string };

/** The HTTP layer: security headers on every response, static assets, then Remix. */
export function createHttpApp(build: ServerBuild) {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", "loopback"); // behind a reverse proxy on the same host, see README

  app.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString("base64");
    next();
  });
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          "default-src": ["'self'"],
          "script-src": ["'self'", (_req, res) => `'nonce-${(res as express.Response).locals.cspNonce}'`],
          "style-src": ["'self'"],
          "img-src": ["'self'", "data:"],
          "connect-src": ["'self'"],
          "font-src": ["'self'"],
          "object-src": ["'none'"],
          "base-uri": ["'self'"],
          "form-action": ["'self'"],
          "frame-ancestors": ["'none'"],
        },
      },
      referrerPolicy: { policy: "strict-origin-when-cross-origin" },
      crossOriginEmbedderPolicy: false,
    }),
  );

  // Cookies are SameSite=Lax already; refusing cross-origin form posts outright costs nothing.
  app.use((req, res, next) => {
    const origin = req.get("origin");
    if (req.method !== "GET" && req.method !== "HEAD" && origin && origin !== "null") {
      const expected = `${req.protocol}://${req.get("host")}`;
      if (origin !== expected) {
        res.status(403).type("text/plain; charset=utf-8").send("跨站请求已被拒绝");
        return;
      }
    }
    next();
  });

  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all(
    "*",
    createRequestHandler({
      build,
      getLoadContext: (req, res): LoadContext => ({
        cspNonce: res.locals.cspNonce as string,
        clientIp: req.ip ?? "unknown",
      }),
    }),
  );
  return app;
}
