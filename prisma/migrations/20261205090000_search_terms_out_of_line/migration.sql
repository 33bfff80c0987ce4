-- Issue 10's richer index (CJK grams, pinyin, the card's facts) made each search row's term list about
-- 1.5 KB compressed, kept inline: four rows to a page, so a common word (厨师: 7,764 of 100,000 rows)
-- read 4,560 heap pages to score its matches. The GIN index answers the match and never needs the
-- list again (the overlap test is not rechecked), so the list belongs out of line: a tuple target
-- of 512 bytes moves it to TOAST on write and leaves title, ranking texts and facet copies inline
-- (~260 bytes a row). Measured at 100,000 positions: 1,539 pages instead of 4,576 for 厨师, and the
-- whole statement about 2.5× faster (scripts/bench-search.ts; docs/decisions/0004).
-- Rows written before this are rewritten by the reindex the new index definition version starts.
ALTER TABLE "PositionSearchDocument" SET (toast_tuple_target = 512);
