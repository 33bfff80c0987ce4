import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Meilisearch } from "meilisearch";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "~/db/database.server";
import { migrate } from "~/db/migrate.server";
import { FACET_NAMES, payBandOf, type FacetName } from "../../search/definition";
import { createPositionSearch, type FacetCounts, type PositionQuery, type PositionSearchEngine } from "../../search/engine";
import { SYNONYM_GROUPS } from "../../search/synonyms";
import { createTestDatabase, destroyTestDatabase } from "../support/database";
import { useTestDatabase } from "../support/test-database";
import { buildWorld, searchableRows, TODAY, type Row, type World } from "./contract-world";

// What every position search engine must do, asserted the same way for each: the built-in engine
// always, Meilisearch when MEILI_URL points at a server. Expectations come from the rows (plain
// SQL) and from the meaning of the words, never from an engine's own output.

const MEILI_URL = process.env.MEILI_URL;
type EngineCase = { name: string; skip?: string; make(db: Database): PositionSearchEngine; cleanup?(): Promise<void> };
const meiliIndex = `positions_test_${randomBytes(4).toString("hex")}`;
const ENGINES: EngineCase[] = [
  { name: "postgres", make: (db) => createPositionSearch(db, { today: () => TODAY }) },
  {
    name: "meilisearch",
    skip: MEILI_URL ? undefined : "MEILI_URL is not set — start Meilisearch and set MEILI_URL to run the contract suite against it",
    make: (db) => createPositionSearch(db, { meiliUrl: MEILI_URL, indexUid: meiliIndex, today: () => TODAY }),
    cleanup: async () => void (await new Meilisearch({ host: MEILI_URL! }).deleteIndex(meiliIndex).waitTask()),
  },
];

type Filters = Omit<PositionQuery, "q" | "sort" | "page" | "pageSize">;
const FILTER_OF: Record<FacetName, keyof Filters> = {
  kind: "kind", clusterId: "clusterId", district: "district", categoryId: "categoryId", enterpriseSize: "enterpriseSize", payBand: "payAtLeast",
};

function passes(row: Row, f: Filters, except?: FacetName): boolean {
  const ok = (facet: FacetName, test: () => boolean) => facet === except || f[FILTER_OF[facet]] === undefined || test();
  return (
    ok("kind", () => f.kind!.includes(row.kind as never)) &&
    ok("clusterId", () => row.clusterId !== null && f.clusterId!.includes(row.clusterId)) &&
    ok("district", () => row.district !== null && f.district!.includes(row.district as never)) &&
    ok("categoryId", () => row.categoryIds.some((c) => f.categoryId!.includes(c))) &&
    ok("enterpriseSize", () => row.size !== null && f.enterpriseSize!.includes(row.size as never)) &&
    ok("payBand", () => row.pay !== null && row.pay >= f.payAtLeast!)
  );
}

function expectedFacets(rows: Row[], f: Filters): FacetCounts {
  const facets = Object.fromEntries(FACET_NAMES.map((n) => [n, {}])) as unknown as FacetCounts;
  const values = (row: Row, facet: FacetName): (string | number | null)[] =>
    facet === "categoryId" ? row.categoryIds
    : facet === "payBand" ? [payBandOf(row.pay)]
    : [{ kind: row.kind, clusterId: row.clusterId, district: row.district, enterpriseSize: row.size }[facet]];
  for (const facet of FACET_NAMES) {
    for (const row of rows.filter((r) => passes(r, f, facet))) {
      for (const v of values(row, facet)) if (v !== null) facets[facet][String(v)] = (facets[facet][String(v)] ?? 0) + 1;
    }
  }
  return facets;
}

/** A word and its synonyms, as a reader of the text would match them. */
const wordsFor = (word: string) => SYNONYM_GROUPS.find((g) => g.includes(word)) ?? [word];
const mentions = (row: Row, word: string) => wordsFor(word).some((w) => row.text.includes(w));
const ids = (hits: { id: number }[]) => hits.map((h) => h.id);
const sorted = (list: number[]) => [...list].sort((a, b) => a - b);

