// What a database error means, for the services that expect one. A unique index refusing a row is how a
// race shows itself (a double tap, two people saving the same 学号 or credit code a moment apart): the
// services answer it in words rather than with a 500.

/**
 * A unique violation (PostgreSQL 23505): Prisma's P2002 from a model query, the driver adapter's
 * UniqueConstraintViolation, or a raw statement's P2010 carrying 23505 (raw SQL writes, e.g. the roster import).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const e = error as { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: { kind?: unknown } } } };
  return (
    e.code === "P2002" ||
    e.meta?.driverAdapterError?.cause?.kind === "UniqueConstraintViolation" ||
    (e.code === "P2010" && typeof e.message === "string" && /\b23505\b/.test(e.message))
  );
}
