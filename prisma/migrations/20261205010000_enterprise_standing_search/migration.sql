-- Issue 11, item 1: an enterprise's standing decides whether its positions are searchable, and a
-- school's blocked enterprises are left out of its students' searches by the enterprise's id.
ALTER TABLE "PositionSearchDocument" ADD COLUMN "enterpriseId" INTEGER;

-- Hand-written (Prisma cannot express triggers): the safety net of 20261129010000_position_search
-- now also marks an enterprise's rows stale when its standing changes, as it does for its size.
-- (The standing service re-indexes in its own transaction; this catches writes around it.)
DROP TRIGGER "Enterprise_search_stale" ON "Enterprise";
CREATE TRIGGER "Enterprise_search_stale" AFTER UPDATE OF "size", "standing" ON "Enterprise"
  FOR EACH ROW WHEN (OLD."size" IS DISTINCT FROM NEW."size" OR OLD."standing" IS DISTINCT FROM NEW."standing")
  EXECUTE FUNCTION "position_search_mark_enterprise"();

-- Rows written before this migration have no enterpriseId: rewrite them at the next search.
UPDATE "PositionSearchDocument" SET "stale" = true;
