-- The built-in position search engine's index (search/postgres/, model PositionSearchDocument).

-- CreateTable
CREATE TABLE "PositionSearchDocument" (
    "positionId" INTEGER NOT NULL,
    "stale" BOOLEAN NOT NULL DEFAULT true,
    "searchable" BOOLEAN NOT NULL DEFAULT false,
    "kind" "PositionKind",
    "clusterId" INTEGER,
    "district" "District",
    "enterpriseSize" "EnterpriseSize",
    "payValue" INTEGER,
    "publishedAt" TIMESTAMP(3),
    "deadline" DATE,
    "facetKey" INTEGER NOT NULL DEFAULT 0,
    "categoryIds" INTEGER[] DEFAULT ARRAY[]::INTEGER[],
    "title" TEXT NOT NULL DEFAULT '',
    "titleText" TEXT NOT NULL DEFAULT '',
    "headText" TEXT NOT NULL DEFAULT '',
    "version" TEXT NOT NULL DEFAULT '',
    "terms" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "PositionSearchDocument_pkey" PRIMARY KEY ("positionId")
);

-- CreateIndex
-- fastupdate off (hand-added; Prisma ignores storage parameters): writes go straight into the index
-- instead of a pending list every search must scan, which on PGlite (no autovacuum) only a bulk
-- insert would ever flush. Position writes are rare; searches are not.
CREATE INDEX "PositionSearchDocument_terms_idx" ON "PositionSearchDocument" USING GIN ("terms") WITH (fastupdate = off);

-- CreateIndex
CREATE INDEX "PositionSearchDocument_stale_idx" ON "PositionSearchDocument"("stale");

-- Hand-added (Prisma cannot express it): no statistics for "terms". From its most common elements
-- the planner would guess that a frequent word matches a large share of rows and scan the whole
-- table, comparing every row's long array — seconds, where the GIN index takes milliseconds. With no
-- statistics it assumes a word is selective, and the index is always the better plan.
ALTER TABLE "PositionSearchDocument" ALTER COLUMN "terms" SET STATISTICS 0;

-- AddForeignKey
ALTER TABLE "PositionSearchDocument" ADD CONSTRAINT "PositionSearchDocument_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "Position"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written (Prisma cannot express triggers). The engine rewrites a position's row inside
-- every position write's transaction; these triggers are the safety net for writes that go around
-- it (another feature, a script, a rename of the enterprise or of a program): they mark the rows
-- that may now be out of date, and the next search refreshes them before answering. Each trigger
-- always writes the row, even when it is already stale: that takes the row lock a concurrent
-- refresh holds, so a refresh can never overwrite a newer change with what it read before.
-- ---------------------------------------------------------------------------

CREATE FUNCTION "position_search_mark_position"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "PositionSearchDocument" ("positionId") VALUES (NEW."id")
  ON CONFLICT ("positionId") DO UPDATE SET "stale" = true;
  RETURN NULL;
END $$;

CREATE TRIGGER "Position_search_stale" AFTER INSERT OR UPDATE ON "Position"
  FOR EACH ROW EXECUTE FUNCTION "position_search_mark_position"();

CREATE FUNCTION "position_search_mark_link"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    UPDATE "PositionSearchDocument" SET "stale" = true WHERE "positionId" = OLD."positionId";
  END IF;
  IF TG_OP <> 'DELETE' THEN
    UPDATE "PositionSearchDocument" SET "stale" = true WHERE "positionId" = NEW."positionId";
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "PositionProgram_search_stale" AFTER INSERT OR UPDATE OR DELETE ON "PositionProgram"
  FOR EACH ROW EXECUTE FUNCTION "position_search_mark_link"();
CREATE TRIGGER "PositionCategory_search_stale" AFTER INSERT OR UPDATE OR DELETE ON "PositionCategory"
  FOR EACH ROW EXECUTE FUNCTION "position_search_mark_link"();

-- The enterprise's name is searched and its size is a facet.
CREATE FUNCTION "position_search_mark_enterprise"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  enterprise integer;
BEGIN
  IF TG_TABLE_NAME = 'Organisation' THEN
    enterprise := NEW."id";
  ELSE
    enterprise := NEW."organisationId";
  END IF;
  UPDATE "PositionSearchDocument" d SET "stale" = true
  FROM "Position" p WHERE p."enterpriseId" = enterprise AND d."positionId" = p."id";
  RETURN NULL;
END $$;

CREATE TRIGGER "Organisation_search_stale" AFTER UPDATE OF "name" ON "Organisation"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name") EXECUTE FUNCTION "position_search_mark_enterprise"();
CREATE TRIGGER "Enterprise_search_stale" AFTER UPDATE OF "size" ON "Enterprise"
  FOR EACH ROW WHEN (OLD."size" IS DISTINCT FROM NEW."size") EXECUTE FUNCTION "position_search_mark_enterprise"();

-- A program's name is searched and its category counts as the position's.
CREATE FUNCTION "position_search_mark_program"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "PositionSearchDocument" d SET "stale" = true
  FROM "PositionProgram" pp WHERE pp."programId" = NEW."id" AND d."positionId" = pp."positionId";
  RETURN NULL;
END $$;

CREATE TRIGGER "Program_search_stale" AFTER UPDATE OF "name", "categoryId" ON "Program"
  FOR EACH ROW WHEN (OLD."name" IS DISTINCT FROM NEW."name" OR OLD."categoryId" IS DISTINCT FROM NEW."categoryId")
  EXECUTE FUNCTION "position_search_mark_program"();

-- Positions written before this migration are indexed by the first search (or npm run search:reindex).
INSERT INTO "PositionSearchDocument" ("positionId") SELECT "id" FROM "Position";
