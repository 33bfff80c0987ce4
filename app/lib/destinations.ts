import type { DestinationKind, EnterpriseSize, IndustrySector } from "~/generated/prisma/enums";
import { DISTRICT_LABEL } from "./labels";
import { isHohhotName, isHohhotWithMore } from "./work-city";

// The graduate-destination vocabulary (毕业去向, issue 14): the 13 values of the import template, the
// employer's place as 单位所在省/市, size and industry. One list for the import's drop-downs and checks, the
// school's form, the student's page and the report's definitions (docs/metrics.md).

export type DestinationGroup = "STUDY" | "EMPLOYED" | "UNPLACED";

/** The template's 去向 values in its order: label, group, and whether the 升学 is to a 本科 (附表1 row 4). */
export const DESTINATION_KINDS: readonly { kind: DestinationKind; label: string; group: DestinationGroup; bachelor?: true }[] = [
  { kind: "STUDY_SINGLE_ENROLMENT", label: "高职单招", group: "STUDY" },
  { kind: "STUDY_VOCATIONAL_COLLEGE", label: "对口升学高职", group: "STUDY" },
  { kind: "STUDY_VOCATIONAL_BACHELOR", label: "对口升学本科", group: "STUDY", bachelor: true },
  { kind: "STUDY_GAOKAO_BACHELOR", label: "普通高考本科", group: "STUDY", bachelor: true },
  { kind: "STUDY_GAOKAO_COLLEGE", label: "普通高考专科", group: "STUDY" },
  { kind: "STUDY_ABROAD", label: "出国出境", group: "STUDY" },
  { kind: "STUDY_THROUGH_TRAINING", label: "贯通培养", group: "STUDY" },
  { kind: "STUDY_FIVE_YEAR", label: "五年一贯制", group: "STUDY" },
  { kind: "EMPLOYED_CONTRACT", label: "合同就业", group: "EMPLOYED" },
  { kind: "EMPLOYED_MILITARY", label: "应征义务兵", group: "EMPLOYED" },
  { kind: "EMPLOYED_SELF", label: "自主创业", group: "EMPLOYED" },
  { kind: "EMPLOYED_FLEXIBLE", label: "灵活就业", group: "EMPLOYED" },
  { kind: "UNPLACED", label: "待就业", group: "UNPLACED" },
];

const BY_KIND = new Map(DESTINATION_KINDS.map((d) => [d.kind, d]));
const BY_LABEL = new Map(DESTINATION_KINDS.map((d) => [d.label, d.kind]));

export const DESTINATION_LABEL = Object.fromEntries(DESTINATION_KINDS.map((d) => [d.kind, d.label])) as Record<DestinationKind, string>;
export const GROUP_LABEL: Record<DestinationGroup, string> = { STUDY: "升学", EMPLOYED: "就业", UNPLACED: "待就业" };

export const destinationGroup = (kind: DestinationKind): DestinationGroup => BY_KIND.get(kind)!.group;
export const isStudy = (kind: DestinationKind) => destinationGroup(kind) === "STUDY";
export const isEmployment = (kind: DestinationKind) => destinationGroup(kind) === "EMPLOYED";
export const isBachelorStudy = (kind: DestinationKind) => BY_KIND.get(kind)!.bachelor === true;
export const STUDY_KINDS = DESTINATION_KINDS.filter((d) => d.group === "STUDY").map((d) => d.kind);
export const EMPLOYMENT_KINDS = DESTINATION_KINDS.filter((d) => d.group === "EMPLOYED").map((d) => d.kind);
export const BACHELOR_KINDS = DESTINATION_KINDS.filter((d) => d.bachelor).map((d) => d.kind);

/** Spaces (also U+3000) and zero-width characters out, as a cell typed or pasted in Excel may carry them. */
const compact = (text: string) => text.normalize("NFKC").replace(/[\s\u200b-\u200d\ufeff]+/g, "");

/** A 去向 cell → its kind, or null when it is none of the 13 values. */
export const destinationKindOf = (label: string): DestinationKind | null => BY_LABEL.get(compact(label)) ?? null;

// ---------------------------------------------------------------- where the employer is

