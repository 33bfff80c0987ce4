import type { ServerBuild } from "@remix-run/node";
import { readConfig } from "./app/config.server";
import { positionSearchFor } from "./app/lib/position-search.server";
import { bootPlatform } from "./app/server/boot.server";
import { createHttpApp } from "./app/server/http.server";
import { formatDemoSummary, seedDemo } from "./prisma/seed/demo";

const config = readConfig();
// The embedded default seeds itself on first start; every step of seedDemo() is idempotent, so later starts only check.
const db = await bootPlatform(config, async (embedded) => {
  const summary = await seedDemo(embedded.prisma, positionSearchFor(embedded.prisma));
  if (summary.base.created || summary.positionsCreated || summary.applicationsCreated) console.log(formatDemoSummary(summary));
});
// @ts-expect-error the server build exists after `remix build` (npm start runs it first)
const build = (await import("./build/index.js")) as ServerBuild;
const server = createHttpApp(build).listen(config.port, () => {
  const where = db.kind === "pglite" ? `嵌入式 PGlite（${config.dataDir}）` : "PostgreSQL";
  console.log(`青城产教通已启动: http://localhost:${config.port} · 数据库: ${where}`);
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close();
    void db.close().finally(() => process.exit(0));
  });
}
