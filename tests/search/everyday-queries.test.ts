import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createPositionSearch, type PositionSearchEngine } from "../../search/engine";
import { normalizeQuery, QUERY_FILLER } from "../../search/query";
import { SYNONYM_GROUPS } from "../../search/synonyms";
import { useTestDatabase } from "../support/test-database";
import { buildWorld, searchableRows, TODAY, type Row, type World } from "./contract-world";
import { useFakeMeilisearch } from "./fake-meilisearch";

// Issue 10, classes 4 and 5, in both engines: everyday phrasing (filler left out, words dropped from
// the end when all together find nothing) and "-word" exclusions. The built-in engine is judged by
// its results against the rows read with plain code; Meilisearch by the exact request the adapter
// sends (Meilisearch applies "-word" itself), so both must search for the same words.

const wordsFor = (word: string) => SYNONYM_GROUPS.find((g) => g.includes(word)) ?? [word];
const mentions = (row: Row, word: string) => wordsFor(word).some((w) => row.text.includes(w));
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

describe("how a query is read", () => {
  it("leaves out the words that ask for a job without naming one", () => {
    for (const q of ["找厨师", "求职厨师", "有没有厨师", "我想找一份厨师的工作", "厨师职位", "厨师岗位", "请问有厨师招聘吗", "应聘厨师"]) {
      expect(normalizeQuery({ q }).words.map((w) => w.word), q).toEqual(["厨师"]);
    }
    // Filler alone is still searched for: it is all the user gave.
    expect(normalizeQuery({ q: "岗位" }).words.map((w) => w.word)).toEqual(["岗位"]);
    // Every filler word has its reason written down.
    for (const [word, reason] of QUERY_FILLER) expect(reason.length, word).toBeGreaterThan(3);
  });

  it("reads -word as an exclusion only at the start of a token", () => {
    const q = normalizeQuery({ q: "厨师 -实习" });
    expect(q.words.map((w) => w.word)).toEqual(["厨师"]);
    expect(q.exclude.map((e) => e.word)).toEqual(["实习"]);
    expect(normalizeQuery({ q: "C-2 -" }).exclude).toEqual([]);
    // The word itself, not its synonyms: 讲解员 is in 导游's group, and 导游 -讲解员 must still find guides.
    // A long word is excluded wherever all its bigrams are (&讲解员), as a required word is found.
    expect(normalizeQuery({ q: "导游 -讲解员" }).exclude).toEqual([{ word: "讲解员", groups: [["&讲解员"]] }]);
    // Traditional characters and pinyin exclude as they find: 實習 is 实习; -shixi also leaves out titles whose pinyin it is.
    expect(normalizeQuery({ q: "厨师 -實習" }).exclude).toEqual([{ word: "实习", groups: [["实习"]] }]);
    expect(normalizeQuery({ q: "厨师 -shixi" }).exclude).toEqual([{ word: "shixi", groups: [["shixi", "~shixi", "~~shixi"]] }]);
    // Filler goes before single characters are joined: 找厨师 and 找个厨师 read as 厨师.
    expect(normalizeQuery({ q: "找厨师" }).groups).toEqual(normalizeQuery({ q: "厨师" }).groups);
    expect(normalizeQuery({ q: "-实习" }).words).toEqual([]);
  });

  it("matches mixed Latin and Chinese case-insensitively", () => {
    expect(normalizeQuery({ q: "UI设计师" }).words.map((w) => w.word)).toEqual(normalizeQuery({ q: "ui设计师" }).words.map((w) => w.word));
  });
});

