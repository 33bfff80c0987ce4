-- 工作城市 of a position outside Hohhot (issue 9 item 9, docs/decisions/0010): null is 呼和浩特市, so
-- every existing position stays where it was. A district is one of Hohhot's, so a city excludes it.

-- AlterTable
ALTER TABLE "Position" ADD COLUMN "city" TEXT;

-- A district is one of Hohhot's, so a position in another city has none; and Hohhot is written as
-- null, never by name, so "outside Hohhot" is simply "city IS NOT NULL". Hand-written: Prisma
-- cannot express CHECKs (see the init migration).
ALTER TABLE "Position" ADD CONSTRAINT "Position_city_check"
  CHECK ("city" IS NULL OR ("district" IS NULL AND length(btrim("city")) > 0 AND "city" NOT IN ('呼和浩特', '呼和浩特市')));
