import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-database";
import type { SqlRunner } from "~/db/database.server";
import { findDrift, type HandWrittenIndex } from "./schema-drift";

// The migrations are hand-written, so this is the test that fails when someone edits
// schema.prisma and forgets the migration (or edits a migration and forgets the schema).

const schema = readFileSync("prisma/schema.prisma", "utf8");

// Indexes the migrations write by hand beyond what schema.prisma can say, each with the definition
// PostgreSQL prints for it (pg_get_indexdef after the table name): changing its method, columns,
// predicate or options in a migration is drift like any other. Any other index the database has
// and schema.prisma does not declare is drift too.
// 20261129010000_position_search: the built-in search engine's word index (search/postgres/).
// schema.prisma says @@index([terms], type: Gin); the migration adds fastupdate off, which Prisma
// cannot express (the migration says why).
const SEARCH_TERMS_INDEX: HandWrittenIndex = {
  table: "PositionSearchDocument",
  name: "PositionSearchDocument_terms_idx",
  definition: "USING gin (terms) WITH (fastupdate=off)",
};
const HAND_WRITTEN: HandWrittenIndex[] = [SEARCH_TERMS_INDEX];

const drift = (sql: SqlRunner, edited = schema, handWritten = HAND_WRITTEN) => findDrift(sql, edited, handWritten);

describe("schema.prisma and the migrated database", () => {
  const t = useTestDatabase();

  it("describe the same tables, columns, defaults, enums, indexes and foreign keys", async () => {
    expect(await drift(t.db.sql)).toEqual([]);
  });

  it("would differ if the schema gained a field, an index, an enum value, a model or a new default without a migration", async () => {
    const edited = schema
      .replace("model Teacher {", "model Teacher {\n  nickname String?")
      .replace("stale          Boolean         @default(true)", "stale          Boolean         @default(false)")
      .replace("  @@index([schoolId])\n}\n\n// ----", "  @@index([schoolId])\n  @@index([name])\n}\n\n// ----")
      .replace("enum FairStatus {", "enum FairStatus {\n  POSTPONED")
      .concat("\nmodel Badge {\n  id Int @id\n}\n");
    expect((await drift(t.db.sql, edited)).sort()).toEqual(
      [
        'column "Teacher"."nickname" is missing',
        'column "PositionSearchDocument"."stale" has DEFAULT true, schema.prisma wants DEFAULT false',
        'index on "Teacher"("name") is missing',
        'enum "FairStatus" has values (DRAFT, OPEN, RUNNING, CLOSED, CANCELLED), schema.prisma wants (POSTPONED, DRAFT, OPEN, RUNNING, CLOSED, CANCELLED)',
        'table "Badge" is missing',
      ].sort(),
    );
  });
});

describe("the drift comparator", () => {
  const t = useTestDatabase();

  it("reports exactly what was changed behind Prisma's back", async () => {
    await t.db.sql.exec(`
      ALTER TABLE "Position" DROP COLUMN "contact";
      ALTER TABLE "Position" ALTER COLUMN "headcount" TYPE bigint;
      ALTER TABLE "Notification" ALTER COLUMN "link" SET NOT NULL;
      ALTER TABLE "Student" ALTER COLUMN "phone" TYPE varchar(20);
      ALTER TABLE "Teacher" ADD COLUMN "shoeSize" integer;
      DROP INDEX "Student_schoolProgramId_idx";
      DROP INDEX "Application_positionId_studentId_key";
      CREATE INDEX "Application_positionId_studentId_key" ON "Application"("positionId", "studentId");
      ALTER INDEX "Session_expiresAt_idx" RENAME TO "session_expiry";
      ALTER TABLE "Session" DROP CONSTRAINT "Session_userId_fkey";
      ALTER TABLE "Program" DROP CONSTRAINT "Program_clusterId_fkey";
      ALTER TABLE "Program" ADD CONSTRAINT "Program_clusterId_fkey" FOREIGN KEY ("clusterId")
        REFERENCES "IndustryCluster"("id") ON DELETE CASCADE ON UPDATE CASCADE;
      ALTER TYPE "FairStatus" ADD VALUE 'POSTPONED';
      CREATE TYPE "Mood" AS ENUM ('HAPPY');
      CREATE TABLE "Scratch" ("id" integer);
    `);
    expect((await drift(t.db.sql)).sort()).toEqual(
      [
        'column "Position"."contact" is missing',
        'column "Position"."headcount" is bigint, schema.prisma wants integer',
        'column "Notification"."link" is NOT NULL, schema.prisma wants nullable',
        'column "Student"."phone" is character varying(20), schema.prisma wants text',
        'column "Teacher"."shoeSize" is in the database but not in schema.prisma',
        'index on "Student"("schoolProgramId") is missing',
        'unique index on "Application"("positionId", "studentId") is missing ("Application_positionId_studentId_key" covers the columns but is not unique)',
        'index on "Session"("expiresAt") is named "session_expiry", Prisma expects "Session_expiresAt_idx"',
        'foreign key "Session"("userId") → "User"("id") is missing',
        'foreign key "Program"("clusterId") → "IndustryCluster"("id") is ON DELETE Cascade, schema.prisma wants SetNull',
        'enum "FairStatus" has values (DRAFT, OPEN, RUNNING, CLOSED, CANCELLED, POSTPONED), schema.prisma wants (DRAFT, OPEN, RUNNING, CLOSED, CANCELLED)',
        'enum "Mood" is in the database but not in schema.prisma',
        'table "Scratch" is in the database but not in schema.prisma',
      ].sort(),
    );
  });
});