/** The 34 province-level divisions, full official name first, then the short forms people write. */
const PROVINCES: readonly (readonly string[])[] = [
  ["北京市", "北京"], ["天津市", "天津"], ["上海市", "上海"], ["重庆市", "重庆"],
  ["河北省", "河北"], ["山西省", "山西"], ["辽宁省", "辽宁"], ["吉林省", "吉林"], ["黑龙江省", "黑龙江"],
  ["江苏省", "江苏"], ["浙江省", "浙江"], ["安徽省", "安徽"], ["福建省", "福建"], ["江西省", "江西"],
  ["山东省", "山东"], ["河南省", "河南"], ["湖北省", "湖北"], ["湖南省", "湖南"], ["广东省", "广东"],
  ["海南省", "海南"], ["四川省", "四川"], ["贵州省", "贵州"], ["云南省", "云南"], ["陕西省", "陕西"],
  ["甘肃省", "甘肃"], ["青海省", "青海"], ["台湾省", "台湾"],
  ["内蒙古自治区", "内蒙古"], ["广西壮族自治区", "广西", "广西自治区"], ["西藏自治区", "西藏"],
  ["宁夏回族自治区", "宁夏", "宁夏自治区"], ["新疆维吾尔自治区", "新疆", "新疆自治区"],
  ["香港特别行政区", "香港"], ["澳门特别行政区", "澳门"],
];
const PROVINCE_BY_NAME = new Map(PROVINCES.flatMap((names) => names.map((n) => [n, names[0]!] as const)));

export const INNER_MONGOLIA = "内蒙古自治区";
export const HOHHOT_CITY = "呼和浩特市";
/** Every province's full name, in the template's drop-down order. */
export const PROVINCE_NAMES: readonly string[] = PROVINCES.map((names) => names[0]!);

/** A 单位所在省 cell → the full official name (内蒙古 → 内蒙古自治区), or null when it names no province. */
export const provinceOf = (name: string): string | null => PROVINCE_BY_NAME.get(compact(name)) ?? null;

/**
 * Hohhot's districts and counties by name (新城区 … 清水河县, and the short 土左旗 / 托县 / 和林县 people write),
 * as a school types one alone in 单位所在市. Within 内蒙古自治区 none of them names another place; elsewhere
 * some do (西安 has a 新城区), so they count as Hohhot only under that province. 经济技术开发区 is left out:
 * every city has one.
 */
const HOHHOT_COUNTIES: ReadonlySet<string> = new Set([
  ...Object.entries(DISTRICT_LABEL).filter(([key]) => key !== "ECONOMIC_ZONE").map(([, label]) => label),
  "土左旗", "托县", "和林县",
]);

/**
 * A 单位所在市 cell as stored: Hohhot in any of its written forms (呼和浩特, 呼市, 内蒙古呼和浩特市 …) is
 * 呼和浩特市, and so is Hohhot with a district after it (呼和浩特市赛罕区: the column is the city, and 附表3
 * A counts Hohhot, which a district's name would hide), and, when `province` (full name, as provinceOf
 * gives it) is 内蒙古自治区, one of Hohhot's districts or counties alone (赛罕区). Another name keeps its own
 * ending (…盟, …州, …地区) or gets 市 (包头 → 包头市). Empty → null.
 */
export function cityOf(name: string, province: string | null = null): string | null {
  const city = compact(name);
  if (city === "") return null;
  if (isHohhotName(city) || isHohhotWithMore(city)) return HOHHOT_CITY;
  if (province === INNER_MONGOLIA && HOHHOT_COUNTIES.has(city)) return HOHHOT_CITY;
  // The province typed again in front (内蒙古包头市 under 内蒙古): the column is the city. Another province in
  // front is kept, for destinationProblems to refuse (陕西省西安市 under 内蒙古).
  const named = provinceInFront(city);
  if (named !== null && named.province === province && !MUNICIPALITIES.has(province)) return cityOf(named.rest, province);
  const league = LEAGUES.get(city);
  if (league !== undefined && (league !== "兴安盟" || province === INNER_MONGOLIA)) return league;
  return /(市|盟|州|地区|县|区|旗)$/.test(city) ? city : `${city}市`;
}

