import { isForbiddenVenue } from "~/lib/business-categories";
import { currentCohort } from "~/lib/school-year";

// The rules a 岗位实习 placement keeps before it may become ACTIVE, from 《职业学校学生实习管理规定》
// (教职成〔2021〕4号). Pure: the facts come in as plain values (days as YYYY-MM-DD), so each rule can be
// tested on both sides of its edge by hand. The two count rules (10% of the host's staff, 20% of the
// post's, 第十一条) need the other schools' placements and are checked in the activation transaction
// (placement-lifecycle.server.ts, under a lock on the enterprise row); their wording is here with the others.
//
// Articles of the 2021 text: 第十条 岗位实习 normally 6 months; 第十一条 interns ≤ 10% of the host's staff
// and ≤ 20% of the post's; 第十二条 informed consent; 第十四条 tripartite agreement before the start;
// 第十六条 the forbidden cases (一)–(七); 第十七条 working time (no overtime, nights, statutory holidays);
// 第十八条 pay (80%, in money, at least monthly); 第十九条 no fees, deposits or withheld papers;
// 第三十五条 liability insurance. 第十六条 and 第十八条 were checked against a copy of the 2021 text; the
// 2016 text (教职成〔2016〕3号) numbers its articles differently and is not to be cited.

/** What the rules read of a placement, its student and its host. Days are YYYY-MM-DD. */
export type PlacementFacts = {
  startsOn: string;
  endsOn: string;
  student: {
    birthDate: string;
    gender: string | null; // "女" / "男"
    cohortYear: number; // 入学年级
    medicalProgram: boolean; // the program's 专业大类 is 医药卫生 (8–10 months allowed with a reason)
  };
  enterpriseCategory: string | null; // Enterprise.businessCategory
  postCategory: string | null;
  hazardousForMinors: boolean;
  hazardousForWomen: boolean;
  viaIntermediary: boolean;
  monthlyPay: number | null; // yuan per month
  regularWage: number | null; // yuan per month, the same post at the host
  payInMoney: boolean;
  payMonthly: boolean;
  feesCharged: boolean;
  dailyHours: number | null;
  weeklyHours: number | null;
  nightShifts: boolean;
  overtime: boolean;
  holidayWork: boolean;
  extensionReason: string | null;
  insurancePolicyNo: string | null;
  insuranceFrom: string | null;
  insuranceTo: string | null;
  insurancePayer: "SCHOOL" | "HOST" | "STUDENT" | null;
  tripartiteSignedOn: string | null;
  tripartiteDocument: boolean;
  guardianConsentOn: string | null;
  consentDocument: boolean;
};

/** A rule: its id, the article it keeps, the form field a refusal points at, and the refusal in Chinese. */
export type PlacementRule = {
  id: string;
  article: string;
  field: string;
  message: string;
  holds: (f: PlacementFacts) => boolean;
};

export type RuleOutcome = { id: string; article: string; field: string; message: string; holds: boolean };

const ACT = "教职成〔2021〕4号";

/** Whole years of age on `day` (周岁): the birthday itself counts; a 29 February birthday turns over on 1 March. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/** Whether the student is under 18 on the start date (the minors' and the guardian-consent rules). */
export const isMinorOn = (f: PlacementFacts) => ageOn(f.student.birthDate, f.startsOn) < 18;

const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/**
 * The last day of a placement of `months` calendar months starting on `start`: the day before the
 * same day of the month `months` later (2026-03-01 + 6 → 2026-08-31; 2026-03-15 + 6 → 2026-09-14);
 * when that month is too short for the start's day, its last day (2026-08-31 + 6 → 2027-02-28).
 */
export function lastDayOfMonths(start: string, months: number): string {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  if (d > daysIn(year, month)) return iso(year, month, daysIn(year, month));
  if (d > 1) return iso(year, month, d - 1);
  const prev = index - 1;
  const py = Math.floor(prev / 12);
  const pm = (prev % 12) + 1;
  return iso(py, pm, daysIn(py, pm));
}

/** Normal length of 岗位实习 (第十条) and the longest a medical program may run with a reason. */
export const NORMAL_MONTHS = 6;
export const MEDICAL_MONTHS = 10;

const filled = (s: string | null) => s !== null && s.trim() !== "";