describe("the drift comparator on indexes and defaults", () => {
  const t = useTestDatabase();

  /** The drift after running `ddl` in a transaction that is rolled back, so each test starts from the migrated database. */
  const driftAfter = (ddl: string, handWritten = HAND_WRITTEN) =>
    t.db.sql.onOneConnection(async (one) => {
      await one.exec("BEGIN");
      try {
        await one.exec(ddl);
        return (await drift(one, schema, handWritten)).sort();
      } finally {
        await one.exec("ROLLBACK");
      }
    });

  it("reports a unique index made partial", async () => {
    expect(
      await driftAfter(`
        DROP INDEX "Application_positionId_studentId_key";
        CREATE UNIQUE INDEX "Application_positionId_studentId_key" ON "Application"("positionId", "studentId") WHERE "status" <> 'WITHDRAWN';
      `),
    ).toEqual([
      `unique index on "Application"("positionId", "studentId") is USING btree ("positionId", "studentId") WHERE (status <> 'WITHDRAWN'::"ApplicationStatus"), schema.prisma wants USING btree ("positionId", "studentId")`,
    ]);
  });

  it("reports an index built with another method", async () => {
    expect(
      await driftAfter(`
        DROP INDEX "PositionSearchDocument_terms_idx";
        CREATE INDEX "PositionSearchDocument_terms_idx" ON "PositionSearchDocument"("terms");
        DROP INDEX "JobFair_startsAt_idx";
        CREATE INDEX "JobFair_startsAt_idx" ON "JobFair" USING hash ("startsAt");
      `),
    ).toEqual([
      'index on "JobFair"("startsAt") is USING hash ("startsAt"), schema.prisma wants USING btree ("startsAt")',
      'index on "PositionSearchDocument"("terms") is USING btree (terms), the hand-written list wants USING gin (terms) WITH (fastupdate=off)',
    ]);
  });

  it("reports a hand-written index whose storage options changed or that is gone", async () => {
    expect(await driftAfter(`ALTER INDEX "PositionSearchDocument_terms_idx" SET (fastupdate = on)`)).toEqual([
      `index on "PositionSearchDocument"("terms") is USING gin (terms) WITH (fastupdate='on'), the hand-written list wants USING gin (terms) WITH (fastupdate=off)`,
    ]);
    expect(await driftAfter(`DROP INDEX "PositionSearchDocument_terms_idx"`)).toEqual([
      'hand-written index "PositionSearchDocument_terms_idx" on "PositionSearchDocument" USING gin (terms) WITH (fastupdate=off) is missing',
      'index on "PositionSearchDocument"("terms") is missing',
    ]);
  });

  it("reports indexes that exist only in the database, even on columns schema.prisma indexes", async () => {
    expect(
      await driftAfter(`
        CREATE INDEX "Position_title_idx" ON "Position"("title");
        CREATE UNIQUE INDEX "teacher_name" ON "Teacher"(lower("name")) WHERE "fullTime";
        CREATE INDEX "Teacher_schoolId_again" ON "Teacher"("schoolId") INCLUDE ("name");
      `),
    ).toEqual([
      'index "Position_title_idx" on "Position" USING btree (title) is in the database but neither in schema.prisma nor in the hand-written list',
      'index "Teacher_schoolId_again" on "Teacher" USING btree ("schoolId") INCLUDE (name) is in the database but neither in schema.prisma nor in the hand-written list',
      'index "teacher_name" on "Teacher" USING btree (lower(name)) WHERE "fullTime" is in the database but neither in schema.prisma nor in the hand-written list',
    ]);
  });

  it("accepts a listed hand-written index only as listed, and reports a listed one that is absent or contradicts schema.prisma", async () => {
    const byHand = { table: "Teacher", name: "teacher_name", definition: 'USING btree (lower(name)) WHERE "fullTime"' };
    const ddl = `CREATE UNIQUE INDEX "teacher_name" ON "Teacher"(lower("name")) WHERE "fullTime"`;
    expect(await driftAfter(ddl, [...HAND_WRITTEN, byHand])).toEqual([]);
    expect(await driftAfter(ddl, [...HAND_WRITTEN, { ...byHand, definition: "USING btree (lower(name))" }])).toEqual([
      'hand-written index "teacher_name" on "Teacher" is USING btree (lower(name)) WHERE "fullTime", the hand-written list wants USING btree (lower(name))',
    ]);
    expect(await driftAfter("SELECT 1", [...HAND_WRITTEN, byHand])).toEqual([
      'hand-written index "teacher_name" on "Teacher" USING btree (lower(name)) WHERE "fullTime" is missing',
    ]);
    const contradicting = { ...SEARCH_TERMS_INDEX, definition: "USING btree (terms) WITH (fastupdate=off)" };
    expect(await driftAfter("SELECT 1", [contradicting])).toEqual([
      'hand-written index "PositionSearchDocument_terms_idx" is listed as USING btree (terms) WITH (fastupdate=off), which schema.prisma contradicts (USING gin (terms))',
      'index on "PositionSearchDocument"("terms") is USING gin (terms) WITH (fastupdate=off), the hand-written list wants USING btree (terms) WITH (fastupdate=off)',
    ]);
  });

  it("reports column defaults that differ from @default, including ones schema.prisma does not have", async () => {
    expect(
      await driftAfter(`
        ALTER TABLE "Application" ALTER COLUMN "status" SET DEFAULT 'WITHDRAWN';
        ALTER TABLE "Application" ALTER COLUMN "createdAt" DROP DEFAULT;
        ALTER TABLE "Application" ALTER COLUMN "updatedAt" SET DEFAULT CURRENT_TIMESTAMP;
        ALTER TABLE "Application" ALTER COLUMN "note" SET DEFAULT '';
        ALTER TABLE "Notification" ALTER COLUMN "id" SET DEFAULT 0;
        ALTER TABLE "Position" ALTER COLUMN "wantedCertificates" DROP DEFAULT;
        ALTER TABLE "PositionSearchDocument" ALTER COLUMN "stale" SET DEFAULT false;
        ALTER TABLE "PositionSearchDocument" ALTER COLUMN "facetKey" SET DEFAULT 1;
        ALTER TABLE "PositionSearchDocument" ALTER COLUMN "title" SET DEFAULT '无';
      `),
    ).toEqual(
      [
        `column "Application"."status" has DEFAULT 'WITHDRAWN'::"ApplicationStatus", schema.prisma wants DEFAULT 'SUBMITTED'::"ApplicationStatus"`,
        'column "Application"."createdAt" has no default, schema.prisma wants DEFAULT CURRENT_TIMESTAMP',
        'column "Application"."updatedAt" has DEFAULT CURRENT_TIMESTAMP, schema.prisma wants no default',
        `column "Application"."note" has DEFAULT ''::text, schema.prisma wants no default`,
        `column "Notification"."id" has DEFAULT 0, schema.prisma wants DEFAULT nextval('"Notification_id_seq"'::regclass)`,
        'column "Position"."wantedCertificates" has no default, schema.prisma wants DEFAULT ARRAY[]::text[]',
        'column "PositionSearchDocument"."stale" has DEFAULT false, schema.prisma wants DEFAULT true',
        'column "PositionSearchDocument"."facetKey" has DEFAULT 1, schema.prisma wants DEFAULT 0',
        `column "PositionSearchDocument"."title" has DEFAULT '无'::text, schema.prisma wants DEFAULT ''::text`,
      ].sort(),
    );
  });
});
