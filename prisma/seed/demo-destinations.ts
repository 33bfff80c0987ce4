import type { DestinationKind, EnterpriseSize, IndustrySector, Prisma, PrismaClient } from "~/generated/prisma/client";
import { apportion, prng, type Random } from "../../shared/prng";
import { retentionCohorts } from "./demo-retention";
import { yearsSinceReport } from "./generate";
import { GRADUATION_YEAR } from "./report-2023";

// 毕业去向 of the report's 2023届 (issue 14 item 5): one GraduateDestination per graduate, each with a
// DestinationChange via SEED, so 附表1, 附表3 and the knowledge rate are counted from individual records.
// prisma/seed does not import app/, so the rows are written here in bulk (the app's one writer,
// recordDestinations, would do the same: a row and its audit).
//
// What the rows reproduce (the report's 附表1 and 附表3, its figures at the end of the text):
//   附表1 1  7146 graduates (the Student rows, seed.ts)      2  7093 with a destination other than 待就业 (53 待就业)
//         3  6218 升学, of which 4  105 本科 (对口升学本科 + 普通高考本科)
//         7  536 employed with a 所属产业 (8  38 第一产业, 9  53 第二产业, 10  445 第三产业); the other 339 employed
//            (7093 − 6218 = 875) have none: 100 应征义务兵 and 239 灵活就业 with no industry recorded
//         6  the mean 月收入 of the 510 of the 536 who gave one is 2068 yuan exactly
//         11 9 自主创业 among the 536 (9 ÷ 536 = 1.68 %)
//         5  6365 of the 7093 go to an employer or school in 内蒙古自治区 (89.74 %)
//   附表3 A  431 employed in 呼和浩特市; B  306 outside Hohhot in a western or northeastern province (250 of
//            them elsewhere in 内蒙古自治区); 38 elsewhere; the 100 soldiers record no place
//         C  223 at 中型/小型/微型 employers; D  67 at 大型 (1173 in row 1 cannot hold beside 附表1: 875)
// Spread: by offering in proportion to its graduates; 所属产业 follows the program's 专业大类 (农林牧渔 → 一产;
// 能源、土木、装备、化工、轻纺、食品药品 → 二产; the rest → 三产), so 护理 graduates go to hospitals (三产).
// Employers: the demo's enterprises where one fits the program and is in Hohhot (employerOrganisationId set,
// size the enterprise's), else made-up 示例· names; 升学 to the region's colleges (the report's own where it
// names them). employedOn in July–September of the graduation year. Confirmation: about 60 % CONFIRMED by the
// student (a second change via STUDENT), DISPUTED_COUNT disputed with a note, the rest UNCONFIRMED.
// Also 三年内晋升 on the employed graduates of the two cohorts before (demo-retention.ts): PROMOTED of them
// promoted, PROMOTION_UNKNOWN with it unrecorded, the rest not.
// Deterministic (seeded random) and idempotent (nothing is written once the year's seed changes exist).

export const DESTINATION_PLAN = {
  graduates: 7146,
  unplaced: 53,
  study: 6218,
  bachelor: { STUDY_VOCATIONAL_BACHELOR: 78, STUDY_GAOKAO_BACHELOR: 27 },
  otherStudy: { STUDY_SINGLE_ENROLMENT: 3600, STUDY_VOCATIONAL_COLLEGE: 1850, STUDY_GAOKAO_COLLEGE: 500, STUDY_THROUGH_TRAINING: 150, STUDY_ABROAD: 13 },
  sectors: { PRIMARY: 38, SECONDARY: 53, TERTIARY: 445 },
  selfEmployed: 9,
  flexibleWithSector: 27,
  military: 100,
  flexibleWithoutSector: 239,
  incomeGiven: 510,
  meanIncome: 2068,
  region: { HOHHOT: 431, INNER_MONGOLIA_ELSEWHERE: 250, WEST_NORTHEAST_ELSEWHERE: 56, ELSEWHERE: 38 },
  size: { LARGE: 67, SMALLER: 223 },
  /** 升学 outside 内蒙古自治区 (出国出境 aside, which records no province): 6218 − 13 − 521 = 5684 in 内蒙古. */
  studyOutside: 521,
} as const;
export const CONFIRMED_SHARE = 0.6;
export const DISPUTED_COUNT = 12;
export const PROMOTED = 14;
export const PROMOTION_UNKNOWN = 1;
const SEED_NOTE = "演示数据：按2023年质量年报生成";

