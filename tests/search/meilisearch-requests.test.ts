import { beforeEach, describe, expect, it } from "vitest";
import { createPositionSearch, type PositionSearchEngine } from "../../search/engine";
import { SYNONYM_GROUPS } from "../../search/synonyms";
import { useTestDatabase } from "../support/test-database";
import { useFakeMeilisearch } from "./fake-meilisearch";

// The Meilisearch adapter, held to the exact requests it sends through the official client:
// settings, multi-search queries (filter expressions, facets, sort, paging), document pushes.

const UID = "positions_unit";
const TODAY = "2026-12-01";
const HIT_FIELDS = ["id", "title", "kind", "enterpriseId", "enterpriseName", "city", "district", "clusterName", "payMin", "payMax", "publishedAt", "programNames"];
const COMMON = { indexUid: UID, matchingStrategy: "all", locales: ["cmn"] };

const t = useTestDatabase();
const fake = useFakeMeilisearch();
let engine: PositionSearchEngine;

beforeEach(() => {
  // A fresh engine per test: settings go out before its first request.
  engine = createPositionSearch(t.db, { meiliUrl: fake.url, indexUid: UID, today: () => TODAY });
  fake.requests.length = 0;
  fake.answer = () => ({ hits: [], facetDistribution: {}, totalHits: 0 });
});

const searches = () => fake.calls().filter((r) => r.path === "/multi-search").map((r) => (r.body as { queries: unknown[] }).queries);

describe("index settings", () => {
  it("creates the index and applies the definition's settings once, before the first search", async () => {
    await engine.search({ q: "厨师" });
    await engine.search({ q: "会计" });
    const calls = fake.calls();
    expect(calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "POST /indexes",
      `PATCH /indexes/${UID}/settings`,
      "POST /multi-search",
      "POST /multi-search",
    ]);
    expect(calls[0]!.body).toEqual({ uid: UID, primaryKey: "id" });
    const settings = calls[1]!.body as Record<string, unknown>;
    expect({ ...settings, synonyms: undefined, dictionary: undefined }).toEqual({
      searchableAttributes: ["title", "programNames", "enterpriseName", "description", "facts", "grams", "titlePinyin", "namePinyin"],
      filterableAttributes: ["kind", "clusterId", "district", "categoryIds", "enterpriseSize", "payBand", "payValue", "deadlineDay", "enterpriseId"],
      sortableAttributes: ["publishedTs", "payValue", "id"],
      rankingRules: ["sort", "words", "typo", "proximity", "attribute", "exactness", "publishedTs:desc", "id:desc"],
      typoTolerance: { enabled: false },
      pagination: { maxTotalHits: 1_000_000 },
      faceting: { maxValuesPerFacet: 500 },
      localizedAttributes: [{ attributePatterns: ["*"], locales: ["cmn"] }],
      nonSeparatorTokens: ["+", "#"], // C++, C#, 1+X stay one word
      synonyms: undefined,
      dictionary: undefined,
    });
  });

  it("sends every synonym group both ways, and the segmentation dictionary", async () => {
    await engine.search({});
    const settings = fake.calls()[1]!.body as { synonyms: Record<string, string[]>; dictionary: string[] };
    expect(settings.synonyms["厨师"]).toEqual(["烹饪", "烹调", "厨艺"]);
    expect(settings.synonyms["烹饪"]).toEqual(["厨师", "烹调", "厨艺"]);
    expect(settings.synonyms["幼师"]).toEqual(["幼儿保育", "幼儿教师", "保育员", "学前教育"]);
    expect(settings.synonyms["汽车运用与维修"]).toEqual(["汽修", "汽车维修", "汽车修理"]);
    expect(settings.synonyms["电子商务"]).toEqual(["电商"]);
    expect(settings.synonyms["cnc"]).toEqual(["数控"]);
    expect(Object.keys(settings.synonyms)).toHaveLength(SYNONYM_GROUPS.flat().length);
    expect(settings.dictionary).toEqual(expect.arrayContaining(["西贝", "钣金", "汽车运用与维修", "幼儿保育", ".net", "包吃住", "五险一金"]));
    expect(settings.synonyms["包食宿"]).toEqual(["包吃住", "包吃包住", "提供食宿"]);
    expect(settings.synonyms["呼市"]).toEqual(["呼和浩特", "呼和浩特市"]);
    expect(settings.synonyms["社保"]).toEqual(["五险一金"]);
  });
});