describe("the built-in engine", () => {
  const t = useTestDatabase();
  let engine: PositionSearchEngine;
  let world: World;
  let rows: Row[];
  const found = async (q: string) => (await engine.search({ q, pageSize: 50 })).hits.map((h) => h.id);

  beforeAll(async () => {
    engine = createPositionSearch(t.db, { today: () => TODAY });
    world = await buildWorld(t.db, engine);
    rows = await searchableRows(t.db);
  });

  it("finds for everyday phrasing exactly what the word alone finds", async () => {
    const chef = sorted(await found("厨师"));
    expect(chef.length).toBeGreaterThan(1);
    for (const q of ["找厨师", "求职厨师", "有没有厨师", "我想找一份厨师的工作", "厨师职位"]) expect(sorted(await found(q)), q).toEqual(chef);
  });

  it("leaves out the positions that have a -word: 厨师 -实习 is the chef positions that are not internships", async () => {
    const expected = rows.filter((r) => mentions(r, "厨师") && !r.text.includes("实习")).map((r) => r.id);
    const excluded = rows.filter((r) => mentions(r, "厨师") && r.text.includes("实习")).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(excluded).toContain(world.ids.cookIntern); // the exclusion has something to do
    expect(sorted(await found("厨师 -实习"))).toEqual(sorted(expected));
  });

  it("drops words from the end when all together find nothing, and says so", async () => {
    const result = await engine.search({ q: "厨师 飞行员 宇航员", pageSize: 50 });
    expect(result.relaxed).toEqual({ asked: ["厨师", "飞行员", "宇航员"], shown: ["厨师"] });
    expect(sorted(result.hits.map((h) => h.id))).toEqual(sorted(await found("厨师")));
    // Words that do find something together are never relaxed.
    expect((await engine.search({ q: "中餐 厨师" })).relaxed).toBeUndefined();
    // Nothing at all: the answer as asked, without a note.
    const none = await engine.search({ q: "飞行员 宇航员" });
    expect(none.total).toBe(0);
    expect(none.relaxed).toBeUndefined();
  });

  it("ranks a position having more of the asked words first when relaxing", async () => {
    // Dropped to 厨师 (宇航员, 餐厅 and 飞行员 left out in turn). The waiter has 厨师 only in its description, so by
    // attribute it would come after every cook; it also has 餐厅, one more of the asked words, so it comes first.
    const result = await engine.search({ q: "厨师 飞行员 餐厅 宇航员", pageSize: 50 });
    expect(result.relaxed?.shown).toEqual(["厨师"]);
    expect(result.hits[0]!.id).toBe(world.ids.waiter);
  });
});

describe("the Meilisearch adapter asks for the same words", () => {
  const t = useTestDatabase();
  const fake = useFakeMeilisearch();
  let engine: PositionSearchEngine;
  const queries = () => fake.calls().filter((r) => r.path === "/multi-search").map((r) => (r.body as { queries: Array<Record<string, unknown>> }).queries);

  beforeEach(() => {
    engine = createPositionSearch(t.db, { meiliUrl: fake.url, indexUid: "positions_everyday", today: () => "2026-12-01" });
    fake.requests.length = 0;
    fake.answer = () => ({ hits: [], facetDistribution: {}, totalHits: 0 });
  });

  it("sends -word for Meilisearch's negative search, and the words without filler", async () => {
    fake.answer = () => ({ hits: [], facetDistribution: {}, totalHits: 3 });
    await engine.search({ q: "厨师 -实习" });
    await engine.search({ q: "我想找一份厨师的工作" });
    const [exclusion, filler] = queries().map((q) => q[0]!);
    // Exclusions first, so the last token is the last word; the space after it: the query ended with -实习, 厨师 is finished.
    expect(exclusion!.q).toBe("-实习 厨师 ");
    expect(exclusion!.matchingStrategy).toBe("all");
    expect(filler!.q).toBe("厨师");
  });

  it("relaxes as the built-in engine does: the same query without its last word when nothing is found", async () => {
    fake.answer = (query) => ({ hits: [], facetDistribution: {}, totalHits: query.q === "厨师 " ? 7 : 0 });
    const result = await engine.search({ q: "厨师 飞行员" });
    expect(queries().map((q) => q[0]!.q)).toEqual(["厨师 飞行员", "厨师 "]);
    expect(result.total).toBe(7);
    expect(result.relaxed).toEqual({ asked: ["厨师", "飞行员"], shown: ["厨师"] });
  });
});
