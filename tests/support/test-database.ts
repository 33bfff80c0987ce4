import { afterAll, beforeAll } from "vitest";
import type { Database } from "~/db/database.server";
import { createTestDatabase, destroyTestDatabase } from "./database";
import { makeFactories, type Factories } from "./factories";

// The setup nearly every suite shares, as hooks. Call useTestDatabase() (or useTestApp() from
// test-app.ts, for HTTP suites) at the top of a file or of a describe: it registers the beforeAll
// that makes what the suite needs and the afterAll that closes it, and returns a handle to read it
// through once it exists: in a test, or in a beforeAll registered after the call. Vitest runs
// beforeAll hooks in the order they were registered and afterAll hooks in reverse, so a suite's own
// setup sees the database, and its own cleanup runs while the database is still there.
//
//   const t = useTestDatabase();
//   beforeAll(async () => { school = await t.make.school(); });
//   it("…", async () => { expect(await t.db.prisma.school.count()).toBe(1); });

export type { Factories };

export type TestDatabaseHandle = {
  readonly db: Database;
  /** The factories of factories/ bound to this database: `t.make.<model>(…)`. */
  readonly make: Factories;
};

/** Reads a value a beforeAll makes, or says why it is not there yet. */
export function ready<T>(value: T | undefined, maker: string): T {
  if (value === undefined) {
    throw new Error(`${maker} is not set up yet: read it in a test, or in a beforeAll registered after ${maker}`);
  }
  return value;
}

/**
 * A handle on an object that `build` makes in a beforeAll registered now (and that `teardown`, if
 * given, ends in an afterAll). Reading or assigning its properties before the beforeAll ran throws,
 * naming `maker`.
 */
export function fromBeforeAll<T extends object>(
  maker: string,
  build: () => Promise<T>,
  teardown?: (value: T) => Promise<void>,
): T {
  let value: T | undefined;
  beforeAll(async () => {
    value = await build();
  });
  if (teardown) {
    afterAll(async () => {
      if (value !== undefined) await teardown(value);
    });
  }
  return new Proxy({} as T, {
    get: (_target, key) => Reflect.get(ready(value, maker), key),
    set: (_target, key, newValue) => Reflect.set(ready(value, maker), key, newValue),
  });
}

/** A fresh, migrated database for this file (or describe), with factories over it; dropped after its tests. */
export function useTestDatabase(): TestDatabaseHandle {
  let db: Database | undefined;
  let make: Factories | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    make = makeFactories(db);
  });
  afterAll(async () => {
    if (db) await destroyTestDatabase(db);
  });
  return {
    get db() {
      return ready(db, "useTestDatabase()");
    },
    get make() {
      return ready(make, "useTestDatabase()");
    },
  };
}
