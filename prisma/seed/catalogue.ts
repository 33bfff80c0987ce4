import type { District } from "~/generated/prisma/client";
import type { CategoryCode, ClusterCode } from "./report-2023";

// Demo design, not report facts: which 98 programs Hohhot offers and where. The report gives only
// counts (2.3.1, 表5), so the catalogue is built to meet them exactly; names follow the 2021 中职
// catalogue, except those the report itself uses (作物生产技术, 化工仪表及自动化, 新能源装备运行与维护).
// generate.ts checks every count against report-2023.ts and refuses to seed if one is off.

export type ProgramDef = {
  name: string;
  category: CategoryCode;
  cluster?: ClusterCode;
  /** Offered by private schools. Public offerings come from PUBLIC_SCHOOL_PROGRAMS. */
  private?: boolean;
};

const p = (name: string, category: CategoryCode, cluster?: ClusterCode, priv?: "private"): ProgramDef =>
  ({ name, category, ...(cluster ? { cluster } : {}), ...(priv ? { private: true } : {}) });
const PRIVATE = "private" as const;

export const PROGRAMS: readonly ProgramDef[] = [
  // 绿色农畜产品加工 (4)
  p("畜禽生产技术", "61", "AGRIFOOD"),
  p("作物生产技术", "61", "AGRIFOOD"),
  p("食品加工工艺", "69", "AGRIFOOD"),
  p("食品安全与检测技术", "69", "AGRIFOOD", PRIVATE),
  // 清洁能源 (7): the private construction/energy schools carry it (3.1, case 13)
  p("光伏工程技术与应用", "63", "CLEAN_ENERGY", PRIVATE),
  p("风力发电设备运行与维护", "63", "CLEAN_ENERGY", PRIVATE),
  p("发电厂及变电站电气设备", "63", "CLEAN_ENERGY", PRIVATE),
  p("供用电技术", "63", "CLEAN_ENERGY", PRIVATE),
  p("输配电线路施工与运行", "63", "CLEAN_ENERGY", PRIVATE),
  p("农村电气技术", "63", "CLEAN_ENERGY", PRIVATE),
  p("新能源装备运行与维护", "66", "CLEAN_ENERGY"),
  // 现代化工 (1)
  p("化工仪表及自动化", "67", "CHEMICAL"),
  // 新材料和现代装备制造 (8)
  p("机电技术应用", "66", "MATERIALS_EQUIPMENT", PRIVATE),
  p("数控技术应用", "66", "MATERIALS_EQUIPMENT", PRIVATE),
  p("工业机器人技术应用", "66", "MATERIALS_EQUIPMENT"),
  p("焊接技术应用", "66", "MATERIALS_EQUIPMENT", PRIVATE),
  p("电气设备运行与控制", "66", "MATERIALS_EQUIPMENT", PRIVATE),
  p("无人机操控与维护", "66", "MATERIALS_EQUIPMENT", PRIVATE),
  p("模具制造技术", "66", "MATERIALS_EQUIPMENT", PRIVATE),
  p("增材制造技术应用", "66", "MATERIALS_EQUIPMENT", PRIVATE),
  // 生物医药 (8): 护理 is the bulk of its 2932 students
  p("护理", "72", "BIOMEDICINE", PRIVATE),
  p("药剂", "72", "BIOMEDICINE", PRIVATE),
  p("助产", "72", "BIOMEDICINE", PRIVATE),
  p("康复技术", "72", "BIOMEDICINE", PRIVATE),
  p("中医护理", "72", "BIOMEDICINE", PRIVATE),
  p("医学检验技术", "72", "BIOMEDICINE", PRIVATE),
  p("中药制药", "69", "BIOMEDICINE"),
  p("制药技术应用", "69", "BIOMEDICINE", PRIVATE),
  // 电子信息 (12)
  p("计算机应用", "71", "ELECTRONICS", PRIVATE),
  p("计算机网络技术", "71", "ELECTRONICS", PRIVATE),
  p("电子技术应用", "71", "ELECTRONICS", PRIVATE),
  p("电子电器应用与维修", "71", "ELECTRONICS"),
  p("物联网技术应用", "71", "ELECTRONICS"),
  p("人工智能技术应用", "71", "ELECTRONICS"),
  p("软件与信息服务", "71", "ELECTRONICS"),
  p("数字媒体技术应用", "71", "ELECTRONICS", PRIVATE),
  p("网络信息安全", "71", "ELECTRONICS"),
  p("计算机平面设计", "71", "ELECTRONICS", PRIVATE),
  p("大数据技术应用", "71", "ELECTRONICS", PRIVATE),
  p("云计算技术应用", "71", "ELECTRONICS", PRIVATE),

  // ---- outside the six clusters (58)
  p("农业机械使用与维护", "61"),
  p("设施农业生产技术", "61"),
  p("园林技术", "61"),
  p("中草药种植", "61"),
  p("工程测量", "62"),
  p("环境治理技术", "62"),
  p("建筑工程施工", "64", undefined, PRIVATE),
  p("建筑装饰技术", "64", undefined, PRIVATE),
  p("工程造价", "64", undefined, PRIVATE),
  p("给排水工程施工与运行", "64", undefined, PRIVATE),
  p("建筑智能化设备安装与运维", "64"),
  p("古建筑修缮", "64"),
  p("珠宝玉石加工与营销", "68"),
  p("服装设计与工艺", "68"),
  p("皮革制品造型设计", "68"),
  p("汽车运用与维修", "70", undefined, PRIVATE),
  p("新能源汽车运用与维修", "70", undefined, PRIVATE),
  p("城市轨道交通运营服务", "70", undefined, PRIVATE),
  p("汽车车身修复", "70", undefined, PRIVATE),
  p("汽车美容与装潢", "70", undefined, PRIVATE),
  p("铁道运输服务", "70", undefined, PRIVATE),
  p("航空服务", "70", undefined, PRIVATE),
  p("会计事务", "73", undefined, PRIVATE),
  p("电子商务", "73", undefined, PRIVATE),
  p("物流服务与管理", "73", undefined, PRIVATE),
  p("直播电商服务", "73", undefined, PRIVATE),
  p("市场营销", "73"),
  p("连锁经营与管理", "73"),
  p("金融事务", "73"),
  p("冷链物流服务与管理", "73"),
  p("跨境电子商务", "73", undefined, PRIVATE),
  p("商务助理", "73", undefined, PRIVATE),
  p("中餐烹饪", "74", undefined, PRIVATE),
  p("中西面点", "74", undefined, PRIVATE),
  p("旅游服务与管理", "74", undefined, PRIVATE),
  p("高星级饭店运营与管理", "74", undefined, PRIVATE),
  p("西餐烹饪", "74"),
  p("导游服务", "74"),
  p("茶艺与茶营销", "74", undefined, PRIVATE),
  p("康养休闲旅游服务", "74", undefined, PRIVATE),
  p("民宿管理与运营", "74", undefined, PRIVATE),
  p("舞蹈表演", "75", undefined, PRIVATE),
  p("音乐表演", "75", undefined, PRIVATE),
  p("美术绘画", "75", undefined, PRIVATE),
  p("艺术设计与制作", "75", undefined, PRIVATE),
  p("工艺美术", "75"),
  p("民族音乐与舞蹈", "75"),
  p("社会文化艺术", "75"),
  p("戏曲表演", "75"),
  p("民族工艺品制作", "75"),
  p("服装展示与礼仪", "75", undefined, PRIVATE),
  p("幼儿保育", "77", undefined, PRIVATE),
  p("运动训练", "77", undefined, PRIVATE),
  p("体育服务与管理", "77", undefined, PRIVATE),
  p("家政服务与管理", "79"),
  p("智慧健康养老服务", "79"),
  p("社会保障事务", "79"),
  p("民政服务", "79"),
];

