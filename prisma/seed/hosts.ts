import type { Random } from "../../shared/prng";

// Demo design, not report facts (推测): what the platform keeps about each demo enterprise for the
// internship rules of 《职业学校学生实习管理规定》(教职成〔2021〕4号) — its staff, its 经营类别, and for the
// enterprises that host interns, their posts (岗位) with staff and regular monthly wage (yuan, Hohhot
// 2026 levels: hotels and catering 3,000–5,000, plants and hospitals 4,500–6,500; the Inner Mongolia
// minimum wage is about 2,000). The report names the enterprises and none of these figures.
//
// Business categories are copied from app/lib/business-categories.ts (prisma/seed does not import app/);
// tests/seed/partnerships-placements.test.ts checks every seeded value is one of the app's list.
// Survey and design institutes (专业技术服务业) have no value of their own there: BUSINESS_SERVICES.
// Travel agencies are 租赁和商务服务业 in GB/T 4754 too.

export type HostCategory =
  | "MANUFACTURING"
  | "ENERGY"
  | "CONSTRUCTION"
  | "LOGISTICS"
  | "HOTEL"
  | "CATERING"
  | "IT"
  | "BUSINESS_SERVICES"
  | "HEALTH";

export type PostFact = {
  name: string;
  staff: number; // 该岗位在岗职工: the 20% rule's base
  wage: number; // yuan per month, the post's regular wage
  /** Programs whose students are placed on this post (catalogue.ts names). */
  programs: readonly string[];
};

export type EnterpriseFact = {
  staff: number; // 在职职工总数: the 10% rule's base
  category: HostCategory;
  /** 行政区划代码 of where it is registered, for its credit code (Hohhot enterprises take their district's). */
  region?: string;
  posts?: readonly PostFact[];
};

const FRONT_DESK = ["旅游服务与管理", "高星级饭店运营与管理", "导游服务"];
const DINING = ["高星级饭店运营与管理", "旅游服务与管理", "茶艺与茶营销", "连锁经营与管理"];
const KITCHEN = ["中餐烹饪", "西餐烹饪", "中西面点"];