const INNER_MONGOLIA = "内蒙古自治区";
const HOHHOT = "呼和浩特市";

type Sector = IndustrySector;
type Region = keyof typeof DESTINATION_PLAN.region;
type Snapshot = {
  kind: DestinationKind;
  graduationYear: number;
  employerName: string | null;
  employerOrganisationId: number | null;
  employerProvince: string | null;
  employerCity: string | null;
  employerSize: EnterpriseSize | null;
  sector: Sector | null;
  monthlyIncome: number | null;
  promoted: boolean | null;
  employedOn: string | null;
};

/** 所属产业 of a graduate's work by the program's 专业大类 (2021 中职 catalogue codes). */
export function sectorOfCategory(code: string): Sector {
  if (code === "61") return "PRIMARY";
  if (["63", "64", "66", "67", "68", "69"].includes(code)) return "SECONDARY";
  return "TERTIARY";
}

/** The demo's enterprises a graduate of a 专业大类 may work for (named in report-2023.ts), all in Hohhot. */
const EMPLOYERS_BY_CATEGORY: Record<string, string[]> = {
  "62": ["内蒙古地质测绘院", "呼和浩特市公路勘察设计院有限责任公司"],
  "63": ["内蒙古大唐国际托克托发电有限公司", "阿特斯阳光电力集团", "呼和浩特阿特斯电子材料科技有限公司"],
  "64": ["呼和浩特市城市人家华杰美居装饰设计工程有限公司"],
  "66": ["中国第二十二冶金集团公司一公司", "内蒙古创维智能科技有限公司"],
  "67": ["内蒙古君正能源化工集团股份有限公司"],
  "69": ["内蒙古阜生生物科技有限公司"],
  "71": ["北京汉王影研科技有限公司"],
  "72": ["呼和浩特市第一人民医院", "呼和浩特市第二医院"],
  "74": ["内蒙古饭店", "希尔顿欢朋酒店", "香格里拉大酒店（呼和浩特）有限公司", "西贝餐饮集团", "喜来登呼和浩特酒店", "呼和浩特巨华国际大酒店", "内蒙古恒宾国际旅行社"],
};

/** Made-up employers by 专业大类: what such a graduate's employer is called (示例·<place><word><suffix>). */
const EMPLOYER_SUFFIX: Record<string, string[]> = {
  "61": ["农牧业专业合作社", "现代农业科技有限公司", "牧业有限公司"],
  "62": ["测绘服务有限公司", "环境科技有限公司"],
  "63": ["电力工程有限公司", "新能源有限公司"],
  "64": ["建筑工程有限公司", "装饰工程有限公司"],
  "66": ["机械制造有限公司", "装备科技有限公司"],
  "67": ["化工有限公司"],
  "68": ["服饰有限公司", "皮革制品有限公司"],
  "69": ["食品有限公司", "药业有限公司"],
  "70": ["汽车服务有限公司", "汽车销售服务有限公司", "物流运输有限公司"],
  "71": ["信息技术有限公司", "网络科技有限公司"],
  "72": ["医院", "社区卫生服务中心", "大药房连锁有限公司"],
  "73": ["商贸有限公司", "电子商务有限公司", "财务咨询有限公司"],
  "74": ["餐饮管理有限公司", "大酒店", "旅行社有限公司"],
  "75": ["文化传媒有限公司", "艺术培训中心"],
  "77": ["幼儿园", "体育文化有限公司"],
  "79": ["养老服务中心", "家政服务有限公司"],
};
const FIRM_WORDS = ["恒信", "广源", "博远", "金桥", "瑞丰", "安泰", "鑫达", "华盛", "青城", "北辰", "敕勒川", "大青山", "昭君", "万通", "宏达", "德润"];