const byName = new Map(PROGRAMS.map((p) => [p.name, p]));
export function programNamed(name: string): ProgramDef {
  const found = byName.get(name);
  if (!found) throw new Error(`专业「${name}」不在目录中`);
  return found;
}

/**
 * Every public school's offer, written out: the report ties programs to these schools (表4, 3.1–3.5,
 * 6.3) and the rest follows each school's profile. The two synthetic county schools carry the
 * programs no named school fits.
 */
export const PUBLIC_SCHOOL_PROGRAMS: Record<string, readonly string[]> = {
  呼和浩特市商贸旅游职业学校: [
    "中餐烹饪", "西餐烹饪", "中西面点", "旅游服务与管理", "导游服务", "高星级饭店运营与管理", "会计事务",
    "电子商务", "市场营销", "机电技术应用", "计算机应用", "物联网技术应用", "工艺美术", "皮革制品造型设计",
  ],
  呼和浩特市文化艺术职业学校: [
    "幼儿保育", "舞蹈表演", "音乐表演", "民族音乐与舞蹈", "戏曲表演", "美术绘画", "艺术设计与制作",
    "社会文化艺术", "计算机网络技术", "高星级饭店运营与管理",
  ],
  呼和浩特市食品与医药卫生学校: [
    "食品加工工艺", "中西面点", "护理", "药剂", "中药制药", "计算机应用", "家政服务与管理", "智慧健康养老服务",
    "冷链物流服务与管理",
  ],
  呼和浩特市智能技术应用学校: [
    "机电技术应用", "数控技术应用", "工业机器人技术应用", "电气设备运行与控制", "焊接技术应用", "新能源装备运行与维护",
    "电子技术应用", "汽车运用与维修", "新能源汽车运用与维修", "城市轨道交通运营服务", "建筑工程施工",
    "建筑智能化设备安装与运维", "民族工艺品制作",
  ],
  呼和浩特市现代信息技术学校: [
    "计算机网络技术", "网络信息安全", "软件与信息服务", "数字媒体技术应用", "人工智能技术应用", "计算机平面设计",
    "物联网技术应用", "无人机操控与维护", "电子商务", "直播电商服务", "珠宝玉石加工与营销", "工程测量",
  ],
  土默特左旗第一职业中学: [
    "作物生产技术", "畜禽生产技术", "汽车运用与维修", "电子电器应用与维修", "农业机械使用与维护", "设施农业生产技术",
    "中草药种植", "计算机应用", "幼儿保育", "会计事务",
  ],
  托克托县高级职业中学: ["化工仪表及自动化", "环境治理技术", "护理", "机电技术应用", "计算机应用", "幼儿保育", "汽车运用与维修"],
  清水河县第一高级职业中学: ["护理", "幼儿保育", "计算机应用", "畜禽生产技术", "旅游服务与管理", "社会保障事务", "民政服务"],
  "和林格尔县职业中学（示例）": [
    "园林技术", "设施农业生产技术", "食品加工工艺", "物流服务与管理", "连锁经营与管理", "金融事务", "电子商务",
    "计算机应用", "服装设计与工艺", "古建筑修缮",
  ],
  "武川县职业中学（示例）": ["作物生产技术", "农业机械使用与维护", "中餐烹饪", "幼儿保育", "计算机应用", "民政服务"],
};

