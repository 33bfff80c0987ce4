import { beforeAll, describe, expect, it } from "vitest";
import { seedDemoPositions } from "../../prisma/seed/demo-positions";
import { seed } from "../../prisma/seed/seed";
import { createPositionSearch } from "../../search/engine";
import { useTestDatabase } from "../support/test-database";

// The demo seed puts the positions of the two enterprises outside Hohhot (report 2.8 案例11 北京内蒙古大厦,
// 3.1 香格里拉（包头）) in their cities (docs/decisions/0010), and every other demo position in Hohhot.
// Cities typed from the report, not imported from the seed.

const TODAY = "2026-11-29";
const t = useTestDatabase();
const OUTSIDE: Record<string, string> = { 北京内蒙古大厦有限责任公司: "北京市", "香格里拉（包头）有限公司": "包头市" };

beforeAll(async () => {
  await seed(t.db.prisma, TODAY);
  await seedDemoPositions(t.db.prisma, createPositionSearch(t.db, { today: () => TODAY }), TODAY);
});

describe("demo positions' work city", () => {
  it("puts the positions of 北京内蒙古大厦 and 香格里拉（包头）in 北京市 and 包头市, with no district", async () => {
    for (const [name, city] of Object.entries(OUTSIDE)) {
      const positions = await t.db.prisma.position.findMany({ where: { enterprise: { organisation: { name } } }, select: { city: true, district: true } });
      expect(positions.length, name).toBeGreaterThan(0);
      expect(new Set(positions.map((p) => p.city)), name).toEqual(new Set([city]));
      expect(positions.filter((p) => p.district !== null), name).toEqual([]);
    }
  });

  it("leaves every other demo position in Hohhot", async () => {
    const elsewhere = await t.db.prisma.position.findMany({
      where: { city: { not: null } },
      select: { enterprise: { select: { organisation: { select: { name: true } } } } },
    });
    expect(new Set(elsewhere.map((p) => p.enterprise.organisation.name))).toEqual(new Set(Object.keys(OUTSIDE)));
    expect(await t.db.prisma.position.count({ where: { city: null } })).toBeGreaterThan(500);
  });
});
