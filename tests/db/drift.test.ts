import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { useTestDatabase } from "../support/test-database";
import { findDrift } from "./schema-drift";

// The migrations are hand-written, so this is the test that fails when someone edits
// schema.prisma and forgets the migration (or edits a migration and forgets the schema).

const schema = readFileSync("prisma/schema.prisma", "utf8");

describe("schema.prisma and the migrated database", () => {
  const t = useTestDatabase();

  it("describe the same tables, columns, enums, indexes and foreign keys", async () => {
    expect(await findDrift(t.db.sql, schema)).toEqual([]);
  });

  it("would differ if the schema gained a field, an index, an enum value or a model without a migration", async () => {
    const edited = schema
      .replace("model Teacher {", "model Teacher {\n  nickname String?")
      .replace("  @@index([schoolId])\n}\n\n// ----", "  @@index([schoolId])\n  @@index([name])\n}\n\n// ----")
      .replace("enum FairStatus {", "enum FairStatus {\n  POSTPONED")
      .concat("\nmodel Badge {\n  id Int @id\n}\n");
    expect((await findDrift(t.db.sql, edited)).sort()).toEqual(
      [
        'column "Teacher"."nickname" is missing',
        'index on "Teacher"("name") is missing',
        'enum "FairStatus" has values (PLANNED, OPEN, FINISHED, CANCELLED), schema.prisma wants (POSTPONED, PLANNED, OPEN, FINISHED, CANCELLED)',
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
    expect((await findDrift(t.db.sql, schema)).sort()).toEqual(
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
        'enum "FairStatus" has values (PLANNED, OPEN, FINISHED, CANCELLED, POSTPONED), schema.prisma wants (PLANNED, OPEN, FINISHED, CANCELLED)',
        'enum "Mood" is in the database but not in schema.prisma',
        'table "Scratch" is in the database but not in schema.prisma',
      ].sort(),
    );
  });
});