/**
 * Inner Mongolia's three leagues (盟) as people write them without the ending (锡林郭勒) or by the everyday
 * 锡盟 / 阿盟: they are not cities, and 锡林郭勒市 names nothing. 兴安 alone is also 广西's 兴安县, so it is
 * 兴安盟 only under 内蒙古.
 */
const LEAGUES: ReadonlyMap<string, string> = new Map([
  ["锡林郭勒", "锡林郭勒盟"], ["锡盟", "锡林郭勒盟"], ["阿拉善", "阿拉善盟"], ["阿盟", "阿拉善盟"], ["兴安", "兴安盟"],
]);

/**
 * A province-level name at the start of a 单位所在市 cell with a place after it (陕西省西安市, 内蒙古包头, 北京朝阳区):
 * the province, full name, and the rest. The longest name that fits is taken (广西自治区南宁市, not 广西 +
 * 自治区南宁市); a name followed by 市 / 省 / 自治区 is not one in front (吉林市昌邑区 is 吉林市's district, not
 * 吉林 + 市昌邑区). Short names that begin a city's or district's own name are left out (海南区 is Wuhai's,
 * 河北区 Tianjin's, 河南县 Qinghai's); their full names (海南省 …) count.
 */
function provinceInFront(city: string): { province: string; rest: string } | null {
  for (const names of PROVINCES)
    for (const name of [...names].sort((a, b) => b.length - a.length)) {
      if (name === "海南" || name === "河北" || name === "河南" || !city.startsWith(name)) continue;
      const rest = city.slice(name.length);
      if (rest !== "" && !/^(市|省|自治区)/.test(rest)) return { province: names[0]!, rest };
    }
  return null;
}

/** The four municipalities: the province's name is the city's, so 北京市朝阳区 keeps its 北京市. */
const MUNICIPALITIES: ReadonlySet<string | null> = new Set(["北京市", "天津市", "上海市", "重庆市"]);

/**
 * Cities whose province is beyond doubt, by the name 单位所在市 is stored under: Inner Mongolia's 12 cities and
 * leagues (盟) and its county-level cities, the four municipalities, every provincial capital, and a few
 * large cities graduates go to. A city named here under another province is a typing slip (附表1 row 5 and
 * 附表3 B read the province). A city not named here is not judged.
 */
const PROVINCE_OF_CITY: ReadonlyMap<string, string> = new Map([
  ...["呼和浩特市", "包头市", "乌海市", "赤峰市", "通辽市", "鄂尔多斯市", "呼伦贝尔市", "巴彦淖尔市", "乌兰察布市", "兴安盟", "锡林郭勒盟", "阿拉善盟",
    "满洲里市", "二连浩特市", "霍林郭勒市", "扎兰屯市", "牙克石市", "根河市", "额尔古纳市", "阿尔山市", "乌兰浩特市", "锡林浩特市", "丰镇市"]
    .map((city) => [city, INNER_MONGOLIA] as const),
  ...[["北京市", "北京市"], ["天津市", "天津市"], ["上海市", "上海市"], ["重庆市", "重庆市"],
    ["石家庄市", "河北省"], ["太原市", "山西省"], ["沈阳市", "辽宁省"], ["长春市", "吉林省"], ["哈尔滨市", "黑龙江省"],
    ["南京市", "江苏省"], ["杭州市", "浙江省"], ["合肥市", "安徽省"], ["福州市", "福建省"], ["南昌市", "江西省"],
    ["济南市", "山东省"], ["郑州市", "河南省"], ["武汉市", "湖北省"], ["长沙市", "湖南省"], ["广州市", "广东省"],
    ["海口市", "海南省"], ["成都市", "四川省"], ["贵阳市", "贵州省"], ["昆明市", "云南省"], ["西安市", "陕西省"],
    ["兰州市", "甘肃省"], ["西宁市", "青海省"], ["南宁市", "广西壮族自治区"], ["拉萨市", "西藏自治区"],
    ["银川市", "宁夏回族自治区"], ["乌鲁木齐市", "新疆维吾尔自治区"],
    ["大同市", "山西省"], ["张家口市", "河北省"], ["榆林市", "陕西省"], ["大连市", "辽宁省"], ["青岛市", "山东省"],
    ["深圳市", "广东省"], ["苏州市", "江苏省"], ["宁波市", "浙江省"], ["厦门市", "福建省"], ["吉林市", "吉林省"]] as const,
]);