export const ENTERPRISE_FACTS: Readonly<Record<string, EnterpriseFact>> = {
  内蒙古饭店: {
    staff: 460,
    category: "HOTEL",
    posts: [
      { name: "前厅接待", staff: 40, wage: 3400, programs: FRONT_DESK },
      { name: "中餐厨师", staff: 60, wage: 4200, programs: KITCHEN },
      { name: "餐厅服务员", staff: 70, wage: 3200, programs: DINING },
    ],
  },
  希尔顿欢朋酒店: {
    staff: 85,
    category: "HOTEL",
    posts: [
      { name: "前台接待", staff: 12, wage: 3300, programs: FRONT_DESK },
      { name: "客房服务员", staff: 20, wage: 3100, programs: ["高星级饭店运营与管理", "家政服务与管理"] },
    ],
  },
  北京内蒙古大厦有限责任公司: { staff: 320, category: "HOTEL", region: "110105" },
  "香格里拉大酒店（呼和浩特）有限公司": {
    staff: 520,
    category: "HOTEL",
    posts: [
      { name: "前厅接待", staff: 45, wage: 3800, programs: FRONT_DESK },
      { name: "客房服务员", staff: 90, wage: 3500, programs: ["高星级饭店运营与管理", "家政服务与管理"] },
      { name: "西餐厨师", staff: 50, wage: 4600, programs: KITCHEN },
      { name: "餐饮服务员", staff: 80, wage: 3500, programs: DINING },
    ],
  },
  "香格里拉（包头）有限公司": { staff: 450, category: "HOTEL", region: "150203" },
  西贝餐饮集团: {
    // its Hohhot stores and central kitchen, not the whole group
    staff: 2600,
    category: "CATERING",
    posts: [
      { name: "面点师", staff: 420, wage: 4800, programs: ["中西面点", "食品加工工艺"] },
      { name: "厨师", staff: 380, wage: 5200, programs: ["中餐烹饪", "西餐烹饪"] },
      { name: "门店服务员", staff: 900, wage: 4000, programs: ["旅游服务与管理", "高星级饭店运营与管理", "连锁经营与管理", "市场营销"] },
    ],
  },
  北京汉王影研科技有限公司: {
    staff: 60,
    category: "IT",
    posts: [{ name: "图像处理助理", staff: 12, wage: 4200, programs: ["数字媒体技术应用", "计算机平面设计", "计算机应用"] }],
  },
  内蒙古恒宾国际旅行社: {
    staff: 35,
    category: "BUSINESS_SERVICES",
    posts: [{ name: "导游助理", staff: 10, wage: 3200, programs: ["导游服务", "旅游服务与管理"] }],
  },
  呼和浩特市城市人家华杰美居装饰设计工程有限公司: {
    staff: 80,
    category: "CONSTRUCTION",
    posts: [{ name: "设计助理", staff: 15, wage: 3800, programs: ["建筑装饰技术", "艺术设计与制作", "计算机平面设计"] }],
  },
  喜来登呼和浩特酒店: {
    staff: 480,
    category: "HOTEL",
    posts: [
      { name: "前厅接待", staff: 40, wage: 3700, programs: FRONT_DESK },
      { name: "中餐厨师", staff: 55, wage: 4500, programs: KITCHEN },
      { name: "餐饮服务员", staff: 75, wage: 3400, programs: DINING },
    ],
  },
  呼和浩特巨华国际大酒店: {
    staff: 380,
    category: "HOTEL",
    posts: [
      { name: "前厅接待", staff: 30, wage: 3300, programs: FRONT_DESK },
      { name: "客房服务员", staff: 60, wage: 3100, programs: ["高星级饭店运营与管理", "家政服务与管理"] },
      { name: "中餐厨师", staff: 40, wage: 4200, programs: KITCHEN },
    ],
  },
  内蒙古大唐国际托克托发电有限公司: {
    staff: 1500,
    category: "ENERGY",
    posts: [
      { name: "集控运行值班员", staff: 160, wage: 6500, programs: ["发电厂及变电站电气设备", "供用电技术", "电气设备运行与控制"] },
      { name: "设备检修工", staff: 200, wage: 6000, programs: ["机电技术应用", "输配电线路施工与运行", "焊接技术应用"] },
    ],
  },
  内蒙古创维智能科技有限公司: {
    staff: 1300,
    category: "MANUFACTURING",
    posts: [
      { name: "装配工", staff: 400, wage: 4300, programs: ["电子技术应用", "电子电器应用与维修", "机电技术应用", "工业机器人技术应用"] },
      { name: "质检员", staff: 80, wage: 4500, programs: ["电子技术应用", "物联网技术应用", "计算机应用"] },
    ],
  },
  呼和浩特市公路勘察设计院有限责任公司: {
    staff: 210,
    category: "BUSINESS_SERVICES",
    posts: [
      { name: "测量员", staff: 30, wage: 4500, programs: ["工程测量", "建筑工程施工"] },
      { name: "绘图员", staff: 20, wage: 4000, programs: ["工程造价", "计算机平面设计"] },
    ],
  },
  内蒙古阜生生物科技有限公司: {
    staff: 320,
    category: "MANUFACTURING",
    posts: [
      { name: "生产操作工", staff: 80, wage: 4200, programs: ["制药技术应用", "中药制药", "食品加工工艺"] },
      { name: "化验员", staff: 20, wage: 4300, programs: ["食品安全与检测技术", "医学检验技术", "药剂"] },
    ],
  },
  内蒙古君正能源化工集团股份有限公司: {
    staff: 1800,
    category: "MANUFACTURING",
    posts: [
      { name: "化工操作工", staff: 220, wage: 6200, programs: ["化工仪表及自动化", "机电技术应用"] },
      { name: "仪表工", staff: 60, wage: 6500, programs: ["化工仪表及自动化", "电气设备运行与控制"] },
    ],
  },
  阿特斯阳光电力集团: {
    staff: 1600,
    category: "MANUFACTURING",
    posts: [{ name: "光伏组件操作工", staff: 500, wage: 4600, programs: ["光伏工程技术与应用", "电子技术应用", "新能源装备运行与维护"] }],
  },
  呼和浩特阿特斯电子材料科技有限公司: {
    staff: 1200,
    category: "MANUFACTURING",
    posts: [
      { name: "拉晶操作工", staff: 300, wage: 5000, programs: ["光伏工程技术与应用", "新能源装备运行与维护", "机电技术应用"] },
      { name: "设备维护员", staff: 60, wage: 5500, programs: ["电气设备运行与控制", "工业机器人技术应用", "机电技术应用"] },
    ],
  },
  中国第二十二冶金集团公司一公司: {
    staff: 1400,
    category: "CONSTRUCTION",
    posts: [
      { name: "焊工", staff: 200, wage: 6500, programs: ["焊接技术应用"] },
      { name: "机械加工", staff: 120, wage: 5800, programs: ["数控技术应用", "模具制造技术", "机电技术应用"] },
      { name: "施工员", staff: 80, wage: 5200, programs: ["建筑工程施工", "工程造价", "给排水工程施工与运行"] },
      // 6.3: the 学徒培养协议 with 现代信息技术学校, whose fitting program is 工程测量
      { name: "测量放线员", staff: 40, wage: 5200, programs: ["工程测量"] },
    ],
  },
  内蒙古地质测绘院: {
    staff: 260,
    category: "BUSINESS_SERVICES",
    posts: [{ name: "测绘员", staff: 60, wage: 4800, programs: ["工程测量", "无人机操控与维护"] }],
  },
  呼和浩特市第一人民医院: {
    staff: 2200,
    category: "HEALTH",
    posts: [
      { name: "护理", staff: 900, wage: 4800, programs: ["护理", "中医护理", "助产"] },
      { name: "药房调剂", staff: 60, wage: 4500, programs: ["药剂", "制药技术应用"] },
      { name: "检验科技术员", staff: 50, wage: 4800, programs: ["医学检验技术"] },
      { name: "康复治疗", staff: 40, wage: 4500, programs: ["康复技术"] },
    ],
  },
  呼和浩特市第二医院: {
    staff: 1100,
    category: "HEALTH",
    posts: [
      { name: "护理", staff: 420, wage: 4500, programs: ["护理", "中医护理"] },
      { name: "康复治疗", staff: 30, wage: 4300, programs: ["康复技术"] },
    ],
  },
};

