import type { AgreementKind, District, EnterpriseSize, OrderClassKind, OrganisationKind } from "~/generated/prisma/client";

// Facts from 《呼和浩特市中等职业教育质量年度报告（2023年度）》 (shared/reference/000_7d1635ab68301fb1.txt).
// Section numbers point into the report. Anything not in the report is either marked 推测 (a
// plausible guess) here or lives in catalogue.ts / generate.ts as synthetic demo data.

export const SOURCE = "2023年呼和浩特市中等职业教育质量年度报告";

// ---------------------------------------------------------------- clusters (表5)

export type ClusterCode = "AGRIFOOD" | "CLEAN_ENERGY" | "CHEMICAL" | "MATERIALS_EQUIPMENT" | "BIOMEDICINE" | "ELECTRONICS";
export type Cohort = 2023 | 2022 | 2021;
export const COHORTS: readonly Cohort[] = [2023, 2022, 2021];
/** The 2023届 graduates entered in 2020 (three-year 中职). */
export const GRADUATE_COHORT = 2020;
export const GRADUATION_YEAR = 2023;

export type ClusterFact = {
  code: ClusterCode;
  name: string;
  programs: number; // 专业个数
  graduates2023: number; // 2023年毕业生人数
  enrolled: Record<Cohort, number>; // 在校生人数 by 级
};

/**
 * 表5 in the report's order. The table does not add up: row 4 prints 1267/1108/720 but a total of
 * 3093, and the column totals (4218/3964/3248) add to 11430, not the 11428 printed. 11428 is the
 * figure the report repeats (2.3.1, 47% of all students) and it equals public 7049 + private 4379,
 * so the totals win and row 4's 2021级 becomes 718 (the report does not say which cell is wrong).
 */
export const CLUSTERS: readonly ClusterFact[] = [
  { code: "AGRIFOOD", name: "绿色农畜产品加工产业集群", programs: 4, graduates2023: 55, enrolled: { 2023: 309, 2022: 220, 2021: 189 } },
  { code: "CLEAN_ENERGY", name: "清洁能源产业集群", programs: 7, graduates2023: 282, enrolled: { 2023: 411, 2022: 458, 2021: 293 } },
  { code: "CHEMICAL", name: "现代化工产业集群", programs: 1, graduates2023: 15, enrolled: { 2023: 31, 2022: 34, 2021: 13 } },
  { code: "MATERIALS_EQUIPMENT", name: "新材料和现代装备制造业产业集群", programs: 8, graduates2023: 675, enrolled: { 2023: 1267, 2022: 1108, 2021: 718 } },
  { code: "BIOMEDICINE", name: "生物医药产业", programs: 8, graduates2023: 957, enrolled: { 2023: 1042, 2022: 1003, 2021: 887 } },
  { code: "ELECTRONICS", name: "电子信息产业", programs: 12, graduates2023: 629, enrolled: { 2023: 1158, 2022: 1141, 2021: 1146 } },
];

// ---------------------------------------------------------------- city-wide totals (1.1, 1.3, 2.3.1, 7.7.1)

export const TOTALS = {
  schools: { public: 10, private: 24 },
  enrolled: { public: 13893, private: 10176 },
  /** 招生 7799 in 2023 is the 2023级; the report does not split 2022级/2021级 outside the clusters. */
  intake2023: 7799,
  graduates2023: 7146,
  programs: { all: 98, allCategories: 16, public: 67, publicCategories: 15, private: 60, privateCategories: 11 },
  clusterPrograms: { all: 40, allCategories: 7, public: 24, publicCategories: 6, private: 28, privateCategories: 5 },
  clusterEnrolled: { public: 7049, private: 4379 },
  /** "18所民办学校有5大类28个专业": the other 6 private schools offer no cluster program. */
  privateSchoolsWithClusterPrograms: 18,
  /** 专任教师 1854; the report's 生师比 12.4 does not follow from 24069/1854 (= 12.98), so only the head count is kept. */
  fullTimeTeachers: 1854,
  dualTeachers: { JUNIOR: 222, INTERMEDIATE: 190, SENIOR: 35 },
} as const;