/**
 * The province a stored 单位所在市 lies in, when it says: a city PROVINCE_OF_CITY knows, alone or with a
 * district after it (包头市昆都仑区 → 包头市, 内蒙古自治区), else a province named in front of it (陕西省西安市
 * → 陕西省, the whole cell as `city`).
 */
export function provinceOfCity(city: string): { city: string; province: string } | null {
  for (const [name, province] of PROVINCE_OF_CITY) if (city.startsWith(name)) return { city: name, province };
  const named = provinceInFront(city);
  if (named !== null) return { city, province: named.province };
  return null;
}

/** 附表3 B类: the western provinces (西部大开发's 12) and the northeast's three, by full name. */
export const WEST_AND_NORTHEAST: ReadonlySet<string> = new Set([
  "内蒙古自治区", "广西壮族自治区", "重庆市", "四川省", "贵州省", "云南省", "西藏自治区", "陕西省", "甘肃省", "青海省",
  "宁夏回族自治区", "新疆维吾尔自治区",
  "辽宁省", "吉林省", "黑龙江省",
]);

/** Where an employer is, for 附表3: Hohhot (A类), elsewhere in the west or northeast (B类), elsewhere, or unknown. */
export type EmployerRegion = "HOHHOT" | "WEST_NORTHEAST" | "ELSEWHERE" | null;
export function employerRegionOf(province: string | null, city: string | null): EmployerRegion {
  if (city === HOHHOT_CITY) return "HOHHOT";
  if (province === null) return null;
  return WEST_AND_NORTHEAST.has(province) ? "WEST_NORTHEAST" : "ELSEWHERE";
}

// ---------------------------------------------------------------- size and industry

export const SIZE_LABEL: Record<EnterpriseSize, string> = { LARGE: "大型", MEDIUM: "中型", SMALL: "小型", MICRO: "微型" };
const SIZE_BY_LABEL = new Map(Object.entries(SIZE_LABEL).map(([k, v]) => [v, k as EnterpriseSize]));
/** A 单位规模 cell → its size (大型 / 大型企业 …), or null. */
export const sizeOf = (label: string): EnterpriseSize | null => SIZE_BY_LABEL.get(compact(label).replace(/企业$/, "")) ?? null;

export const SECTOR_LABEL: Record<IndustrySector, string> = { PRIMARY: "第一产业", SECONDARY: "第二产业", TERTIARY: "第三产业" };
const SECTOR_BY_LABEL = new Map<string, IndustrySector>([
  ...Object.entries(SECTOR_LABEL).map(([k, v]) => [v, k as IndustrySector] as const),
  ["一产", "PRIMARY"], ["二产", "SECONDARY"], ["三产", "TERTIARY"],
  ["第一", "PRIMARY"], ["第二", "SECONDARY"], ["第三", "TERTIARY"],
]);
/** A 所属产业 cell → its sector (第一产业 / 一产 …), or null. */
export const sectorOf = (label: string): IndustrySector | null => SECTOR_BY_LABEL.get(compact(label)) ?? null;

// ---------------------------------------------------------------- the audited row

/** What DestinationChange keeps before and after a change: the destination's own fields, dates as ISO days. */
export type DestinationSnapshot = {
  kind: DestinationKind;
  graduationYear: number;
  employerName: string | null;
  employerOrganisationId: number | null;
  employerProvince: string | null;
  employerCity: string | null;
  employerSize: EnterpriseSize | null;
  sector: IndustrySector | null;
  monthlyIncome: number | null;
  promoted: boolean | null;
  employedOn: string | null; // YYYY-MM-DD
};

export const SNAPSHOT_FIELDS = [
  "kind",
  "graduationYear",
  "employerName",
  "employerOrganisationId",
  "employerProvince",
  "employerCity",
  "employerSize",
  "sector",
  "monthlyIncome",
  "promoted",
  "employedOn",
] as const satisfies readonly (keyof DestinationSnapshot)[];