/** Places of work outside Hohhot: [province, city]. */
const INNER_MONGOLIA_CITIES = ["包头市", "鄂尔多斯市", "乌兰察布市", "赤峰市", "巴彦淖尔市", "通辽市", "锡林郭勒盟", "呼伦贝尔市"];
const WEST_NORTHEAST: [string, string][] = [
  ["陕西省", "西安市"], ["宁夏回族自治区", "银川市"], ["甘肃省", "兰州市"], ["四川省", "成都市"], ["重庆市", "重庆市"],
  ["辽宁省", "沈阳市"], ["辽宁省", "大连市"], ["吉林省", "长春市"], ["黑龙江省", "哈尔滨市"], ["新疆维吾尔自治区", "乌鲁木齐市"],
];
const ELSEWHERE: [string, string][] = [
  ["北京市", "北京市"], ["天津市", "天津市"], ["河北省", "石家庄市"], ["山西省", "太原市"], ["山西省", "大同市"], ["山东省", "青岛市"],
  ["江苏省", "苏州市"], ["广东省", "深圳市"],
];

/** Colleges 升学 graduates go to: name, province, city; `named` when the report names it (an Organisation of the demo). */
type College = { name: string; province: string; city: string; named?: true };
const im = (name: string, city: string, named?: true): College => ({ name, province: INNER_MONGOLIA, city, ...(named ? { named } : {}) });
const COLLEGES_IN = [
  im("呼和浩特职业学院", HOHHOT, true), im("呼和浩特职业学院", HOHHOT, true), im("内蒙古商贸职业学院", HOHHOT, true),
  im("内蒙古电子信息职业技术学院", HOHHOT, true), im("包头轻工职业技术学院", "包头市", true), im("内蒙古交通职业技术学院", "赤峰市", true),
  im("内蒙古农业大学职业技术学院", "包头市", true), im("满洲里俄语职业学院", "呼伦贝尔市", true), im("内蒙古建筑职业技术学院", HOHHOT),
  im("内蒙古机电职业技术学院", HOHHOT), im("内蒙古化工职业学院", HOHHOT), im("内蒙古体育职业学院", HOHHOT), im("包头职业技术学院", "包头市"),
  im("鄂尔多斯职业学院", "鄂尔多斯市"), im("乌兰察布职业学院", "乌兰察布市"),
];
const BACHELOR_IN = [
  im("内蒙古工业大学", HOHHOT, true), im("内蒙古大学", HOHHOT, true), im("内蒙古农业大学", HOHHOT), im("内蒙古师范大学", HOHHOT),
  im("内蒙古科技大学", "包头市"), im("内蒙古医科大学", HOHHOT), im("呼和浩特民族学院", HOHHOT),
];
const COLLEGES_OUT: College[] = [
  { name: "北京电子科技职业学院", province: "北京市", city: "北京市" }, { name: "天津职业大学", province: "天津市", city: "天津市" },
  { name: "石家庄职业技术学院", province: "河北省", city: "石家庄市" }, { name: "山西职业技术学院", province: "山西省", city: "太原市" },
  { name: "陕西工业职业技术学院", province: "陕西省", city: "咸阳市" }, { name: "宁夏职业技术学院", province: "宁夏回族自治区", city: "银川市" },
  { name: "辽宁省交通高等专科学校", province: "辽宁省", city: "沈阳市" },
];
const BACHELOR_OUT: College[] = [
  { name: "天津职业技术师范大学", province: "天津市", city: "天津市" }, { name: "河北科技师范学院", province: "河北省", city: "秦皇岛市" },
];