// ---------------------------------------------------------------- program categories

/** 专业大类 of the 2021 national 中职 catalogue; 16 are in use in Hohhot (2.3.1). 水利, 新闻传播 and 公安与司法 are the three left out. */
export const CATEGORIES = [
  { code: "61", name: "农林牧渔大类" },
  { code: "62", name: "资源环境与安全大类" },
  { code: "63", name: "能源动力与材料大类" },
  { code: "64", name: "土木建筑大类" },
  { code: "66", name: "装备制造大类" },
  { code: "67", name: "生物与化工大类" },
  { code: "68", name: "轻工纺织大类" },
  { code: "69", name: "食品药品与粮食大类" },
  { code: "70", name: "交通运输大类" },
  { code: "71", name: "电子与信息大类" },
  { code: "72", name: "医药卫生大类" },
  { code: "73", name: "财经商贸大类" },
  { code: "74", name: "旅游大类" },
  { code: "75", name: "文化艺术大类" },
  { code: "77", name: "教育与体育大类" },
  { code: "79", name: "公共管理与服务大类" },
] as const;
export type CategoryCode = (typeof CATEGORIES)[number]["code"];

// ---------------------------------------------------------------- schools the report names

export type NamedSchool = {
  name: string;
  ownership: "PUBLIC" | "PRIVATE";
  supervisingLevel: "CITY" | "DISTRICT" | "COUNTY";
  district: District;
  isQualitySchool?: boolean;
};

// The report writes several schools more than one way; one spelling is kept each:
//  商贸旅游: also "呼和浩特商贸旅游学校" (5.2).  智能技术应用: also "市智能应用技术学校" (6.4).
//  土默特左旗第一职业中学: "土左旗第一职业中学" in 表4.  托克托县高级职业中学: "托克托县高级中学" (图3-3).
//  内蒙古民族工程职业技术学校: "内蒙古民族工程职业学校" in the case list, the fuller name in case 13.
//  内蒙古建工职业技术学校 (case 15) and "内蒙古建筑职业技术学校" (3.1) are taken as one school: the report
//  is about 中职, 内蒙古建筑职业技术学院 is a 高职, and both passages describe a construction school.
// "呼和浩特职业学院中专部" (7.4) is a department of a 高职 and not one of the 34.
// Districts of the city-run and private schools are not in the report: those are 推测, led by the
// neighbourhoods the report has them serve (食品与医药卫生 → 玉泉区西三里社区, 智能技术应用 → 回民区贝尔路小学).
export const NAMED_SCHOOLS: readonly NamedSchool[] = [
  { name: "呼和浩特市商贸旅游职业学校", ownership: "PUBLIC", supervisingLevel: "CITY", district: "XINCHENG", isQualitySchool: true },
  { name: "呼和浩特市文化艺术职业学校", ownership: "PUBLIC", supervisingLevel: "CITY", district: "SAIHAN", isQualitySchool: true },
  { name: "呼和浩特市食品与医药卫生学校", ownership: "PUBLIC", supervisingLevel: "CITY", district: "YUQUAN" },
  { name: "呼和浩特市智能技术应用学校", ownership: "PUBLIC", supervisingLevel: "CITY", district: "HUIMIN" },
  { name: "呼和浩特市现代信息技术学校", ownership: "PUBLIC", supervisingLevel: "CITY", district: "XINCHENG" },
  { name: "土默特左旗第一职业中学", ownership: "PUBLIC", supervisingLevel: "COUNTY", district: "TUMED_LEFT", isQualitySchool: true },
  { name: "托克托县高级职业中学", ownership: "PUBLIC", supervisingLevel: "COUNTY", district: "TOGTOH" },
  { name: "清水河县第一高级职业中学", ownership: "PUBLIC", supervisingLevel: "COUNTY", district: "QINGSHUIHE" },
  // The three private schools the report names are taken as district-run (市4区属民办); districts 推测.
  { name: "内蒙古环成职业技术学校", ownership: "PRIVATE", supervisingLevel: "DISTRICT", district: "SAIHAN" },
  { name: "内蒙古建工职业技术学校", ownership: "PRIVATE", supervisingLevel: "DISTRICT", district: "XINCHENG" },
  { name: "内蒙古民族工程职业技术学校", ownership: "PRIVATE", supervisingLevel: "DISTRICT", district: "HUIMIN" },
];