export const PLACEMENT_RULES: readonly PlacementRule[] = [
  {
    id: "age16",
    article: "第十六条（二）",
    field: "studentId",
    message: "学生在实习开始之日未满16周岁，不得安排岗位实习",
    holds: (f) => ageOn(f.student.birthDate, f.startsOn) >= 16,
  },
  {
    id: "firstYear",
    article: "第十六条（一）",
    field: "startsOn",
    message: "一年级在校学生不得安排岗位实习（实习开始时该生仍在入学第一学年）",
    // The school year starts 1 September (school-year.ts): on the start date the student's cohort
    // must be older than the cohort admitted that school year.
    holds: (f) => f.student.cohortYear < currentCohort(f.startsOn),
  },
  {
    id: "venueHost",
    article: "第十六条（五）",
    field: "enterpriseId",
    message: "实习单位属于酒吧、夜总会、歌厅、洗浴中心、电子游戏厅、网吧等营业性娱乐场所，不得安排实习",
    holds: (f) => !isForbiddenVenue(f.enterpriseCategory),
  },
  {
    id: "venuePost",
    article: "第十六条（五）",
    field: "postCategory",
    message: "实习岗位属于营业性娱乐场所，不得安排实习",
    holds: (f) => !isForbiddenVenue(f.postCategory),
  },
  {
    id: "minorsWork",
    article: "第十六条（三）",
    field: "hazardousForMinors",
    message: "不得安排未满18周岁的学生从事《未成年工特殊保护规定》中禁忌从事的劳动",
    holds: (f) => !(f.hazardousForMinors && isMinorOn(f)),
  },
  {
    id: "womenWork",
    article: "第十六条（四）",
    field: "hazardousForWomen",
    message: "不得安排女学生从事《女职工劳动保护特别规定》中禁忌从事的劳动",
    holds: (f) => !(f.hazardousForWomen && f.student.gender === "女"),
  },
  {
    id: "intermediary",
    article: "第十六条（六）",
    field: "viaIntermediary",
    message: "不得通过中介机构或有偿代理组织、安排和管理学生实习",
    holds: (f) => !f.viaIntermediary,
  },
  {
    id: "pay80",
    article: "第十八条",
    field: "monthlyPay",
    message: "实习报酬不得低于本单位相同岗位工资标准的80%（须填写实习报酬和相同岗位工资）",
    // 80% in whole yuan without rounding: pay × 5 ≥ wage × 4.
    holds: (f) => f.monthlyPay !== null && f.regularWage !== null && f.regularWage > 0 && f.monthlyPay * 5 >= f.regularWage * 4,
  },
  {
    id: "payInMoney",
    article: "第十八条",
    field: "payInMoney",
    message: "实习报酬须以货币形式直接支付给学生，不得以物品或代金券代替",
    holds: (f) => f.payInMoney,
  },
  {
    id: "payMonthly",
    article: "第十八条",
    field: "payMonthly",
    message: "实习报酬支付周期不得超过1个月",
    holds: (f) => f.payMonthly,
  },
  {
    id: "fees",
    article: "第十九条",
    field: "feesCharged",
    message: "不得向学生收取押金、培训费、管理费等任何费用，不得扣押学生证件或要求担保",
    holds: (f) => !f.feesCharged,
  },
  {
    id: "dailyHours",
    article: "第十七条",
    field: "dailyHours",
    message: "每日实习时间不得超过8小时",
    holds: (f) => f.dailyHours !== null && f.dailyHours > 0 && f.dailyHours <= 8,
  },
  {
    id: "weeklyHours",
    article: "第十七条",
    field: "weeklyHours",
    message: "每周实习时间不得超过40小时",
    holds: (f) => f.weeklyHours !== null && f.weeklyHours > 0 && f.weeklyHours <= 40,
  },
  {
    id: "nightShifts",
    article: "第十七条",
    field: "nightShifts",
    message: "不得安排学生上夜班",
    holds: (f) => !f.nightShifts,
  },
  {
    id: "overtime",
    article: "第十七条",
    field: "overtime",
    message: "不得安排学生加班",
    holds: (f) => !f.overtime,
  },
  {
    id: "holidayWork",
    article: "第十七条",
    field: "holidayWork",
    message: "不得安排学生在法定节假日实习",
    holds: (f) => !f.holidayWork,
  },
  {
    id: "duration",
    article: "第十条",
    field: "endsOn",
    message: "岗位实习一般为6个月；超过6个月须记录理由，医药卫生类专业至多10个月",
    holds: (f) => {
      if (f.endsOn < f.startsOn) return false;
      if (f.endsOn <= lastDayOfMonths(f.startsOn, NORMAL_MONTHS)) return true;
      if (!filled(f.extensionReason)) return false;
      // With a reason: medical programs up to 10 months; others as the school's plan says (no cap in the act).
      return !f.student.medicalProgram || f.endsOn <= lastDayOfMonths(f.startsOn, MEDICAL_MONTHS);
    },
  },
  {
    id: "insurancePolicy",
    article: "第三十五条",
    field: "insurancePolicyNo",
    message: "须投保实习责任保险并填写保单号（无保险，不实习）",
    holds: (f) => filled(f.insurancePolicyNo),
  },
  {
    id: "insuranceFrom",
    article: "第三十五条",
    field: "insuranceFrom",
    message: "实习责任保险须自实习开始之日（或更早）起保",
    holds: (f) => f.insuranceFrom !== null && f.insuranceFrom <= f.startsOn,
  },
  {
    id: "insuranceTo",
    article: "第三十五条",
    field: "insuranceTo",
    message: "实习责任保险须保至实习结束之日（或更晚）",
    holds: (f) => f.insuranceTo !== null && f.insuranceTo >= f.endsOn,
  },
  {
    id: "insurancePayer",
    article: "第三十五条",
    field: "insurancePayer",
    message: "实习责任保险须由学校或实习单位投保，不得由学生承担",
    holds: (f) => f.insurancePayer === "SCHOOL" || f.insurancePayer === "HOST",
  },
  {
    id: "tripartite",
    article: "第十四条",
    field: "tripartiteDocument",
    message: "实习开始前须签订学校、实习单位、学生三方实习协议并上传（无协议，不实习）",
    holds: (f) => f.tripartiteDocument && f.tripartiteSignedOn !== null && f.tripartiteSignedOn <= f.startsOn,
  },
  {
    id: "guardianConsent",
    article: "第十二条",
    field: "consentDocument",
    message: "未满18周岁的学生须在实习开始前取得法定监护人签字的知情同意书并上传",
    holds: (f) => !isMinorOn(f) || (f.consentDocument && f.guardianConsentOn !== null && f.guardianConsentOn <= f.startsOn),
  },
];