for (const engineCase of ENGINES) {
  describe.skipIf(engineCase.skip !== undefined)(`position search contract: ${engineCase.name}${engineCase.skip ? ` (skipped: ${engineCase.skip})` : ""}`, () => {
    const t = useTestDatabase();
    let engine: PositionSearchEngine;
    let world: World;
    let rows: Row[];
    const all = async (query: PositionQuery = {}) => {
      const first = await engine.search({ pageSize: 50, ...query });
      expect(first.total).toBeLessThanOrEqual(50); // the world is small: one page holds everything
      return first;
    };

    beforeAll(async () => {
      engine = engineCase.make(t.db);
      world = await buildWorld(t.db, engine);
      rows = await searchableRows(t.db);
    });
    afterAll(async () => {
      await engineCase.cleanup?.();
    });

    it("finds Chinese words written without spaces", async () => {
      expect(ids((await all({ q: "中餐厨师" })).hits)).toContain(world.ids.chef);
      expect(ids((await all({ q: "会计助理" })).hits)[0]).toBe(world.ids.accountant);
      expect(ids((await all({ q: "汽车维修" })).hits)).toEqual(expect.arrayContaining([world.ids.mechanic, world.ids.evMechanic]));
      expect(ids((await all({ q: "光伏运维工程师" })).hits)).toEqual([world.ids.solarTech]);
      expect((await all({ q: "飞行员" })).total).toBe(0);
    });

    it("applies synonyms both ways", async () => {
      const found = async (q: string) => ids((await all({ q })).hits);
      expect(await found("烹饪")).toContain(world.ids.chef); // title says 厨师
      expect(await found("厨师")).toContain(world.ids.cookIntern); // title says 烹饪
      expect(await found("汽修")).toContain(world.ids.mechanic); // title says 汽车维修
      expect(await found("汽车维修")).toContain(world.ids.repairApprentice); // title says 汽修
      expect(await found("幼师")).toContain(world.ids.nurseryCarer); // 保育员, 幼儿保育
      expect(await found("电子商务")).toContain(world.ids.ecommerce); // title says 电商
      expect(await found("电商")).not.toContain(world.ids.accountant);
    });

    it("matches exactly the positions whose words (or synonyms) occur in them", async () => {
      for (const q of ["厨师", "会计", "汽修", "护士", "幼师"]) {
        const expected = rows.filter((r) => mentions(r, q)).map((r) => r.id);
        expect(sorted(ids((await all({ q })).hits)), q).toEqual(sorted(expected));
      }
    });

    const FILTERS: Filters[] = [
      { kind: ["INTERNSHIP"] },
      { kind: ["JOB", "APPRENTICESHIP"] },
      { district: ["XINCHENG", "HUIMIN"] },
      { enterpriseSize: ["LARGE"] },
      { payAtLeast: 5000 },
      { kind: ["JOB"], payAtLeast: 4000, district: ["XINCHENG", "YUQUAN"] },
    ];

    it("narrows by every filter, alone and together", async () => {
      const cases: Filters[] = [
        ...FILTERS,
        { clusterId: [world.clusters.energy] },
        { categoryId: [world.categories.fin, world.categories.med] },
        { categoryId: [world.categories.tour], kind: ["INTERNSHIP"] },
      ];
      for (const f of cases) {
        const expected = rows.filter((r) => passes(r, f)).map((r) => r.id);
        const result = await all(f);
        expect(sorted(ids(result.hits)), JSON.stringify(f)).toEqual(sorted(expected));
        expect(result.total).toBe(expected.length);
      }
    });

    it("counts each facet over every filter but its own, as computed from the rows", async () => {
      const cases: [string | undefined, Filters][] = [
        [undefined, {}],
        [undefined, { kind: ["JOB"] }],
        [undefined, { kind: ["INTERNSHIP"], district: ["XINCHENG"] }],
        [undefined, { categoryId: [world.categories.tour], payAtLeast: 3000, enterpriseSize: ["MEDIUM", "SMALL"] }],
        [undefined, { clusterId: [world.clusters.energy, world.clusters.food] }],
        ["厨师", {}],
        ["厨师", { kind: ["JOB"], payAtLeast: 4000 }],
        ["汽修", { enterpriseSize: ["SMALL"] }],
      ];
      for (const [q, f] of cases) {
        const matching = rows.filter((r) => q === undefined || mentions(r, q));
        expect((await all({ q, ...f })).facets, `${q} ${JSON.stringify(f)}`).toEqual(expectedFacets(matching, f));
      }
    });

    it("sorts by newest, by pay, and by relevance", async () => {
      const byNewest = [...rows].sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id).map((r) => r.id);
      expect(ids((await all({ sort: "newest" })).hits)).toEqual(byNewest);
      const byPay = [...rows]
        .sort((a, b) => (b.pay ?? -1) - (a.pay ?? -1) || b.publishedAt.getTime() - a.publishedAt.getTime() || b.id - a.id)
        .map((r) => r.id);
      expect(ids((await all({ sort: "pay" })).hits)).toEqual(byPay);
      // 厨师 in the title ranks above 厨师 only in the description.
      const chef = ids((await all({ q: "厨师", sort: "relevance" })).hits);
      expect(chef.indexOf(world.ids.chef)).toBeLessThan(chef.indexOf(world.ids.waiter));
      expect(chef.indexOf(world.ids.westernApprentice)).toBeLessThan(chef.indexOf(world.ids.waiter));
      expect(ids((await all({ q: "中式面点师" })).hits)[0]).toBe(world.ids.pastryToday);
      // Words and another order together: the words choose, the order sorts.
      const chefRows = rows.filter((r) => mentions(r, "厨师"));
      expect(ids((await all({ q: "厨师", sort: "newest" })).hits)).toEqual(byNewest.filter((id) => chefRows.some((r) => r.id === id)));
      expect(ids((await all({ q: "厨师", sort: "pay" })).hits)).toEqual(byPay.filter((id) => chefRows.some((r) => r.id === id)));
    });

    it("pages through the same order without losing or repeating a position", async () => {
      for (const sort of ["newest", "pay", "relevance"] as const) {
        const q = sort === "relevance" ? "厨师" : undefined;
        const whole = await all({ q, sort });
        const pages: number[] = [];
        for (let page = 1; page <= Math.ceil(whole.total / 3) + 1; page++) {
          const result = await engine.search({ q, sort, page, pageSize: 3 });
          expect(result).toMatchObject({ total: whole.total, page, pageSize: 3 });
          pages.push(...ids(result.hits));
        }
        expect(pages, sort).toEqual(ids(whole.hits));
      }
      expect((await engine.search({ pageSize: 500 })).pageSize).toBe(50);
    });

    it("never returns drafts, closed positions or positions past their deadline; the deadline day itself still counts", async () => {
      const everything = ids((await all()).hits);
      for (const hidden of [world.ids.draft, world.ids.closed, world.ids.pastDeadline]) expect(everything).not.toContain(hidden);
      expect(everything).toContain(world.ids.pastryToday);
      expect(sorted(everything)).toEqual(sorted(rows.map((r) => r.id)));
      const chef = ids((await all({ q: "中餐厨师" })).hits);
      expect(chef[0]).toBe(world.ids.chef);
      for (const hidden of [world.ids.draft, world.ids.closed, world.ids.pastDeadline]) expect(chef).not.toContain(hidden);
    });

    it("returns hits with the position's display facts", async () => {
      const [hit] = (await all({ q: "中餐厨师" })).hits;
      expect(hit).toEqual({
        id: world.ids.chef,
        title: "中餐厨师",
        kind: "JOB",
        enterpriseId: expect.any(Number),
        enterpriseName: "青城大饭店有限公司",
        city: null, // 呼和浩特市
        district: "XINCHENG",
        clusterName: "检索测试绿色农畜产业集群",
        payMin: 4500,
        payMax: 6500,
        publishedAt: rows.find((r) => r.id === world.ids.chef)!.publishedAt.toISOString(),
        programNames: ["中餐烹饪"],
      });
    });

    it("suggests titles as the user types", async () => {
      expect(await engine.suggest("中式")).toEqual(["中式面点师"]);
      const chef = await engine.suggest("中餐");
      expect(chef).toContain("中餐厨师");
      expect(chef.some((t) => /草稿|关闭|截止/.test(t))).toBe(false);
      expect(await engine.suggest("光")).toEqual(["光伏运维工程师"]);
      expect(await engine.suggest("  ")).toEqual([]);
    });

    it("shows a write in the very next search: publish, edit the title, close", async () => {
      const hotel = (await t.db.prisma.organisation.findFirstOrThrow({ where: { name: "青城大饭店有限公司" } })).id;
      const indexed = { indexed: engine };
      const { id } = await t.make.position({ title: "茶艺师", description: "负责大堂吧饮品。", status: "DRAFT", enterpriseId: hotel, ...indexed });
      expect((await engine.search({ q: "茶艺师" })).total).toBe(0);
      await t.make.updatePosition(id, { status: "PUBLISHED", publishedAt: new Date() }, indexed);
      expect(ids((await engine.search({ q: "茶艺师" })).hits)).toEqual([id]);
      await t.make.updatePosition(id, { title: "咖啡师" }, indexed);
      expect((await engine.search({ q: "茶艺师" })).total).toBe(0);
      expect(ids((await engine.search({ q: "咖啡师" })).hits)).toEqual([id]);
      await t.make.updatePosition(id, { status: "CLOSED" }, indexed);
      expect((await engine.search({ q: "咖啡师" })).total).toBe(0);
    });
  });
}