/** 表1 and 1.2: how many schools each supervisor runs. CITY = 呼和浩特市教育局. */
export const SCHOOLS_BY_SUPERVISOR = {
  CITY: { PUBLIC: 5 },
  DISTRICT: { XINCHENG: 9, SAIHAN: 7, YUQUAN: 3, HUIMIN: 2 }, // all private
  COUNTY: { TUMED_LEFT: 2, TOGTOH: 1, HORINGER: 2, WUCHUAN: 1, QINGSHUIHE: 1 }, // 5 public + 2 private
  DEVELOPMENT_ZONE: { ECONOMIC_ZONE: 1 }, // private
} as const;

/**
 * 表4: the 12 自治区优质专业. 表4 also tags the schools 商贸旅游/文化艺术 (A档) and 土左旗 (B档); the
 * schema keeps only isQualitySchool for those (2.2 names the same three as 优质中职学校).
 * 2.2 calls 商贸旅游's three "旅游专业、烹饪专业、会计事务专业"; 表4's catalogue names are used.
 */
export const QUALITY_PROGRAMS: readonly { school: string; program: string; tier: "A档" | "B档" }[] = [
  { school: "呼和浩特市商贸旅游职业学校", program: "中餐烹饪", tier: "A档" },
  { school: "呼和浩特市商贸旅游职业学校", program: "旅游服务与管理", tier: "A档" },
  { school: "呼和浩特市商贸旅游职业学校", program: "会计事务", tier: "A档" },
  { school: "呼和浩特市文化艺术职业学校", program: "幼儿保育", tier: "A档" },
  { school: "呼和浩特市文化艺术职业学校", program: "舞蹈表演", tier: "B档" },
  { school: "呼和浩特市文化艺术职业学校", program: "音乐表演", tier: "B档" },
  { school: "清水河县第一高级职业中学", program: "护理", tier: "B档" },
  { school: "土默特左旗第一职业中学", program: "作物生产技术", tier: "B档" },
  { school: "土默特左旗第一职业中学", program: "汽车运用与维修", tier: "B档" },
  { school: "土默特左旗第一职业中学", program: "畜禽生产技术", tier: "B档" },
  { school: "土默特左旗第一职业中学", program: "电子电器应用与维修", tier: "B档" },
  { school: "内蒙古环成职业技术学校", program: "汽车运用与维修", tier: "A档" },
];

// ---------------------------------------------------------------- other organisations the report names

export type NamedOrganisation = {
  kind: Exclude<OrganisationKind, "SECONDARY_SCHOOL">;
  name: string;
  district?: District;
  /** Only for enterprises outside Hohhot (no District): where they are, as a user would read it. */
  address?: string;
  website?: string;
  contactPhone?: string;
  cluster?: SectorCode;
  size?: EnterpriseSize;
  where: string; // section of the report
};

export const BUREAU_NAME = "呼和浩特市教育局";

/**
 * 现代服务业: the report pairs it with the six clusters ("引导职业院校同首府“六大产业集群”和现代服务业发展深度融合",
 * 第七部分 解决措施) but gives it no row in 表5. Enterprises that work in none of the six (hotels, catering,
 * travel, design and survey services) are placed here, so every enterprise and its positions have a
 * sector. No program belongs to it: 表5's program, student and graduate counts stay the six clusters'.
 */
export const SERVICE_SECTOR = { code: "MODERN_SERVICES", name: "现代服务业" } as const;
/** An enterprise's sector: one of 表5's six clusters or 现代服务业 (SERVICE_SECTOR). */
export type SectorCode = ClusterCode | typeof SERVICE_SECTOR.code;