const DISPUTE_NOTES: Record<"STUDY" | "EMPLOYED" | "UNPLACED", string[]> = {
  STUDY: ["录取院校记录有误，实际就读学校不同", "已放弃入学，目前在求职"],
  EMPLOYED: ["未签订劳动合同，只是试用", "单位名称记录有误", "已离职，目前待业", "月收入记录偏高"],
  UNPLACED: ["已被高职院校录取，不是待就业", "已在本地就业，请更新"],
};

type Graduate = { id: number; userId: number | null; category: string };
type Planned = { graduate: Graduate; snapshot: Snapshot; group: "STUDY" | "EMPLOYED" | "UNPLACED" };

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (isoDay: string, n: number) => iso(new Date(day(isoDay).getTime() + n * 86_400_000));
const daysBetween = (a: string, b: string) => Math.round((day(b).getTime() - day(a).getTime()) / 86_400_000);
const minDay = (a: string, b: string) => (a < b ? a : b);

/** Takes `counts` items of each key, in `order`, from a shuffled list of exactly that many keys. */
function dealt<K extends string>(counts: Record<K, number>, random: Random): K[] {
  return random.shuffle((Object.entries(counts) as [K, number][]).flatMap(([k, n]) => Array<K>(n).fill(k)));
}

export type DestinationSeedOutcome = { created: number; promotedMarked: number };

export async function seedDemoDestinations(prisma: PrismaClient, today: string): Promise<DestinationSeedOutcome> {
  const year = GRADUATION_YEAR + yearsSinceReport(today);
  const created = await seedYear(prisma, year, today);
  const promotedMarked = await markPromoted(prisma, today);
  return { created, promotedMarked };
}

async function seedYear(prisma: PrismaClient, year: number, today: string): Promise<number> {
  const done = await prisma.destinationChange.count({ where: { via: "SEED", note: SEED_NOTE, destination: { graduationYear: year } } });
  if (done > 0) return 0;
  const students = await prisma.student.findMany({
    where: { status: "GRADUATED", graduationYear: year, destination: null },
    orderBy: { id: "asc" },
    select: { id: true, userId: true, schoolProgramId: true, schoolProgram: { select: { program: { select: { category: { select: { code: true } } } } } } },
  });
  if (students.length !== DESTINATION_PLAN.graduates) {
    throw new Error(`演示毕业去向: ${year}届应有 ${DESTINATION_PLAN.graduates} 名毕业生，实有 ${students.length} 名（没有去向的）`);
  }
  const enterprises = await prisma.organisation.findMany({
    where: { OR: [{ enterprise: { isNot: null } }, { kind: { in: ["HIGHER_VOCATIONAL", "UNIVERSITY"] } }] },
    select: { id: true, name: true, enterprise: { select: { size: true } } },
  });
  const orgs = new Map(enterprises.map((o) => [o.name, { id: o.id, size: o.enterprise?.size ?? null }]));
  const planned = plan(
    students.map((s) => ({ id: s.id, userId: s.userId, offering: s.schoolProgramId, category: s.schoolProgram.program.category.code })),
    year,
    today,
    orgs,
  );
  await write(prisma, planned, year, today);
  return planned.length;
}

