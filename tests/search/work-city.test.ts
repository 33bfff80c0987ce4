import { beforeAll, describe, expect, it } from "vitest";
import { createPositionSearch, type PositionSearchEngine } from "../../search/engine";
import { useTestDatabase } from "../support/test-database";

// The search document carries a position's work city (docs/decisions/0010): a student can search
// 包头 and find a position there even when the enterprise's name says nothing about 包头, and a
// position elsewhere no longer matches 呼和浩特.

const TODAY = "2026-11-29";
const t = useTestDatabase();
let engine: PositionSearchEngine;
const ids: Record<string, number> = {};

beforeAll(async () => {
  engine = createPositionSearch(t.db, { today: () => TODAY });
  const hotel = await t.make.enterprise({ name: "塞北云顶酒店有限公司" });
  const post = async (key: string, data: Parameters<typeof t.make.position>[0]) => {
    ids[key] = (await t.make.position({ enterpriseId: hotel.id, title: "前台接待员", description: "负责入住登记。", ...data, indexed: engine })).id;
  };
  await post("baotou", { city: "包头市" });
  await post("beijing", { city: "北京市" });
  await post("saihan", { district: "SAIHAN" });
});

const found = async (q: string) => (await engine.search({ q, pageSize: 50 })).hits.map((h) => h.id).sort((a, b) => a - b);

describe("searching a work city", () => {
  it("finds the 包头市 position by 包头 and 包头市, and only it", async () => {
    for (const q of ["包头", "包头市"]) expect(await found(q), q).toEqual([ids.baotou]);
    expect(await found("北京")).toEqual([ids.beijing]);
  });

  it("finds only the Hohhot position by 呼和浩特", async () => {
    expect(await found("呼和浩特")).toEqual([ids.saihan]);
  });
});