/** What the named private schools are known for (表4, 3.1, case 13); synthetic schools fill in the rest. */
export const NAMED_PRIVATE_PROGRAMS: Record<string, readonly string[]> = {
  内蒙古环成职业技术学校: ["汽车运用与维修", "新能源汽车运用与维修", "汽车车身修复", "汽车美容与装潢", "电气设备运行与控制"],
  // "2023届毕业生全部服务于自治区风电行业" (3.1)
  内蒙古建工职业技术学校: ["建筑工程施工", "建筑装饰技术", "工程造价", "给排水工程施工与运行", "风力发电设备运行与维护", "光伏工程技术与应用", "供用电技术"],
  // graduates go to 新能源 jobs and rural kindergartens; it trains in 网络安全 (case 13)
  内蒙古民族工程职业技术学校: ["光伏工程技术与应用", "发电厂及变电站电气设备", "农村电气技术", "幼儿保育", "计算机网络技术"],
};

/** Families group programs so a synthetic school teaches related things. */
export type Family = "health" | "it" | "make" | "energy" | "auto" | "build" | "arts" | "service";
export const FAMILY_OF_CATEGORY: Record<CategoryCode, Family | null> = {
  "61": null, "62": null, "67": null, "68": null, "79": null, // public-only categories
  "63": "energy", "64": "build", "66": "make", "69": "health", "70": "auto", "71": "it", "72": "health",
  "73": "service", "74": "service", "75": "arts", "77": "arts",
};

