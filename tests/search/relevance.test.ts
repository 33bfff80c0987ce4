import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoPositions } from "../../prisma/seed/demo-positions";
import { seed } from "../../prisma/seed/seed";
import { createPositionSearch, type PositionSearchEngine } from "../../search/engine";
import { useTestDatabase } from "../support/test-database";
import { RELEVANCE_SET, type DemoPosition } from "./relevance-set";

// The relevance set over the demo data, on the built-in engine: for each query, how many of the
// first ten results are positions a person asking it wants (tests/search/relevance-set.ts).

const TODAY = "2026-11-29"; // the day the demo positions are seeded as of (passed to seedDemoPositions), fixed so the ranks do not drift
const t = useTestDatabase();
let engine: PositionSearchEngine;
let positions: DemoPosition[];

beforeAll(async () => {
  await seed(t.db.prisma, TODAY);
  engine = createPositionSearch(t.db, { today: () => TODAY });
  await seedDemoPositions(t.db.prisma, engine, TODAY);
  positions = await t.db.sql.query<DemoPosition>(
    `SELECT p."id", p."title", p."kind"::text AS kind, p."description", o."name" AS enterprise,
            COALESCE((SELECT string_agg(g."name", ' ') FROM "PositionProgram" pp JOIN "Program" g ON g."id" = pp."programId" WHERE pp."positionId" = p."id"), '') AS programs
     FROM "Position" p JOIN "Organisation" o ON o."id" = p."enterpriseId"
     WHERE p."status" = 'PUBLISHED' AND (p."deadline" IS NULL OR p."deadline" >= $1::date)`,
    [TODAY],
  );
});

describe("relevance over the demo positions", () => {
  it("has at least 30 queries, each with positions that answer it", () => {
    expect(RELEVANCE_SET.length).toBeGreaterThanOrEqual(30);
    for (const { query, relevant } of RELEVANCE_SET) expect(positions.filter(relevant).length, query.q).toBeGreaterThan(0);
  });

  it("puts what the query asks for in the first ten results: recall@10 ≥ 0.9", async () => {
    const lines: string[] = [];
    let sum = 0;
    for (const { query, relevant } of RELEVANCE_SET) {
      const wanted = new Set(positions.filter(relevant).map((p) => p.id));
      const top = (await engine.search({ ...query, sort: "relevance", pageSize: 10 })).hits;
      const found = top.filter((h) => wanted.has(h.id)).length;
      const recall = found / Math.min(10, wanted.size);
      sum += recall;
      lines.push(`${recall.toFixed(2)}  ${query.q}  (${found}/${Math.min(10, wanted.size)} of ${wanted.size} relevant)  ${top.slice(0, 3).map((h) => h.title).join("、")}`);
    }
    const mean = sum / RELEVANCE_SET.length;
    console.log(`recall@10 on ${engine.name}: ${mean.toFixed(3)} over ${RELEVANCE_SET.length} queries\n${lines.join("\n")}`);
    expect(mean).toBeGreaterThanOrEqual(0.9);
  });
});

describe("the demo positions (prisma/seed/demo-positions.ts)", () => {
  it("are about 600 published positions of the demo enterprises, indexed", async () => {
    const [row] = await t.db.sql.query<{ n: number; enterprises: number; all: number }>(
      `SELECT count(*)::int AS n, count(DISTINCT "enterpriseId")::int AS enterprises,
              (SELECT count(*)::int FROM "Organisation" WHERE "kind" = 'ENTERPRISE') AS all
       FROM "Position" WHERE "status" = 'PUBLISHED'`,
    );
    expect(row!.n).toBe(600);
    expect(row!.enterprises).toBe(row!.all);
    expect((await engine.search({})).total).toBe(600);
  });

  it("cover the fair's trades and the six clusters, with internships as the rules want them", async () => {
    for (const trade of [/厨师|面点/, /电工|机电|机器人|数控/, /网络|软件|IT运维/, /导游|前厅|客房/, /会计|出纳/, /设计/]) {
      expect(positions.some((p) => trade.test(p.title)), String(trade)).toBe(true);
    }
    const [clusters] = await t.db.sql.query<{ n: number }>(`SELECT count(DISTINCT "clusterId")::int AS n FROM "Position"`);
    expect(clusters!.n).toBe(6);
    const internships = await t.db.prisma.position.findMany({ where: { kind: "INTERNSHIP" }, select: { durationMonths: true, minAge: true } });
    expect(internships.length).toBeGreaterThan(50);
    expect(internships.every((p) => p.durationMonths === 6 && p.minAge === 16)).toBe(true);
    const [late] = await t.db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Position" WHERE "deadline" <= '2026-11-29'`);
    expect(late!.n).toBe(0);
    expect(new Set(positions.map((p) => p.kind))).toEqual(new Set(["JOB", "INTERNSHIP", "APPRENTICESHIP"]));
  });

  it("are written once: a second call adds nothing", async () => {
    expect(await seedDemoPositions(t.db.prisma, engine, TODAY)).toEqual({ created: 0 });
    expect(await t.db.prisma.position.count()).toBe(600);
  });
});