// Kept: every organisation the report shows working with Hohhot's vocational schools (hiring, hosting,
// training, signing, co-organising, supervising). Left out: bodies named only as a document's author
// or a speaker's employer (教育部, 工人日报社, 内蒙古财经大学 …), forum peers from other provinces
// (7.8.1), education societies that fit no kind (呼和浩特市教育学会 …) and the foreign secondary
// schools of 5.2, which would count as 中职 schools. Aliases merged: 西贝餐饮公司/西贝餐饮集团有限公司/
// 内蒙古西贝集团 → 西贝餐饮集团; 呼和浩特香格里拉酒店/香格里拉（呼和浩特）有限公司 → 香格里拉大酒店（呼和浩特）有限公司;
// 呼和浩特喜来登酒店 → 喜来登呼和浩特酒店; 内蒙古大厦 (2.8) → 北京内蒙古大厦有限责任公司; 赛罕区人社局 → 赛罕区人力资源和社会保障局.
// Enterprise sizes are 推测 from what the names are (hotel, power plant, listed group).
//
// Every enterprise has a sector (cluster), a size and, when it is in Hohhot, a district. The report
// places only a few; the rest are 推测 by this rule, from the name and the trades its demo positions
// offer (prisma/seed/positions/vocabulary.ts DEMO_PROFILES, whose first district is the one taken here):
//   酒店、饭店、大厦、餐饮、旅行社 (hospitality, catering, travel)        → 现代服务业
//   装饰设计、勘察设计院、测绘院 (design and survey services)             → 现代服务业
//   医院 (employs 护理、助产、医学检验, which 表5 counts under 生物医药)   → 生物医药产业
//   科技公司 making software and imaging (汉王影研)                        → 电子信息产业
//   冶金建设 (二十二冶: welding, machining, steel structures)              → 新材料和现代装备制造业产业集群
//   发电、光伏、硅材料 → 清洁能源; 化工 → 现代化工; 生物科技 → 生物医药; 智能电子 → 电子信息 (as before)
// 北京内蒙古大厦 and 香格里拉（包头）are outside Hohhot: no district, their city as the address.
export const NAMED_ORGANISATIONS: readonly NamedOrganisation[] = [
  { kind: "BUREAU", name: BUREAU_NAME, website: "http://jyj.huhhot.gov.cn/", contactPhone: "0471-4606403", where: "封面、封底" },

  // 企业
  { kind: "ENTERPRISE", name: "内蒙古饭店", district: "XINCHENG", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "2.8 案例11（地区推测）" },
  { kind: "ENTERPRISE", name: "希尔顿欢朋酒店", district: "SAIHAN", cluster: "MODERN_SERVICES", size: "SMALL", where: "2.8 案例11（地区推测）" },
  { kind: "ENTERPRISE", name: "北京内蒙古大厦有限责任公司", address: "北京市", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "2.8 案例11、7.7.3" },
  { kind: "ENTERPRISE", name: "香格里拉大酒店（呼和浩特）有限公司", district: "HUIMIN", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "2.8 案例11、3.1、7.7.3（地区推测）" },
  { kind: "ENTERPRISE", name: "香格里拉（包头）有限公司", address: "内蒙古包头市", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "3.1" },
  { kind: "ENTERPRISE", name: "西贝餐饮集团", district: "XINCHENG", cluster: "MODERN_SERVICES", size: "LARGE", where: "2.8 案例11、3.1、3.5、6.3（地区推测）" },
  { kind: "ENTERPRISE", name: "北京汉王影研科技有限公司", district: "SAIHAN", cluster: "ELECTRONICS", size: "SMALL", where: "2.8 案例11（地区推测）" },
  { kind: "ENTERPRISE", name: "内蒙古恒宾国际旅行社", district: "XINCHENG", cluster: "MODERN_SERVICES", size: "SMALL", where: "2.8 案例11（地区推测）" },
  { kind: "ENTERPRISE", name: "呼和浩特市城市人家华杰美居装饰设计工程有限公司", district: "YUQUAN", cluster: "MODERN_SERVICES", size: "SMALL", where: "2.8 案例11（地区推测）" },
  { kind: "ENTERPRISE", name: "喜来登呼和浩特酒店", district: "XINCHENG", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "3.1、7.7.3（地区推测）" },
  { kind: "ENTERPRISE", name: "呼和浩特巨华国际大酒店", district: "SAIHAN", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "7.7.3（地区推测）" },
  // 7.7.3 prints "内蒙古大唐国际托克托电有限公司"; the missing 发 is restored. A (coal) power plant:
  // the energy cluster is the closest of the six.
  { kind: "ENTERPRISE", name: "内蒙古大唐国际托克托发电有限公司", district: "TOGTOH", cluster: "CLEAN_ENERGY", size: "LARGE", where: "7.7.3" },
  { kind: "ENTERPRISE", name: "内蒙古创维智能科技有限公司", district: "HORINGER", cluster: "ELECTRONICS", size: "LARGE", where: "2.1.2 案例2（地区推测）" },
  { kind: "ENTERPRISE", name: "呼和浩特市公路勘察设计院有限责任公司", district: "SAIHAN", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "2.1.2 案例2（地区推测）" },
  { kind: "ENTERPRISE", name: "内蒙古阜生生物科技有限公司", district: "ECONOMIC_ZONE", cluster: "BIOMEDICINE", size: "MEDIUM", where: "6.1（集群按名称推测，地区推测）" },
  { kind: "ENTERPRISE", name: "内蒙古君正能源化工集团股份有限公司", district: "ECONOMIC_ZONE", cluster: "CHEMICAL", size: "LARGE", where: "6.1（地区推测）" },
  { kind: "ENTERPRISE", name: "阿特斯阳光电力集团", district: "TUMED_LEFT", cluster: "CLEAN_ENERGY", size: "LARGE", where: "6.5 案例18（地区推测：金山高新区）" },
  // Silicon for solar panels: could be counted under 新材料 too; kept with its group in clean energy.
  { kind: "ENTERPRISE", name: "呼和浩特阿特斯电子材料科技有限公司", district: "TUMED_LEFT", cluster: "CLEAN_ENERGY", size: "LARGE", where: "6.5 案例19（地区推测：金山高新区）" },
  { kind: "ENTERPRISE", name: "中国第二十二冶金集团公司一公司", district: "ECONOMIC_ZONE", cluster: "MATERIALS_EQUIPMENT", size: "LARGE", where: "6.3（地区推测）" },
  { kind: "ENTERPRISE", name: "内蒙古地质测绘院", district: "SAIHAN", cluster: "MODERN_SERVICES", size: "MEDIUM", where: "6.3（地区推测）" },
  // Public hospitals are 事业单位, but on the platform they host nursing students as employers do.
  { kind: "ENTERPRISE", name: "呼和浩特市第一人民医院", district: "XINCHENG", cluster: "BIOMEDICINE", size: "LARGE", where: "3.5（地区推测）" },
  { kind: "ENTERPRISE", name: "呼和浩特市第二医院", district: "HUIMIN", cluster: "BIOMEDICINE", size: "LARGE", where: "3.5（地区推测）" },

  { kind: "INDUSTRY_ASSOCIATION", name: "内蒙古烹饪餐饮饭店行业协会", where: "3.1、3.5" },

  { kind: "HIGHER_VOCATIONAL", name: "呼和浩特职业学院", where: "2.3.2、6.5 案例19、7.4、7.8.1" },
  { kind: "HIGHER_VOCATIONAL", name: "内蒙古商贸职业学院", where: "2.3.2" },
  { kind: "HIGHER_VOCATIONAL", name: "内蒙古电子信息职业技术学院", where: "6.5 案例19" },
  { kind: "HIGHER_VOCATIONAL", name: "包头轻工职业技术学院", where: "2.3.2、3.1" },
  { kind: "HIGHER_VOCATIONAL", name: "内蒙古交通职业技术学院", where: "2.3.2" },
  { kind: "HIGHER_VOCATIONAL", name: "内蒙古农业大学职业技术学院", where: "3.1" },
  { kind: "HIGHER_VOCATIONAL", name: "满洲里俄语职业学院", where: "5.2" },

  { kind: "UNIVERSITY", name: "内蒙古大学", where: "6.5 案例19" },
  { kind: "UNIVERSITY", name: "内蒙古工业大学", where: "6.5 案例19" },
  { kind: "UNIVERSITY", name: "清华大学", where: "7.7.2" },
  { kind: "UNIVERSITY", name: "西班牙马德里何塞大学", where: "5.2" },

  { kind: "GOVERNMENT", name: "内蒙古自治区教育厅", where: "前言、2.2、6.2、7.7.1" },
  { kind: "GOVERNMENT", name: "赛罕区人力资源和社会保障局", district: "SAIHAN", where: "6.5 案例18、19" },
  { kind: "GOVERNMENT", name: "金山高新技术开发区", district: "TUMED_LEFT", where: "6.5 案例18" },
  { kind: "GOVERNMENT", name: "航天开发区", where: "6.5 案例18" },
  { kind: "GOVERNMENT", name: "呼和浩特市人力资源和社会保障局", where: "3.1" },
  { kind: "GOVERNMENT", name: "呼和浩特市农业技术推广中心", where: "3.3" },
  { kind: "GOVERNMENT", name: "呼和浩特市妇联", where: "3.2 案例12" },
  { kind: "GOVERNMENT", name: "内蒙古自治区第一女子监狱", where: "3.5" },
  { kind: "GOVERNMENT", name: "呼和浩特市人民政府外事办公室", where: "5.1.2、5.2 案例17" },
  { kind: "GOVERNMENT", name: "呼和浩特市教育教学研究中心", where: "2.1.1 案例1、2.5 案例6" },
  { kind: "GOVERNMENT", name: "呼和浩特市教育事业发展中心", where: "2.4.2 案例5" },
  // A memorial museum (事业单位); GOVERNMENT is the nearest kind the schema has.
  { kind: "GOVERNMENT", name: "乌兰夫纪念馆", where: "3.1、3.5" },

  { kind: "MEDIA", name: "人民网内蒙古频道", where: "6.5 案例19" },
  { kind: "MEDIA", name: "人民网教育频道", where: "7.8.1 案例26" },
];