describe("search requests", () => {
  it("filters, sorts and pages in the first query; counts each filtered facet without its own filter", async () => {
    await engine.search({ q: "厨师", kind: ["JOB", "INTERNSHIP"], district: ["SAIHAN"], payAtLeast: 5000, sort: "pay", page: 2, pageSize: 10 });
    expect(searches()).toEqual([
      [
        {
          ...COMMON,
          q: "厨师",
          filter: ["deadlineDay >= 20261201", 'kind IN ["JOB", "INTERNSHIP"]', 'district IN ["SAIHAN"]', "payValue >= 5000"],
          facets: ["clusterId", "categoryIds", "enterpriseSize"],
          page: 2,
          hitsPerPage: 10,
          attributesToRetrieve: HIT_FIELDS,
          sort: ["payValue:desc", "publishedTs:desc", "id:desc"],
        },
        { ...COMMON, q: "厨师", filter: ["deadlineDay >= 20261201", 'district IN ["SAIHAN"]', "payValue >= 5000"], facets: ["kind"], limit: 0 },
        { ...COMMON, q: "厨师", filter: ["deadlineDay >= 20261201", 'kind IN ["JOB", "INTERNSHIP"]', "payValue >= 5000"], facets: ["district"], limit: 0 },
        { ...COMMON, q: "厨师", filter: ["deadlineDay >= 20261201", 'kind IN ["JOB", "INTERNSHIP"]', 'district IN ["SAIHAN"]'], facets: ["payBand"], limit: 0 },
      ],
    ]);
  });

  it("writes numeric filters as numbers and drops values that are not of the schema", async () => {
    await engine.search({ clusterId: [3, 5], categoryId: [7], enterpriseSize: ["LARGE", "HUGE" as never], kind: ["NOPE" as never], sort: "newest" });
    const [main] = searches()[0] as Record<string, unknown>[];
    expect(main).toMatchObject({
      q: "",
      filter: ["deadlineDay >= 20261201", "clusterId IN [3, 5]", "categoryIds IN [7]", 'enterpriseSize IN ["LARGE"]'],
      facets: ["kind", "district", "payBand"],
      sort: ["publishedTs:desc", "id:desc"],
      page: 1,
      hitsPerPage: 20,
    });
  });

  it("leaves relevance to the ranking rules when there are words, and lists newest first when there are none", async () => {
    await engine.search({ q: "会计", sort: "relevance" });
    await engine.search({ sort: "relevance" });
    const [withWords, withoutWords] = searches().map((queries) => queries[0] as Record<string, unknown>);
    expect(withWords).not.toHaveProperty("sort");
    expect(withoutWords!.sort).toEqual(["publishedTs:desc", "id:desc"]);
  });

  it("sends traditional characters as simplified, as the built-in engine reads them", async () => {
    await engine.search({ q: "會計 出納" });
    expect((searches()[0]![0] as { q: string }).q).toBe("会计 出纳");
  });

  it("merges the answers: hits and total from the first query, each filtered facet from its own", async () => {
    fake.answer = (query, i) =>
      i === 0
        ? {
            hits: [{ id: 9, title: "中餐厨师", kind: "JOB", enterpriseId: 2, enterpriseName: "青城饭店", city: null, district: "SAIHAN", clusterName: null, payMin: 4000, payMax: 6000, publishedAt: "2026-11-20T02:00:00.000Z", programNames: ["中餐烹饪"], _rankingScore: 1 }],
            totalHits: 31,
            facetDistribution: { kind: { JOB: 20, INTERNSHIP: 11 }, clusterId: { "2": 5 }, district: { SAIHAN: 31 } },
          }
        : { hits: [], totalHits: 0, facetDistribution: { district: { SAIHAN: 31, XINCHENG: 12 } } };
    const result = await engine.search({ q: "厨师", district: ["SAIHAN"] });
    expect(result).toEqual({
      total: 31,
      page: 1,
      pageSize: 20,
      hits: [{ id: 9, title: "中餐厨师", kind: "JOB", enterpriseId: 2, enterpriseName: "青城饭店", city: null, district: "SAIHAN", clusterName: null, payMin: 4000, payMax: 6000, publishedAt: "2026-11-20T02:00:00.000Z", programNames: ["中餐烹饪"] }],
      facets: { kind: { INTERNSHIP: 11, JOB: 20 }, clusterId: { "2": 5 }, district: { SAIHAN: 31, XINCHENG: 12 }, categoryId: {}, enterpriseSize: {}, payBand: {} },
    });
  });

  it("suggests from titles (and their pinyin) only, distinct, those starting with the typed text first", async () => {
    fake.answer = () => ({ hits: ["西式面点师", "中式面点师", "中式面点师", "面点师"].map((title) => ({ title })), totalHits: 4 });
    expect(await engine.suggest("面点", 3)).toEqual(["面点师", "中式面点师", "西式面点师"]);
    expect(searches().at(-1)).toEqual([
      { ...COMMON, q: "面点", filter: ["deadlineDay >= 20261201"], attributesToSearchOn: ["title", "titlePinyin"], attributesToRetrieve: ["title"], limit: 200 },
    ]);
  });

  it("puts titles holding typed letters before titles found through their pinyin", async () => {
    fake.answer = () => ({ hits: ["厨师", "厨师", "CS客服专员"].map((title) => ({ title })), totalHits: 3 });
    expect(await engine.suggest("cs")).toEqual(["CS客服专员", "厨师"]);
  });
});