/** Each field's name in words, as the pages, the audit lines and the import template's headers say it. */
export const SNAPSHOT_FIELD_LABEL: Record<keyof DestinationSnapshot, string> = {
  kind: "去向",
  graduationYear: "毕业年份",
  employerName: "单位名称",
  employerOrganisationId: "平台单位",
  employerProvince: "单位所在省",
  employerCity: "单位所在市",
  employerSize: "单位规模",
  sector: "所属产业",
  monthlyIncome: "月收入",
  promoted: "三年内晋升",
  employedOn: "入职日期",
};

/** Whether two snapshots say the same thing (an import of the same file changes nothing). */
export const sameDestination = (a: DestinationSnapshot, b: DestinationSnapshot) => SNAPSHOT_FIELDS.every((f) => a[f] === b[f]);

// ---------------------------------------------------------------- what a destination must say

/** 月收入 in yuan a month, a whole number: under 500 or over 100,000 is a typing slip (the form and the import check the same range). */
export const MONTHLY_INCOME_RANGE = { min: 500, max: 100_000 } as const;

export type DestinationProblem = { field: keyof DestinationSnapshot; message: string };

/**
 * Whether a destination says what its kind needs (issue 14 item 1, the import's rules, also the school's
 * form): 就业 needs 单位名称 and 单位所在省; 升学 needs 单位名称 (the school admitted to); 待就业 names no
 * employer at all. 单位规模, 所属产业, 月收入, 三年内晋升 and 入职日期 belong to employment only. A city needs
 * its province, and 呼和浩特市 is in 内蒙古自治区. Returns every problem, in field order; [] when it holds.
 */
export function destinationProblems(d: DestinationSnapshot): DestinationProblem[] {
  const problems: DestinationProblem[] = [];
  const add = (field: keyof DestinationSnapshot, message: string) => problems.push({ field, message });
  const group = destinationGroup(d.kind);
  if (group === "UNPLACED") {
    const named = d.employerName !== null || d.employerProvince !== null || d.employerCity !== null || d.employerOrganisationId !== null;
    if (named) add("employerName", "待就业不填写单位名称和所在地");
  } else {
    if (d.employerName === null) add("employerName", group === "STUDY" ? "升学须填写单位名称（录取学校）" : "就业须填写单位名称");
    if (d.employerProvince === null && group === "EMPLOYED") add("employerProvince", "就业须填写单位所在省");
  }
  if (d.employerCity !== null && d.employerProvince === null && group !== "UNPLACED" && !problems.some((p) => p.field === "employerProvince"))
    add("employerProvince", "填写单位所在市时须填写单位所在省");
  const known = d.employerCity === null ? null : provinceOfCity(d.employerCity);
  if (known !== null && d.employerProvince !== null && d.employerProvince !== known.province)
    add("employerCity", `${known.city}位于${known.province}，请核对单位所在省`);
  if (group !== "EMPLOYED") {
    const onlyEmployment: Array<[keyof DestinationSnapshot, string]> = [
      ["employerSize", "单位规模"],
      ["sector", "所属产业"],
      ["monthlyIncome", "月收入"],
      ["promoted", "三年内晋升"],
      ["employedOn", "入职日期"],
    ];
    for (const [field, label] of onlyEmployment) if (d[field] !== null) add(field, `${label}只适用于就业去向`);
  }
  if (
    d.monthlyIncome !== null &&
    (!Number.isInteger(d.monthlyIncome) || d.monthlyIncome < MONTHLY_INCOME_RANGE.min || d.monthlyIncome > MONTHLY_INCOME_RANGE.max)
  )
    add("monthlyIncome", `月收入须为 ${MONTHLY_INCOME_RANGE.min}–${MONTHLY_INCOME_RANGE.max} 之间的整数（元/月）`);
  return problems;
}

export const CONFIRMATION_LABEL: Record<"UNCONFIRMED" | "CONFIRMED" | "DISPUTED", string> = {
  UNCONFIRMED: "待本人确认",
  CONFIRMED: "本人已确认",
  DISPUTED: "本人有异议",
};
