import type { Database } from "~/db/database.server";
import type { PositionSearchEngine } from "../../search/engine";
import { makeFactories, type PositionTraits } from "../support/factories";

// A small world for the contract suite: every facet value, synonym and lifecycle case appears, and
// the expectations are computed from the rows with plain SQL, never from an engine.

export const TODAY = "2026-12-01";
const YESTERDAY = "2026-11-30";
const T0 = Date.parse("2026-11-01T02:00:00Z");

export type World = Awaited<ReturnType<typeof buildWorld>>;

export async function buildWorld(db: Database, engine: PositionSearchEngine) {
  const make = makeFactories(db);
  const cluster = async (code: string, name: string) => (await make.cluster({ code, name, sortOrder: 90 })).id;
  const food = await cluster("ST1", "检索测试绿色农畜产业集群");
  const energy = await cluster("ST2", "检索测试清洁能源产业集群");
  const category = async (code: string, name: string) => (await make.category({ code, name })).id;
  const tour = await category("S74", "检索测试旅游大类");
  const fin = await category("S73", "检索测试财经商贸大类");
  const med = await category("S72", "检索测试医药卫生大类");
  const traffic = await category("S70", "检索测试交通运输大类");
  const edu = await category("S77", "检索测试教育与体育大类");
  const program = async (name: string, categoryId: number) => (await make.program({ name, categoryId })).id;
  const cooking = await program("中餐烹饪", tour);
  const accounting = await program("会计事务", fin);
  const nursing = await program("护理", med);
  const autoRepair = await program("汽车运用与维修", traffic);
  const childcare = await program("幼儿保育", edu);

  const hotel = await make.enterprise({ name: "青城大饭店有限公司", size: "MEDIUM" });
  const garage = await make.enterprise({ name: "塞上汽车服务有限公司", size: "SMALL" });
  const hospital = await make.enterprise({ name: "草原人民医院", size: "LARGE" });
  const shop = await make.enterprise({ name: "敕勒川网络科技有限公司", size: "MICRO" });
  const nursery = await make.enterprise({ name: "小太阳幼儿园", size: "SMALL" });
  const solar = await make.enterprise({ name: "阴山新能源有限公司", size: "LARGE" });

  let minute = 0;
  // In 赛罕区 at 3000–4500 a month unless the case says otherwise; one hour apart; through the engine under test.
  const add = async (traits: PositionTraits & { title: string; enterpriseId: number }) => {
    const internship = traits.kind === "INTERNSHIP";
    const position = await make.position({
      district: "SAIHAN",
      payMin: 3000,
      payMax: 4500,
      durationMonths: internship ? 6 : null,
      minAge: internship ? 16 : null,
      publishedAt: new Date(T0 + ++minute * 3_600_000),
      ...traits,
      indexed: engine,
    });
    return position.id;
  };
  const ids = {
    chef: await add({ title: "中餐厨师", enterpriseId: hotel.id, programIds: [cooking], payMin: 4500, payMax: 6500, district: "XINCHENG", clusterId: food }),
    westernApprentice: await add({ title: "西餐厨师学徒", kind: "APPRENTICESHIP", enterpriseId: hotel.id, payMin: 3000, payMax: 4000, district: "XINCHENG" }),
    cookIntern: await add({ title: "烹饪助理（岗位实习）", kind: "INTERNSHIP", enterpriseId: hotel.id, programIds: [cooking], categoryIds: [tour], payMin: 2000, payMax: 2600, district: "XINCHENG" }),
    waiter: await add({ title: "餐厅服务员", enterpriseId: hotel.id, description: "协助厨师传菜，负责餐前摆台和点单。", payMin: 3000, payMax: 4200, district: "XINCHENG" }),
    accountant: await add({ title: "会计助理", enterpriseId: hotel.id, programIds: [accounting], payMin: 3800, payMax: 5000, district: "XINCHENG" }),
    cashier: await add({ title: "出纳", kind: "INTERNSHIP", enterpriseId: garage.id, programIds: [accounting], payMin: 2200, payMax: 2800 }),
    mechanic: await add({ title: "汽车维修工", enterpriseId: garage.id, programIds: [autoRepair], payMin: 5000, payMax: 8000 }),
    evMechanic: await add({ title: "新能源汽车维修技师", enterpriseId: garage.id, programIds: [autoRepair], payMin: 6000, payMax: null, clusterId: energy }),
    repairApprentice: await add({ title: "汽修学徒", kind: "APPRENTICESHIP", enterpriseId: garage.id, payMin: 2500, payMax: 3500 }),
    nurseryCarer: await add({ title: "幼儿园保育员", enterpriseId: nursery.id, programIds: [childcare], payMin: 2800, payMax: 3600, district: "YUQUAN" }),
    ecommerce: await add({ title: "电商运营专员", enterpriseId: shop.id, payMin: 6000, payMax: 9000, district: "YUQUAN" }),
    nurse: await add({ title: "护士", kind: "INTERNSHIP", enterpriseId: hospital.id, programIds: [nursing], payMin: null, payMax: null, district: "HUIMIN" }),
    pastryToday: await add({ title: "中式面点师", enterpriseId: hotel.id, deadline: TODAY, payMin: 3500, payMax: 5000, district: "XINCHENG" }),
    solarTech: await add({ title: "光伏运维工程师", enterpriseId: solar.id, clusterId: energy, payMin: 7000, payMax: 10000, district: null }),
    draft: await add({ title: "中餐厨师长（草稿）", status: "DRAFT", enterpriseId: hotel.id, programIds: [cooking] }),
    closed: await add({ title: "中餐厨师（已关闭）", status: "CLOSED", enterpriseId: hotel.id, programIds: [cooking] }),
    pastDeadline: await add({ title: "中餐厨师（已截止）", enterpriseId: hotel.id, deadline: YESTERDAY, programIds: [cooking] }),
  };
  return { ids, clusters: { food, energy }, categories: { tour, fin, med, traffic, edu } };
}

export type Row = {
  id: number;
  kind: string;
  clusterId: number | null;
  district: string | null;
  size: string | null;
  pay: number | null;
  categoryIds: number[];
  publishedAt: Date;
  text: string;
};

/** Every searchable position with its facet values, read with plain SQL from the tables. */
export async function searchableRows(db: Database): Promise<Row[]> {
  return db.sql.query<Row>(
    `SELECT p."id", p."kind"::text AS kind, p."clusterId", p."district"::text AS district, e."size"::text AS size,
            COALESCE(p."payMax", p."payMin") AS pay, p."publishedAt",
            ARRAY(SELECT "categoryId" FROM "PositionCategory" WHERE "positionId" = p."id"
                  UNION SELECT g."categoryId" FROM "PositionProgram" pp JOIN "Program" g ON g."id" = pp."programId" WHERE pp."positionId" = p."id") AS "categoryIds",
            concat_ws(' ', p."title", p."description", o."name",
                      (SELECT string_agg(g."name", ' ') FROM "PositionProgram" pp JOIN "Program" g ON g."id" = pp."programId" WHERE pp."positionId" = p."id")) AS text
     FROM "Position" p JOIN "Enterprise" e ON e."organisationId" = p."enterpriseId" JOIN "Organisation" o ON o."id" = p."enterpriseId"
     WHERE p."status" = 'PUBLISHED' AND (p."deadline" IS NULL OR p."deadline" >= $1::date)`,
    [TODAY],
  );
}
