import type { PrismaClient } from "~/generated/prisma/client";
import { prng } from "../../shared/prng";
import { yearsSinceReport } from "./generate";
import { GRADUATION_YEAR } from "./report-2023";

// 1+X 职业技能等级证书 attempts (issue 14, 附表6 row 14: 职业技能等级证书获取人数 1478). The figure counts students
// with a passed attempt whose attemptedOn is within the school year 1 September … 31 August ending in the
// report's graduation year (2023 + yearsSinceReport: on 2026-11-30 that is 2025-09-01 … 2026-08-31), the
// reading the metrics part uses (docs/metrics.md). Written: PASSERS students of the report's graduating
// cohort and the cohort a year behind it pass once in that window (a share of them twice, a second
// certificate); FAILED_ONLY others only fail in it; EARLIER_ONLY others passed only in the school year
// before, which the figure must leave out. Every attempt is in the past on `today`. Deterministic; written
// once (nothing is written when those students already have attempts).

export const PASSERS = 1478;
const TWICE = 180;
const FAILED_ONLY = 320;
const EARLIER_ONLY = 140;

/** A plausible 1+X certificate by 专业大类 (2021 中职 catalogue codes). */
const CERTIFICATE_BY_CATEGORY: Record<string, string> = {
  "61": "农产品质量安全检测",
  "62": "测绘地理信息数据获取与处理",
  "63": "光伏电站运维",
  "64": "建筑信息模型（BIM）",
  "66": "工业机器人操作与运维",
  "67": "化工危险与可操作性（HAZOP）分析",
  "68": "服装陈列设计",
  "69": "食品合规管理",
  "70": "汽车运用与维修",
  "71": "Web前端开发",
  "72": "老年照护",
  "73": "业财一体信息化应用",
  "74": "餐饮管理运行",
  "75": "数字创意建模",
  "77": "幼儿照护",
  "79": "失智老年人照护",
};
const SECOND_CERTIFICATE = "计算机信息技术应用";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

export async function seedDemoCertificates(prisma: PrismaClient, today: string): Promise<{ created: number }> {
  const year = GRADUATION_YEAR + yearsSinceReport(today);
  const cohorts = { graduationYear: { in: [year, year + 1] } };
  if ((await prisma.certificateAttempt.count({ where: { student: cohorts } })) > 0) return { created: 0 };
  const candidates = await prisma.student.findMany({
    where: {
      OR: [
        { status: "GRADUATED", graduationYear: year },
        { status: "ENROLLED", graduationYear: year + 1 },
      ],
    },
    orderBy: { id: "asc" },
    select: { id: true, schoolProgram: { select: { program: { select: { category: { select: { code: true } } } } } } },
  });
  if (candidates.length === 0) return { created: 0 };

  const random = prng(1478);
  const order = random.shuffle(candidates);
  const windowStart = `${year - 1}-09-01`;
  const windowEnd = `${year}-06-30`; // exams sit in term time; the window itself runs to 31 August
  const span = (from: string, to: string) => Math.round((day(to).getTime() - day(from).getTime()) / 86_400_000);
  const dayIn = (from: string, to: string) => {
    const d = iso(new Date(day(from).getTime() + random.int(0, span(from, to)) * 86_400_000));
    return d > today ? today : d;
  };
  const certificateOf = (c: (typeof candidates)[number]) => CERTIFICATE_BY_CATEGORY[c.schoolProgram.program.category.code] ?? "职业技能等级证书";
  const rows: { studentId: number; certificateName: string; level: string; attemptedOn: Date; passed: boolean }[] = [];
  const attempt = (c: (typeof candidates)[number], name: string, on: string, passed: boolean) =>
    rows.push({ studentId: c.id, certificateName: name, level: random.chance(0.8) ? "初级" : "中级", attemptedOn: day(on), passed });

  const passers = order.slice(0, PASSERS);
  passers.forEach((c, i) => {
    // Some failed first and passed on the second sitting, both within the window.
    if (random.chance(0.1)) attempt(c, certificateOf(c), dayIn(windowStart, `${year - 1}-12-31`), false);
    attempt(c, certificateOf(c), dayIn(`${year}-01-01`, windowEnd), true);
    if (i < TWICE) attempt(c, SECOND_CERTIFICATE, dayIn(windowStart, windowEnd), true);
  });
  for (const c of order.slice(PASSERS, PASSERS + FAILED_ONLY)) attempt(c, certificateOf(c), dayIn(windowStart, windowEnd), false);
  // Passed a year earlier (the school year before the window, ending the day before it starts): not counted.
  for (const c of order.slice(PASSERS + FAILED_ONLY, PASSERS + FAILED_ONLY + EARLIER_ONLY)) {
    attempt(c, certificateOf(c), dayIn(`${year - 2}-09-01`, `${year - 1}-08-31`), true);
  }
  await prisma.certificateAttempt.createMany({ data: rows });
  return { created: rows.length };
}
