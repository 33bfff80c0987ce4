import { randomBytes } from "node:crypto";
import type { ServerBuild } from "@remix-run/node";
import express from "express";
import helmet from "helmet";
import { remixHandler } from "./remix-handler.server";
import { allowedMethods, bodyErrors, boundedBody, formContentTypes, sameOriginPosts } from "./request-guard.server";

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

  // Hostile requests end here, before any route: unknown methods (405), posts from other origins
  // (403), bodies that are not forms (415) or over the limit (413), see request-guard.server.ts.
  app.use(allowedMethods, sameOriginPosts, formContentTypes);

  app.use("/build", express.static("public/build", { immutable: true, maxAge: "1y" }));
  app.use(express.static("public", { maxAge: "1h" }));
  app.all(
    "*",
    boundedBody,
    remixHandler(build, (req, res): LoadContext => ({
      cspNonce: res.locals.cspNonce as string,
      clientIp: req.ip ?? "unknown",
    })),
  );
  app.use(bodyErrors);
  return app;
}