export type SyntheticSchool = {
  name: string;
  ownership: "PUBLIC" | "PRIVATE";
  supervisingLevel: "DISTRICT" | "COUNTY" | "DEVELOPMENT_ZONE";
  district: District;
  families?: readonly Family[]; // private only
};

// The 18 district-run private schools the report does not name, plus county and zone schools, so
// that 1.2's per-supervisor counts hold with the three named private schools placed in report-2023.ts.
// Six private schools have only non-cluster families: "18所民办学校" offer cluster programs.
const district = (d: District, label: string, n: number, families: Family[]): SyntheticSchool => ({
  name: `${label}第${"一二三四五六七八九"[n - 1]}民办职业学校（示例）`,
  ownership: "PRIVATE",
  supervisingLevel: "DISTRICT",
  district: d,
  families,
});

export const SYNTHETIC_SCHOOLS: readonly SyntheticSchool[] = [
  { name: "和林格尔县职业中学（示例）", ownership: "PUBLIC", supervisingLevel: "COUNTY", district: "HORINGER" },
  { name: "武川县职业中学（示例）", ownership: "PUBLIC", supervisingLevel: "COUNTY", district: "WUCHUAN" },
  district("XINCHENG", "新城区", 1, ["health"]),
  district("XINCHENG", "新城区", 2, ["it", "service"]),
  district("XINCHENG", "新城区", 3, ["arts"]),
  district("XINCHENG", "新城区", 4, ["make", "auto"]),
  district("XINCHENG", "新城区", 5, ["health"]),
  district("XINCHENG", "新城区", 6, ["service"]),
  district("XINCHENG", "新城区", 7, ["it"]),
  district("XINCHENG", "新城区", 8, ["arts", "service"]),
  district("SAIHAN", "赛罕区", 1, ["health", "arts"]),
  district("SAIHAN", "赛罕区", 2, ["it", "arts"]),
  district("SAIHAN", "赛罕区", 3, ["auto"]),
  district("SAIHAN", "赛罕区", 4, ["energy", "make"]),
  district("SAIHAN", "赛罕区", 5, ["health"]),
  district("SAIHAN", "赛罕区", 6, ["build"]),
  district("YUQUAN", "玉泉区", 1, ["it", "service"]),
  district("YUQUAN", "玉泉区", 2, ["make", "it"]),
  district("YUQUAN", "玉泉区", 3, ["service", "arts"]),
  district("HUIMIN", "回民区", 1, ["health", "it"]),
  { name: "土默特左旗民办职业学校（示例）", ownership: "PRIVATE", supervisingLevel: "COUNTY", district: "TUMED_LEFT", families: ["energy", "service"] },
  { name: "和林格尔县民办职业学校（示例）", ownership: "PRIVATE", supervisingLevel: "COUNTY", district: "HORINGER", families: ["it", "auto"] },
  { name: "经济技术开发区民办职业学校（示例）", ownership: "PRIVATE", supervisingLevel: "DEVELOPMENT_ZONE", district: "ECONOMIC_ZONE", families: ["make", "energy"] },
];

/** Relative size of a school's intake; the report gives no per-school figures. */
export const SCHOOL_WEIGHT: Record<string, number> = {
  呼和浩特市商贸旅游职业学校: 3,
  呼和浩特市智能技术应用学校: 2.2,
  呼和浩特市现代信息技术学校: 2.2,
  呼和浩特市食品与医药卫生学校: 2,
  呼和浩特市文化艺术职业学校: 1.6,
  土默特左旗第一职业中学: 1.4,
  托克托县高级职业中学: 1,
  清水河县第一高级职业中学: 0.8,
  "和林格尔县职业中学（示例）": 0.9,
  "武川县职业中学（示例）": 0.6,
  内蒙古环成职业技术学校: 1.6,
  内蒙古建工职业技术学校: 1.4,
  内蒙古民族工程职业技术学校: 1.2,
};

/** Programs that draw more students than the average one. */
export const PROGRAM_WEIGHT: Record<string, number> = {
  护理: 2.5, 计算机应用: 1.6, 幼儿保育: 1.6, 汽车运用与维修: 1.5, 中餐烹饪: 1.5, 机电技术应用: 1.4,
  计算机网络技术: 1.3, 电子商务: 1.3, 会计事务: 1.2, 药剂: 1.2,
};
