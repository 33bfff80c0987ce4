import type { PrismaClient } from "~/generated/prisma/client";
import { readConfig } from "~/config.server";
import { database } from "~/db/db.server";
import { todayInHohhot } from "~/lib/dates";
import { createPositionSearch, type PositionSearchEngine } from "../../search/engine";

// The app's position search: search/ is handed the installed database, the configuration's
// Meilisearch settings and the platform's clock here, and imports nothing from app/ itself.

// One engine per database handle, on globalThis like the handle itself (app/db/db.server.ts): the
// server entry and the Remix bundle each load this module, and Meilisearch settings go out once.
const KEY = Symbol.for("qingcheng.positionSearch");
type Holder = { [KEY]?: WeakMap<object, PositionSearchEngine> };

const today = () => todayInHohhot();

/** The engine the configuration chooses, over the installed database. */
export function positionSearch(): PositionSearchEngine {
  const db = database();
  const holder = globalThis as Holder;
  const engines = (holder[KEY] ??= new WeakMap());
  let engine = engines.get(db);
  if (!engine) {
    const { meiliUrl, meiliApiKey } = readConfig();
    engine = createPositionSearch(db, { meiliUrl, meiliApiKey, today });
    engines.set(db, engine);
  }
  return engine;
}

/** The engine for a Prisma client that is not (yet) the installed database, e.g. while seeding at boot. */
export function positionSearchFor(prisma: PrismaClient): PositionSearchEngine {
  const { meiliUrl, meiliApiKey } = readConfig();
  return createPositionSearch({ prisma }, { meiliUrl, meiliApiKey, today });
}
