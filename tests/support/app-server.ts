import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import type { Database } from "~/db/database.server";
import { installDatabase } from "~/db/db.server";
import { createHttpApp } from "~/server/http.server";
import { installRuntime } from "~/server/runtime.server";

export const TEST_SESSION_SECRET = "test-session-secret";

export type TestApp = { url: string; close(): Promise<void> };

/** The real HTTP stack (Express, security headers, the built Remix server) on a free port, over `db`. */
export async function startApp(db: Database): Promise<TestApp> {
  installDatabase(db);
  installRuntime({ sessionSecret: TEST_SESSION_SECRET, secureCookies: false });
  const buildUrl = pathToFileURL(path.resolve("build/index.js")).href;
  const build = (await import(/* @vite-ignore */ buildUrl)) as ServerBuild;
  const server = createHttpApp(build).listen(0, "127.0.0.1");
  // Node closes an idle kept-alive connection after 5 s; on a loaded machine the tests' fetch can send on
  // it just as it closes (ECONNRESET, seen in tests/placements/tracking.test.ts). Test traffic need not
  // save sockets (as in tests/search/fake-meilisearch.ts); close() still shuts the idle ones.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((resolve) => server.once("listening", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}
