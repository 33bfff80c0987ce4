import { todayInHohhot } from "~/lib/dates";
import type { Database } from "~/db/database.server";
import { createPositionSearch, type PositionSearchEngine } from "../../../search/engine";

// What every factory is bound to: the test's database, and the search engine a position made
// with the `indexed` trait is written through (the built-in engine over the same database unless
// the caller names another). Names carry one counter for the whole test process, so records made
// by different factories, files or describes never collide on a unique column.

export type FactoryContext = {
  readonly db: Database;
  /** The engine `indexed: true` writes through; made on first use. */
  engine(): PositionSearchEngine;
};

export function factoryContext(db: Database): FactoryContext {
  let engine: PositionSearchEngine | undefined;
  return { db, engine: () => (engine ??= createPositionSearch(db, { today: todayInHohhot })) };
}

let counter = 0;
/** A number no other record made in this process has had. */
export const next = () => ++counter;

/** A calendar day: "YYYY-MM-DD" as a date input sends it, or a Date; null and undefined pass through. */
export function day(value: string | Date | null | undefined): Date | null | undefined {
  if (value === null || value === undefined || value instanceof Date) return value;
  return new Date(`${value}T00:00:00Z`);
}