describe("document sync", () => {
  it("pushes a published position after its commit and deletes it when it is closed", async () => {
    const category = await t.make.category();
    const program = await t.make.program({ name: "中餐烹饪", categoryId: category.id });
    const enterprise = await t.make.enterprise({ name: "青城大饭店", size: "MEDIUM" });
    const { id: draft } = await t.make.position({
      title: "中餐厨师",
      status: "DRAFT",
      enterpriseId: enterprise.id,
      programIds: [program.id],
      district: "SAIHAN",
      payMin: 3000,
      payMax: 4500,
      indexed: engine,
    });
    const published = new Date("2026-11-20T02:00:00.000Z");
    const deadline = new Date("2026-12-31T00:00:00Z");
    await t.make.updatePosition(draft, { status: "PUBLISHED", publishedAt: published, deadline }, { indexed: engine });
    await t.make.updatePosition(draft, { status: "CLOSED" }, { indexed: engine });

    const writes = fake.calls().filter((c) => c.path.startsWith(`/indexes/${UID}/documents`));
    expect(writes.map((c) => `${c.method} ${c.path}`)).toEqual([
      `POST /indexes/${UID}/documents/delete-batch`, // the draft: nothing to show
      `POST /indexes/${UID}/documents`,
      `POST /indexes/${UID}/documents/delete-batch`,
    ]);
    expect(writes[0]!.body).toEqual([draft]);
    expect(writes[1]!.body).toEqual([
      {
        id: draft,
        title: "中餐厨师",
        kind: "JOB",
        enterpriseId: enterprise.id,
        enterpriseName: "青城大饭店",
        city: null,
        district: "SAIHAN",
        clusterName: null,
        payMin: 3000,
        payMax: 4500,
        publishedAt: "2026-11-20T02:00:00.000Z",
        programNames: ["中餐烹饪"],
        description: "中餐厨师，负责日常工作。",
        clusterId: null,
        enterpriseSize: "MEDIUM",
        categoryIds: [category.id],
        payValue: 4500,
        payBand: "3000-4999",
        publishedTs: published.getTime(),
        deadlineDay: 20261231,
        // What the card shows besides: the kind, the district, the city.
        facts: "就业岗位\n赛罕区\n呼和浩特市",
        grams: expect.any(String),
        titlePinyin: expect.any(String),
        namePinyin: expect.any(String),
      },
    ]);
    const doc = (writes[1]!.body as Record<string, string>[])[0]!;
    // Single characters of the names, bigrams of every field (厨 for 厨; 日常 from the description; 赛罕 from the district).
    expect(doc.grams!.split(" ")).toEqual(expect.arrayContaining(["厨", "中餐", "餐厨", "厨师", "烹饪", "饭店", "日常", "赛罕", "浩特"]));
    expect(doc.grams!.split(" ")).not.toContain("日"); // no single characters of prose
    expect(doc.titlePinyin!.split(" ")).toEqual(expect.arrayContaining(["zhongcan", "zc", "chushi", "cs", "zhongcanchushi", "zccs"]));
    expect(doc.namePinyin!.split(" ")).toEqual(expect.arrayContaining(["pengren", "zhongcanpengren", "zcpr"]));
    expect(writes[2]!.body).toEqual([draft]);
  });

  it("rebuilds the whole index aside and swaps it in", async () => {
    await t.make.position({ title: "会计助理", indexed: engine });
    fake.requests.length = 0;
    await engine.reindexAll();
    expect(fake.calls().map((c) => `${c.method} ${c.path}`)).toEqual([
      `DELETE /indexes/${UID}_rebuild`,
      "POST /indexes",
      `PATCH /indexes/${UID}_rebuild/settings`,
      `POST /indexes/${UID}_rebuild/documents`,
      "POST /swap-indexes",
      `DELETE /indexes/${UID}_rebuild`,
    ]);
    expect(fake.calls().find((c) => c.path === "/swap-indexes")!.body).toEqual([{ indexes: [UID, `${UID}_rebuild`], rename: false }]);
  });
});

describe("when Meilisearch is down", () => {
  it("keeps the committed write and logs what to do, instead of failing the request", async () => {
    const down = createPositionSearch(t.db, { meiliUrl: "http://127.0.0.1:9", indexUid: UID, today: () => TODAY });
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => void errors.push(args);
    try {
      const { id } = await t.make.position({ title: "收银员", indexed: down });
      expect(await t.db.prisma.position.findUnique({ where: { id }, select: { title: true } })).toEqual({ title: "收银员" });
      expect(String(errors[0]?.[0])).toContain("npm run search:reindex");
    } finally {
      console.error = original;
    }
  });
});