/** 行政区划代码 of Hohhot's districts and counties (and the economic zone), for credit codes. */
export const REGION_OF_DISTRICT: Readonly<Record<string, string>> = {
  XINCHENG: "150102",
  HUIMIN: "150103",
  YUQUAN: "150104",
  SAIHAN: "150105",
  TUMED_LEFT: "150121",
  TOGTOH: "150122",
  HORINGER: "150123",
  QINGSHUIHE: "150124",
  WUCHUAN: "150125",
  ECONOMIC_ZONE: "150172",
};

// ---------------------------------------------------------------- 统一社会信用代码 (GB 32100-2015)

// The seed computes its codes itself (prisma/seed does not import app/lib/credit-code.ts); the test
// checks each with the app's validator. Layout: 1 登记管理部门 (9 = 工商), 2 机构类别 (1 = 企业),
// 3–8 行政区划, 9–17 组织机构代码 (GB 11714: 8 characters and its own check character), 18 check.
const CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"; // GB 32100 表 2, value order
const CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]; // GB 11714
/** Letters an organisation code may carry that the credit code's set also allows. */
const ORG_LETTERS = "ABCDEFGHJKLMNPQRTUWXY";

/** GB 11714: a character's value is its digit, or 10 for A … 35 for Z. */
const orgValue = (c: string) => (/\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);

function orgCheck(body: string): string {
  const sum = [...body].reduce((s, c, i) => s + orgValue(c) * ORG_WEIGHTS[i]!, 0);
  const c = 11 - (sum % 11);
  return c === 10 ? "X" : c === 11 ? "0" : String(c);
}

function creditCheck(body: string): string {
  const sum = [...body].reduce((s, c, i) => s + CODE_CHARS.indexOf(c) * CODE_WEIGHTS[i]!, 0);
  return CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

/**
 * A well-formed code for an enterprise registered in `region`, drawn from `random`: older
 * enterprises carry an all-digit organisation code, those registered since 2015 one that starts MA.
 */
export function creditCode(region: string, random: Random): string {
  const org = random.chance(0.5)
    ? `${random.int(1, 7)}${Array.from({ length: 7 }, () => random.int(0, 9)).join("")}`
    : `MA${Array.from({ length: 6 }, () => (random.chance(0.6) ? String(random.int(0, 9)) : random.pick([...ORG_LETTERS]))).join("")}`;
  const body = `91${region}${org}${orgCheck(org)}`;
  return body + creditCheck(body);
}