describe("the built-in engine stays consistent with the database", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "qc-search-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("across a restart of an embedded database, including writes that went around the engine", async () => {
    let db = await openDatabase({ kind: "pglite", dataDir: dir });
    await migrate(db.sql);
    let engine = createPositionSearch(db, { today: () => TODAY });
    const world = await buildWorld(db, engine);
    const before = await engine.search({ q: "厨师", pageSize: 50 });
    // A rename and a title edit that skip the engine: the migration's triggers mark the rows stale.
    await db.prisma.organisation.updateMany({ where: { name: "塞上汽车服务有限公司" }, data: { name: "塞上汽修连锁有限公司" } });
    await db.prisma.position.update({ where: { id: world.ids.cashier }, data: { title: "收银员", description: "负责收银结算。" } });
    await db.close();

    db = await openDatabase({ kind: "pglite", dataDir: dir });
    engine = createPositionSearch(db, { today: () => TODAY });
    try {
      expect(await engine.search({ q: "厨师", pageSize: 50 })).toEqual(before);
      expect(ids((await engine.search({ q: "收银员" })).hits)).toEqual([world.ids.cashier]);
      expect((await engine.search({ q: "出纳" })).total).toBe(0);
      const renamed = await engine.search({ q: "汽修连锁", pageSize: 50 });
      expect(renamed.hits.every((h) => h.enterpriseName === "塞上汽修连锁有限公司")).toBe(true);
      expect(renamed.total).toBe(4);
    } finally {
      await db.close();
    }
  });

  it("rebuilds rows written under an older index definition before its first search", async () => {
    const db = await createTestDatabase();
    try {
      const engine = createPositionSearch(db, { today: () => TODAY });
      const world = await buildWorld(db, engine);
      await db.sql.query(`UPDATE "PositionSearchDocument" SET "version" = 'old', "terms" = '{}'`);
      const fresh = createPositionSearch(db, { today: () => TODAY });
      expect(ids((await fresh.search({ q: "中餐厨师" })).hits)[0]).toBe(world.ids.chef);
      const [left] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "PositionSearchDocument" WHERE "version" = 'old'`);
      expect(left!.n).toBe(0);
    } finally {
      await destroyTestDatabase(db);
    }
  });
});
