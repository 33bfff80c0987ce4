import { afterAll, beforeAll } from "vitest";
import type { User } from "~/generated/prisma/client";
import { startApp, type TestApp } from "./app-server";
import { Client, clientFor } from "./http";
import { ready, useTestDatabase, type TestDatabaseHandle } from "./test-database";

// useTestDatabase() (see test-database.ts) and the real HTTP stack over it, for HTTP suites:
//
//   const t = useTestApp();
//   beforeAll(async () => { staff = await t.clientFor((await t.make.user({ … })).id); });
//   it("…", async () => { expect((await t.visitor().get("/account")).status).toBe(302); });

export type TestAppHandle = TestDatabaseHandle & {
  readonly app: TestApp;
  /** The app's base URL, http://127.0.0.1:<port>. */
  readonly url: string;
  /** A client already signed in as userId. */
  clientFor(userId: number): Promise<Client>;
  /** A client with no session: a visitor who has not signed in. */
  visitor(): Client;
  /** A new user of `role` at `organisationId`, and a client signed in as them. */
  signedIn(role: StaffRole, organisationId: number): Promise<{ user: User; client: Client }>;
};

type StaffRole = "SCHOOL_STAFF" | "ENTERPRISE_STAFF" | "BUREAU_ADMIN" | "TEACHER";

/** A database of this file's (or describe's) own and the app (app-server.ts) over it; the app is closed before the database is dropped. */
export function useTestApp(): TestAppHandle {
  const base = useTestDatabase();
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startApp(base.db);
  });
  afterAll(async () => {
    await app?.close();
  });
  const running = () => ready(app, "useTestApp()");
  return {
    get db() {
      return base.db;
    },
    get make() {
      return base.make;
    },
    get app() {
      return running();
    },
    get url() {
      return running().url;
    },
    clientFor: (userId) => clientFor(running().url, userId),
    visitor: () => new Client(running().url),
    async signedIn(role, organisationId) {
      const user = await base.make.user({ role, organisationId });
      return { user, client: await clientFor(running().url, user.id) };
    },
  };
}
