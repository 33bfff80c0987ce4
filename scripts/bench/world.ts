import type { Database } from "~/db/database.server";
import type { District, EnterpriseSize } from "~/generated/prisma/client";
import { prng, type Random } from "../../shared/prng";
import { seed } from "../../prisma/seed/seed";
import { planPositions, type Employer } from "../../prisma/seed/positions/generate";
import { EMPLOYER_KINDS, type EmployerKind } from "../../prisma/seed/positions/vocabulary";
import { insertPositions, readCatalog } from "../../prisma/seed/positions/write";

// The benchmark's city: the base demo seed (schools, programs, ~24,000 students, the report's
// enterprises) plus made-up employers of every kind, and 100,000 positions from the demo
// vocabulary. Common trades (kitchens, accounting, kindergartens, car repair) dominate as they do
// on a real board, so a word like 厨师 matches thousands of positions.

/** How common each kind of employer is among the made-up ones. */
const KIND_SHARE: Record<EmployerKind, number> = {
  餐饮: 16, 酒店: 9, 会计服务: 6, 幼儿园: 7, 汽修: 7, 电商: 6, 软件: 6, 旅游: 5, 装饰: 5, 制造: 8, 新能源: 4, 化工: 2,
  乳业食品: 5, 医院: 4, 物流: 5, 建筑: 5,
};
const SUFFIX: Record<EmployerKind, string> = {
  餐饮: "餐饮管理有限公司", 酒店: "大酒店", 会计服务: "财务咨询有限公司", 幼儿园: "幼儿园", 汽修: "汽车维修服务有限公司",
  电商: "电子商务有限公司", 软件: "信息技术有限公司", 旅游: "国际旅行社", 装饰: "装饰工程有限公司", 制造: "机械制造有限公司",
  新能源: "新能源科技有限公司", 化工: "化工股份有限公司", 乳业食品: "乳业食品有限公司", 医院: "医院", 物流: "物流有限公司", 建筑: "建设工程有限公司",
};
const BRAND = "青城 鑫源 草原 昭君 敕勒川 大召 塞上 金川 蒙亨 阴山 北疆 云中 白塔 万部 伊利 兴安 乌素 盛乐 哈素 海亮 德胜 祥和 瑞丰 华远".split(" ");
const PLACE: Record<District, string> = {
  XINCHENG: "新城区", SAIHAN: "赛罕区", YUQUAN: "玉泉区", HUIMIN: "回民区", TUMED_LEFT: "土默特左旗", TOGTOH: "托克托县",
  HORINGER: "和林格尔县", WUCHUAN: "武川县", QINGSHUIHE: "清水河县", ECONOMIC_ZONE: "经济技术开发区",
};
const SIZES: EnterpriseSize[] = ["LARGE", "MEDIUM", "SMALL", "SMALL", "MICRO", "MICRO"];

type MadeUp = { name: string; kind: EmployerKind; district: District; size: EnterpriseSize; weight: number };

function madeUpEmployers(random: Random, count: number): MadeUp[] {
  const kinds = Object.entries(KIND_SHARE) as [EmployerKind, number][];
  const total = kinds.reduce((s, [, w]) => s + w, 0);
  const rows: MadeUp[] = [];
  for (let i = 0; i < count; i++) {
    let left = random.next() * total;
    const kind = kinds.find(([, w]) => (left -= w) < 0)?.[0] ?? "餐饮";
    const district = random.pick(EMPLOYER_KINDS[kind].districts) ?? "SAIHAN";
    // The serial keeps names unique; 示例 marks them as made up, as the base seed does.
    rows.push({ name: `${PLACE[district]}${random.pick(BRAND)}${SUFFIX[kind]}（示例${i + 1}）`, kind, district, size: random.pick(SIZES), weight: 0.3 + random.next() * 1.7 });
  }
  return rows;
}

export type World = { positions: number; employers: number; students: number };

/** Builds the benchmark data in `db` (already migrated and empty) and indexes nothing: the caller times reindexAll. */
export async function buildWorld(db: Database, positions: number, today: string): Promise<World> {
  await seed(db.prisma);
  const random = prng(100_000);
  const madeUp = madeUpEmployers(random, Math.round(positions / 120));
  const orgs = await db.prisma.organisation.createManyAndReturn({
    data: madeUp.map((e) => ({ kind: "ENTERPRISE" as const, name: e.name, district: e.district, description: "基准测试用示例企业" })),
    select: { id: true, name: true },
  });
  const idOf = new Map(orgs.map((o) => [o.name, o.id]));
  // Verified, as the seeded ones are: only a verified enterprise's positions are searchable (issue 11, decision 13).
  await db.prisma.enterprise.createMany({ data: madeUp.map((e) => ({ organisationId: idOf.get(e.name)!, size: e.size, standing: "VERIFIED" as const })) });
  const employers: Employer[] = madeUp.map((e) => ({ id: idOf.get(e.name)!, name: e.name, profile: EMPLOYER_KINDS[e.kind], weight: e.weight }));
  const plan = planPositions(random, employers, positions, await readCatalog(db.prisma), { today, unsearchableShare: 0.04 });
  await insertPositions(db.prisma, plan);
  const [students] = await db.sql.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Student" WHERE "status" = 'ENROLLED'`);
  return { positions: plan.length, employers: employers.length, students: students!.n };
}