// ---------------------------------------------------------------- cooperation

export const REPORT_YEAR_START = "2023-01-01"; // the report dates no agreement; the year it reports on stands in

export type AgreementFact = {
  school: string;
  enterprise: string;
  kind: AgreementKind;
  title: string;
  where: string;
  /** seats and members: 6.3 "累计培育西贝现代学徒 100 人以上" over the two 喜悦班 (55 + 55); the others are the seed's. */
  orderClass?: { kind: OrderClassKind; name: string; program: string; cohortYear: number; seats: number; members: number };
};

// 3.1 also names 文化艺术 × 乌兰夫纪念馆 (德育育人合作协议) and 食品与医药卫生 × 内蒙古烹饪餐饮饭店行业协会:
// PartnershipAgreement needs an enterprise, so those two are not written (the report is their record).
// Order-class programs are not in the report: 中餐烹饪 at 商贸旅游 (表4) and 中西面点 at 食品与医药卫生
// (its 食品专业 teaches baking; 西贝 is a 面食 chain) are the fitting ones.
export const AGREEMENTS: readonly AgreementFact[] = [
  { school: "呼和浩特市食品与医药卫生学校", enterprise: "西贝餐饮集团", kind: "COOPERATION", title: "校企合作协议", where: "3.1" },
  { school: "呼和浩特市食品与医药卫生学校", enterprise: "喜来登呼和浩特酒店", kind: "COOPERATION", title: "校企合作协议", where: "3.1" },
  { school: "呼和浩特市食品与医药卫生学校", enterprise: "香格里拉大酒店（呼和浩特）有限公司", kind: "COOPERATION", title: "校企合作协议", where: "3.1" },
  { school: "呼和浩特市食品与医药卫生学校", enterprise: "香格里拉（包头）有限公司", kind: "COOPERATION", title: "校企合作协议", where: "3.1" },
  {
    school: "呼和浩特市食品与医药卫生学校", enterprise: "西贝餐饮集团", kind: "ORDER_CLASS", title: "“西贝工匠班”订单班协议", where: "3.1",
    orderClass: { kind: "ORDER_CLASS", name: "西贝工匠班", program: "中西面点", cohortYear: 2023, seats: 40, members: 30 },
  },
  {
    school: "呼和浩特市商贸旅游职业学校", enterprise: "西贝餐饮集团", kind: "APPRENTICESHIP", title: "“西贝喜悦班”现代学徒制协议", where: "6.3",
    orderClass: { kind: "MODERN_APPRENTICESHIP", name: "西贝喜悦班", program: "中餐烹饪", cohortYear: 2022, seats: 60, members: 55 },
  },
  {
    school: "呼和浩特市食品与医药卫生学校", enterprise: "西贝餐饮集团", kind: "APPRENTICESHIP", title: "“西贝喜悦班”现代学徒制协议", where: "6.3",
    orderClass: { kind: "MODERN_APPRENTICESHIP", name: "西贝喜悦班", program: "中西面点", cohortYear: 2022, seats: 60, members: 55 },
  },
  // 6.3 names these agreements, not their classes: the names and 工程测量 (the school's surveying program) are the seed's.
  {
    school: "呼和浩特市现代信息技术学校", enterprise: "中国第二十二冶金集团公司一公司", kind: "APPRENTICESHIP", title: "学徒培养协议", where: "6.3",
    orderClass: { kind: "MODERN_APPRENTICESHIP", name: "二十二冶一公司学徒班", program: "工程测量", cohortYear: 2022, seats: 20, members: 16 },
  },
  {
    school: "呼和浩特市现代信息技术学校", enterprise: "内蒙古地质测绘院", kind: "APPRENTICESHIP", title: "学徒培养协议", where: "6.3",
    orderClass: { kind: "MODERN_APPRENTICESHIP", name: "地质测绘院学徒班", program: "工程测量", cohortYear: 2022, seats: 20, members: 16 },
  },
];

