import type { PrismaClient } from "~/generated/prisma/client";
import { prng } from "../../shared/prng";
import { yearsSinceReport } from "./generate";
import { COHORTS } from "./report-2023";

// 行业导师 (issue 14, 附表6 row 17 聘请行业导师人数 97 and row 19 行业导师年课时总量 11916): MentorTeaching rows for
// the report's school year (its 2023–24, moved like its students: 2023 + yearsSinceReport, 2026–27 on
// 2026-11-30). The mentors are the platform's own: every 企业师傅 of the demo's order classes (seed.ts), then
// the 企业指导教师 of placements running in that school year (demo-placements.ts) until MENTORS people — a
// person is (enterprise, name), so a 西贝 master teaching two classes at two schools is one person with two
// rows. Hours: class masters teach more than placement mentors; the total is evened out to HOURS exactly.
// Deterministic; written once (nothing is written when the year has rows).

export const MENTORS = 97;
export const HOURS = 11_916;

type Entry = { schoolId: number; enterpriseId: number; mentorName: string; orderClassId: number | null; placementId: number | null; hours: number };

export async function seedDemoMentors(prisma: PrismaClient, today: string): Promise<{ created: number }> {
  const schoolYear = COHORTS[0]! + yearsSinceReport(today);
  if ((await prisma.mentorTeaching.count({ where: { schoolYear } })) > 0) return { created: 0 };
  const random = prng(11916);
  const classes = await prisma.orderClass.findMany({
    where: { mentors: { isEmpty: false } },
    orderBy: { id: "asc" },
    select: { id: true, schoolId: true, enterpriseId: true, kind: true, mentors: true },
  });
  const placements = await prisma.internshipPlacement.findMany({
    where: {
      mentorName: { not: null },
      startsOn: { lte: new Date(`${schoolYear + 1}-08-31T00:00:00Z`) },
      endsOn: { gte: new Date(`${schoolYear}-09-01T00:00:00Z`) },
    },
    orderBy: { id: "asc" },
    select: { id: true, schoolId: true, enterpriseId: true, mentorName: true },
  });
  const entries: Entry[] = [];
  const people = new Set<string>();
  const person = (enterpriseId: number, name: string) => `${enterpriseId}:${name}`;
  for (const c of classes) {
    for (const name of c.mentors) {
      people.add(person(c.enterpriseId, name));
      // 现代学徒制 masters teach on the job every week; an order class's a block of courses.
      const hours = c.kind === "MODERN_APPRENTICESHIP" ? random.int(200, 320) : random.int(120, 200);
      entries.push({ schoolId: c.schoolId, enterpriseId: c.enterpriseId, mentorName: name, orderClassId: c.id, placementId: null, hours });
    }
  }
  if (people.size > MENTORS) throw new Error(`订单班企业师傅 ${people.size} 人，多于 ${MENTORS}`);
  for (const p of random.shuffle(placements)) {
    if (people.size === MENTORS) break;
    const key = person(p.enterpriseId, p.mentorName!);
    if (people.has(key)) continue;
    people.add(key);
    entries.push({ schoolId: p.schoolId, enterpriseId: p.enterpriseId, mentorName: p.mentorName!, orderClassId: null, placementId: p.id, hours: random.int(60, 120) });
  }
  if (people.size !== MENTORS) throw new Error(`演示行业导师只有 ${people.size} 人，少于 ${MENTORS}`);
  let gap = HOURS - entries.reduce((sum, e) => sum + e.hours, 0);
  for (let i = 0; gap !== 0; i = (i + 1) % entries.length) {
    const step = Math.sign(gap) * Math.min(4, Math.abs(gap), gap < 0 ? entries[i]!.hours - 1 : Infinity);
    entries[i]!.hours += step;
    gap -= step;
  }
  await prisma.mentorTeaching.createMany({ data: entries.map((e) => ({ ...e, schoolYear })) });
  return { created: entries.length };
}