/** Every graduate's destination, in memory, the same every time. */
function plan(
  graduates: (Graduate & { offering: number })[],
  year: number,
  today: string,
  orgs: Map<string, { id: number; size: EnterpriseSize | null }>,
): Planned[] {
  const P = DESTINATION_PLAN;
  const random = prng(2068);
  // Graduates by offering, shuffled within each: who is who inside an offering is the dice's.
  const offerings = [...new Set(graduates.map((g) => g.offering))].sort((a, b) => a - b);
  const members = new Map(offerings.map((o) => [o, random.shuffle(graduates.filter((g) => g.offering === o))]));
  const taken = new Map(offerings.map((o) => [o, 0]));
  const take = (o: number, n: number) => {
    const from = taken.get(o)!;
    taken.set(o, from + n);
    return members.get(o)!.slice(from, from + n);
  };
  const left = (o: number) => members.get(o)!.length - taken.get(o)!;
  const categoryOf = (o: number) => members.get(o)![0]!.category;

  // 1. Employed with an industry: each sector's count shared by the offerings whose programs lead there.
  const sectored: { graduate: Graduate; sector: Sector }[] = [];
  for (const sector of ["PRIMARY", "SECONDARY", "TERTIARY"] as const) {
    const pool = offerings.filter((o) => sectorOfCategory(categoryOf(o)) === sector);
    const shares = apportion(P.sectors[sector], pool.map((o) => members.get(o)!.length));
    pool.forEach((o, i) => take(o, shares[i]!).forEach((graduate) => sectored.push({ graduate, sector })));
  }
  // 2. Employed without one, and 待就业: shared by every offering in proportion to who is left.
  const shareOut = (n: number) => {
    const shares = apportion(n, offerings.map(left));
    return offerings.flatMap((o, i) => take(o, shares[i]!));
  };
  const military = shareOut(P.military);
  const flexibleNoSector = shareOut(P.flexibleWithoutSector);
  const unplaced = shareOut(P.unplaced);
  // 3. Everyone left goes on to study.
  const studying = random.shuffle(offerings.flatMap((o) => take(o, left(o))));
  if (studying.length !== P.study) throw new Error(`升学人数 ${studying.length} ≠ ${P.study}`);

  const out: Planned[] = [];
  const blank = (kind: DestinationKind): Snapshot => ({
    kind, graduationYear: year, employerName: null, employerOrganisationId: null, employerProvince: null, employerCity: null,
    employerSize: null, sector: null, monthlyIncome: null, promoted: null, employedOn: null,
  });
  const employedOn = (from: string, to: string) => minDay(addDays(from, random.int(0, daysBetween(from, to))), today);

  // ---- employment
  // Kinds among the sectored: 自主创业 from the trades one starts alone, 灵活就业 from any, the rest 合同就业.
  const sectoredOrder = random.shuffle(sectored);
  const selfStarters = sectoredOrder.filter((s) => ["61", "70", "73", "74", "75"].includes(s.graduate.category)).slice(0, P.selfEmployed);
  const rest = sectoredOrder.filter((s) => !selfStarters.includes(s));
  const flexibleSectored = rest.slice(0, P.flexibleWithSector);
  const kindOf = new Map<number, DestinationKind>([
    ...selfStarters.map((s) => [s.graduate.id, "EMPLOYED_SELF"] as const),
    ...flexibleSectored.map((s) => [s.graduate.id, "EMPLOYED_FLEXIBLE"] as const),
  ]);
  const employed = [
    ...sectoredOrder.map((s) => ({ graduate: s.graduate, sector: s.sector as Sector | null, kind: kindOf.get(s.graduate.id) ?? ("EMPLOYED_CONTRACT" as DestinationKind) })),
    ...flexibleNoSector.map((graduate) => ({ graduate, sector: null, kind: "EMPLOYED_FLEXIBLE" as DestinationKind })),
  ];
  const regions = dealt<Region>({ ...P.region }, random);
  if (regions.length !== employed.length) throw new Error(`就业地区 ${regions.length} ≠ ${employed.length}`);
  let large = P.size.LARGE;
  let smaller = P.size.SMALLER - P.selfEmployed; // every 自主创业 is a 微型 business
  const madeUpContract: Snapshot[] = [];
  employed.forEach(({ graduate, sector, kind }, i) => {
    const region = regions[i]!;
    const s = blank(kind);
    s.sector = sector;
    s.employedOn = employedOn(`${year}-07-01`, `${year}-09-30`);
    const [province, city] =
      region === "HOHHOT" ? [INNER_MONGOLIA, HOHHOT]
      : region === "INNER_MONGOLIA_ELSEWHERE" ? [INNER_MONGOLIA, random.pick(INNER_MONGOLIA_CITIES)]
      : random.pick(region === "ELSEWHERE" ? ELSEWHERE : WEST_NORTHEAST);
    s.employerProvince = province;
    s.employerCity = city;
    const place = city.replace(/(市|盟)$/, "");
    const madeUp = () => `示例·${place}${random.pick(FIRM_WORDS)}${random.pick(EMPLOYER_SUFFIX[graduate.category] ?? ["服务有限公司"])}`;
    if (kind === "EMPLOYED_SELF") {
      s.employerName = `示例·${place}${random.pick(FIRM_WORDS)}${graduate.category === "61" ? "家庭农牧场" : "工作室"}`;
      s.employerSize = "MICRO";
    } else if (kind === "EMPLOYED_CONTRACT") {
      const named = region === "HOHHOT" && random.chance(0.4) ? EMPLOYERS_BY_CATEGORY[graduate.category] : undefined;
      const pickedName = named ? random.pick(named) : undefined;
      const org = pickedName ? orgs.get(pickedName) : undefined;
      const budget = org?.size === "LARGE" ? large : smaller;
      if (pickedName && org && org.size && budget > 0) {
        s.employerName = pickedName;
        s.employerOrganisationId = org.id;
        s.employerSize = org.size;
        if (org.size === "LARGE") large--;
        else smaller--;
      } else {
        s.employerName = madeUp();
        madeUpContract.push(s);
      }
    }
    // 灵活就业: no employer name; those without an industry recorded none of the rest either.
    out.push({ graduate, snapshot: s, group: "EMPLOYED" });
  });
  // Sizes of the made-up contract employers: exactly what 附表3 C and D still need, the rest unrecorded.
  const sizes = dealt({ LARGE: large, SMALLER: smaller, NONE: madeUpContract.length - large - smaller }, random);
  madeUpContract.forEach((s, i) => {
    const size = sizes[i]!;
    s.employerSize = size === "LARGE" ? "LARGE" : size === "SMALLER" ? random.pick(["MEDIUM", "SMALL", "SMALL", "MICRO"] as const) : null;
  });
  for (const graduate of military) {
    const s = blank("EMPLOYED_MILITARY"); // 应征义务兵: no employer, industry, income or place recorded
    s.employedOn = employedOn(`${year}-09-01`, `${year}-09-30`);
    out.push({ graduate, snapshot: s, group: "EMPLOYED" });
  }
  // 月收入: the sectored who gave one (P.incomeGiven of them), by sector and place, then evened out so the
  // mean is exactly P.meanIncome.
  const sectoredSnapshots = out.filter((p) => p.snapshot.sector !== null).map((p) => p.snapshot);
  const givers = random.shuffle(sectoredSnapshots).slice(0, P.incomeGiven);
  for (const s of givers) {
    const base = { PRIMARY: 1800, SECONDARY: 2300, TERTIARY: 2000 }[s.sector!] + (s.employerCity === HOHHOT ? 100 : 0) + (s.employerProvince === INNER_MONGOLIA ? 0 : 300);
    s.monthlyIncome = base + 50 * random.int(-8, 8);
  }
  let gap = P.meanIncome * givers.length - givers.reduce((sum, s) => sum + s.monthlyIncome!, 0);
  for (let i = 0; gap !== 0; i = (i + 1) % givers.length) {
    const step = Math.sign(gap) * Math.min(50, Math.abs(gap));
    givers[i]!.monthlyIncome! += step;
    gap -= step;
  }

  // ---- study
  const kinds: DestinationKind[] = dealt({ ...P.bachelor, ...P.otherStudy }, random);
  const outside = new Set(
    random.shuffle(studying.filter((_, i) => kinds[i] !== "STUDY_ABROAD").map((g) => g.id)).slice(0, P.studyOutside),
  );
  studying.forEach((graduate, i) => {
    const kind = kinds[i]!;
    const s = blank(kind);
    if (kind !== "STUDY_ABROAD") {
      const bachelor = kind === "STUDY_VOCATIONAL_BACHELOR" || kind === "STUDY_GAOKAO_BACHELOR";
      const college = random.pick(outside.has(graduate.id) ? (bachelor ? BACHELOR_OUT : COLLEGES_OUT) : bachelor ? BACHELOR_IN : COLLEGES_IN);
      s.employerName = college.name;
      s.employerOrganisationId = college.named ? (orgs.get(college.name)?.id ?? null) : null;
      s.employerProvince = college.province;
      s.employerCity = college.city;
    }
    out.push({ graduate, snapshot: s, group: "STUDY" });
  });
  for (const graduate of unplaced) out.push({ graduate, snapshot: blank("UNPLACED"), group: "UNPLACED" });
  return out.sort((a, b) => a.graduate.id - b.graduate.id);
}