/**
 * 7.7.3: "与…4家企业共建“双师型”教师培养培训基地4个" lists five names ("…托克托电有限公司喜来登呼和浩特酒店"
 * runs two together without a 、). Each named enterprise gets a base: five, not four.
 */
export const TRAINING_BASE_ENTERPRISES = [
  "香格里拉大酒店（呼和浩特）有限公司",
  "北京内蒙古大厦有限责任公司",
  "呼和浩特巨华国际大酒店",
  "内蒙古大唐国际托克托发电有限公司",
  "喜来登呼和浩特酒店",
] as const;

/**
 * 6.5 cases 18–19. Case 19 counts 36 government units, 7 universities, 7 higher vocational colleges,
 * 10 中职, 63 enterprises and 15 media but names one or two of each; only named ones are members here.
 * Taken as members too: the participants of the 11-10 座谈会 on the same project (case 18), 呼和浩特职业学院
 * (the launch was held there), and the 10 public schools for "10所中职学校" (the ten the bureau and
 * counties run; the report lists only 商贸旅游).
 */
export const CONSORTIUM = {
  name: "五万产业工人留呼工程政校企媒产教融合共同体",
  foundedOn: "2023-11-30",
  description:
    "2023年11月30日在呼和浩特职业学院启动，实施3年“五万产业工人留呼”工程；达成合作意向的有政府单位36家、本科高校7家、高职院校7家、中职学校10家、企业63家、媒体15家（年报6.5 案例19）。",
  members: [
    BUREAU_NAME,
    "赛罕区人力资源和社会保障局",
    "金山高新技术开发区",
    "航天开发区",
    "内蒙古大学",
    "内蒙古工业大学",
    "内蒙古电子信息职业技术学院",
    "呼和浩特职业学院",
    "阿特斯阳光电力集团",
    "呼和浩特阿特斯电子材料科技有限公司",
    "人民网内蒙古频道",
  ],
  allPublicSchools: true,
} as const;
