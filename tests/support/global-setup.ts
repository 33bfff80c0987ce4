import { randomBytes } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { openDatabase, type SqlRunner } from "~/db/database.server";
import { migrate } from "~/db/migrate.server";
import { chooseChromium } from "./browser";
import { withAdmin } from "./database";

// Runs once per `vitest run`, in the main process, before any test file.
//
// The migrated template: every test file gets a database of its own (tests/support/database.ts),
// and migrating one from nothing costs seconds per file on a busy machine. So the production
// migrate() runs once, here, into a template, and each file starts from a copy of it:
//   - embedded: an in-memory PGlite, migrated and dumped with dumpDataDir() into a tar file, which
//     each file loads (new PGlite({ loadDataDir }));
//   - PostgreSQL (DATABASE_URL): a database qc_template_<random>, which each file copies with
//     CREATE DATABASE … TEMPLATE. It is dropped when the run ends.
//
// Chromium: when the browser tests fall back to @sparticuz/chromium, its first executablePath()
// unpacks the binary to the temp dir. Two test files doing that at once could launch a half-written
// file, so it is unpacked here, once, before the workers start (later runs find it unpacked).

declare module "vitest" {
  export interface ProvidedContext {
    /** A file holding the dump of a migrated PGlite (embedded runs only). */
    pgliteTemplateFile: string;
    /** The name of the migrated template database on the server (PostgreSQL runs only). */
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await chooseChromium();
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `qc_template_${randomBytes(6).toString("hex")}`;
    await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
    const url = new URL(adminUrl);
    url.pathname = `/${name}`;
    // Closed before any file copies it: CREATE DATABASE … TEMPLATE refuses a template others are connected to.
    const db = await openDatabase({ kind: "postgres", url: url.toString(), maxConnections: 1 });
    try {
      await migrate(db.sql);
    } finally {
      await db.close();
    }
    project.provide("postgresTemplate", name);
    return () => withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
  }
  // PGlite itself rather than openDatabase(): dumpDataDir() is on the client, which Database does not expose.
  const pglite = new PGlite();
  const runner: SqlRunner = {
    exec: async (script) => void (await pglite.exec(script)),
    query: async <T,>(text: string, params?: unknown[]) => (await pglite.query<T>(text, params)).rows,
    onOneConnection: (fn) => fn(runner),
  };
  const dir = await mkdtemp(path.join(os.tmpdir(), "qc-pglite-template-"));
  try {
    await migrate(runner);
    const dump = await pglite.dumpDataDir("none");
    await writeFile(path.join(dir, "template.tar"), Buffer.from(await dump.arrayBuffer()));
  } finally {
    await pglite.close();
  }
  project.provide("pgliteTemplateFile", path.join(dir, "template.tar"));
  return () => rm(dir, { recursive: true, force: true });
}