/**
 * Both tables in two statements: the rows go over as one JSON parameter and are unpacked by
 * jsonb_to_recordset, which on PGlite is several times faster than Prisma's multi-row INSERTs.
 */
async function write(prisma: PrismaClient, planned: Planned[], year: number, today: string) {
  const random = prng(7093);
  const recordedDay = minDay(`${year}-09-30`, today);
  const disputed = new Set(random.shuffle(planned.map((p) => p.graduate.id)).slice(0, DISPUTED_COUNT));
  const answers = planned.map((p) => {
    const at = addDays(recordedDay, random.int(0, daysBetween(recordedDay, today)));
    if (disputed.has(p.graduate.id)) return { confirmation: "DISPUTED" as const, at, note: random.pick(DISPUTE_NOTES[p.group]) };
    return random.chance(CONFIRMED_SHARE) ? { confirmation: "CONFIRMED" as const, at, note: null } : null;
  });
  const destinations = planned.map((p, i) => ({
    studentId: p.graduate.id,
    ...p.snapshot,
    recordedAt: recordedDay,
    confirmation: answers[i]?.confirmation ?? "UNCONFIRMED",
    confirmedAt: answers[i]?.at ?? null,
    disputeNote: answers[i]?.confirmation === "DISPUTED" ? answers[i]!.note : null,
  }));
  await prisma.$transaction(
    async (tx) => {
      const made = await tx.$queryRawUnsafe<{ id: number; studentId: number }[]>(
        `INSERT INTO "GraduateDestination" ("studentId", "graduationYear", "kind", "employerName", "employerOrganisationId",
           "employerProvince", "employerCity", "employerSize", "sector", "monthlyIncome", "promoted", "employedOn",
           "recordedAt", "updatedAt", "confirmation", "confirmedAt", "disputeNote")
         SELECT r."studentId", r."graduationYear", r."kind"::"DestinationKind", r."employerName", r."employerOrganisationId",
           r."employerProvince", r."employerCity", r."employerSize"::"EnterpriseSize", r."sector"::"IndustrySector", r."monthlyIncome",
           r."promoted", r."employedOn"::date, r."recordedAt"::timestamp, r."recordedAt"::timestamp,
           r."confirmation"::"DestinationConfirmation", r."confirmedAt"::timestamp, r."disputeNote"
         FROM jsonb_to_recordset($1::jsonb) AS r("studentId" int, "graduationYear" int, "kind" text, "employerName" text,
           "employerOrganisationId" int, "employerProvince" text, "employerCity" text, "employerSize" text, "sector" text,
           "monthlyIncome" int, "promoted" boolean, "employedOn" text, "recordedAt" text, "confirmation" text, "confirmedAt" text,
           "disputeNote" text)
         RETURNING "id", "studentId"`,
        JSON.stringify(destinations),
      );
      const idOf = new Map(made.map((m) => [Number(m.studentId), Number(m.id)]));
      const changes: { destinationId: number; studentId: number; actorUserId: number | null; via: string; note: string | null; before: object | null; after: object; at: string }[] = [];
      planned.forEach((p, i) => {
        const destinationId = idOf.get(p.graduate.id)!;
        changes.push({ destinationId, studentId: p.graduate.id, actorUserId: null, via: "SEED", note: SEED_NOTE, before: null, after: p.snapshot, at: recordedDay });
        const answer = answers[i];
        // The student's own answer, audited as the destinations feature audits it (via STUDENT).
        if (answer) {
          changes.push({
            destinationId,
            studentId: p.graduate.id,
            actorUserId: p.graduate.userId,
            via: "STUDENT",
            note: answer.note,
            before: { ...p.snapshot, confirmation: "UNCONFIRMED" },
            after: { ...p.snapshot, confirmation: answer.confirmation },
            at: answer.at,
          });
        }
      });
      await tx.$executeRawUnsafe(
        `INSERT INTO "DestinationChange" ("destinationId", "studentId", "actorUserId", "via", "note", "before", "after", "at")
         SELECT r."destinationId", r."studentId", r."actorUserId", r."via"::"DestinationChangeVia", r."note", r."before", r."after", r."at"::timestamp
         FROM jsonb_to_recordset($1::jsonb) AS r("destinationId" int, "studentId" int, "actorUserId" int, "via" text, "note" text,
           "before" jsonb, "after" jsonb, "at" text)`,
        JSON.stringify(changes),
      );
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

/**
 * 三年内晋升 on the employed graduates of the cohorts before the report's (demo-retention.ts): PROMOTED of them
 * promoted, PROMOTION_UNKNOWN not recorded, the others not promoted; each change audited via SEED. Only
 * rows with nothing recorded yet are touched, so a rerun writes nothing.
 */
async function markPromoted(prisma: PrismaClient, today: string): Promise<number> {
  const rows = await prisma.graduateDestination.findMany({
    where: {
      graduationYear: { in: retentionCohorts(today) },
      kind: { in: ["EMPLOYED_CONTRACT", "EMPLOYED_MILITARY", "EMPLOYED_SELF", "EMPLOYED_FLEXIBLE"] },
      student: { name: { startsWith: "示例·留呼" } },
    },
    orderBy: { studentId: "asc" },
  });
  const alreadyMarked = await prisma.destinationChange.count({ where: { via: "SEED", note: PROMOTION_NOTE, destinationId: { in: rows.map((r) => r.id) } } });
  if (alreadyMarked > 0 || rows.length === 0) return 0;
  const order = prng(2220).shuffle(rows.map((r) => r.id));
  const promoted = new Set(order.slice(0, PROMOTED));
  const unknown = new Set(order.slice(PROMOTED, PROMOTED + PROMOTION_UNKNOWN));
  await prisma.$transaction(async (tx) => {
    for (const row of rows) {
      const value = promoted.has(row.id) ? true : unknown.has(row.id) ? null : false;
      if (value === null) continue; // not recorded: nothing changes
      await tx.graduateDestination.update({ where: { id: row.id }, data: { promoted: value } });
      const snapshot = snapshotOf(row);
      await tx.destinationChange.create({
        data: {
          destinationId: row.id,
          studentId: row.studentId,
          via: "SEED",
          note: PROMOTION_NOTE,
          before: snapshot as unknown as Prisma.InputJsonObject,
          after: { ...snapshot, promoted: value } as unknown as Prisma.InputJsonObject,
        },
      });
    }
  });
  return rows.length;
}
const PROMOTION_NOTE = "演示数据：三年内晋升";

function snapshotOf(row: Prisma.GraduateDestinationGetPayload<object>): Snapshot {
  return {
    kind: row.kind,
    graduationYear: row.graduationYear,
    employerName: row.employerName,
    employerOrganisationId: row.employerOrganisationId,
    employerProvince: row.employerProvince,
    employerCity: row.employerCity,
    employerSize: row.employerSize,
    sector: row.sector,
    monthlyIncome: row.monthlyIncome,
    promoted: row.promoted,
    employedOn: row.employedOn ? iso(row.employedOn) : null,
  };
}