/** Every rule with whether it holds for `facts`, in the list's order. */
export function checkPlacement(facts: PlacementFacts): RuleOutcome[] {
  return PLACEMENT_RULES.map(({ holds, ...rule }) => ({ ...rule, holds: holds(facts) }));
}

/** The count rules of 第十一条, checked at activation against every school's ACTIVE placements. */
export const QUOTA_RULES = {
  hostQuota: {
    id: "hostQuota",
    article: "第十一条",
    field: "enterpriseId",
    message: "实习单位的岗位实习学生不得超过其在岗职工总数的10%（含各校学生）",
  },
  postQuota: {
    id: "postQuota",
    article: "第十一条",
    field: "enterprisePostId",
    message: "同一岗位的实习学生不得超过该岗位在岗职工的20%（含各校学生；企业登记了岗位的须选择岗位）",
  },
} as const;

/**
 * One ACTIVE 岗位实习 per student over any day, checked at activation against the student's other
 * placements (any school's records of them). No article of its own: a student cannot be on two posts
 * at once, and would count twice against the quotas of 第十一条.
 */
export const STUDENT_OVERLAP_RULE = {
  id: "studentOverlap",
  article: "",
  field: "startsOn",
  message: "该学生在这段时间已有进行中的岗位实习，同一学生同期只能有一个岗位实习",
} as const;

/** Whether `interns` (this one included) stay within 10% of `staff`: interns × 10 ≤ staff. */
export const withinHostQuota = (interns: number, staff: number | null) => staff !== null && interns * 10 <= staff;
/** Whether `interns` (this one included) stay within 20% of the post's `staff`: interns × 5 ≤ staff. */
export const withinPostQuota = (interns: number, staff: number) => interns * 5 <= staff;

/** A refusal as the page shows it: "〔第十六条（二）〕学生在…". */
export const refusal = (r: { article: string; message: string }) => (r.article ? `${r.message}（${ACT}${r.article}）` : r.message);
