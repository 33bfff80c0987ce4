import type { Prisma, PrismaClient, District, EnterpriseSize } from "~/generated/prisma/client";
import { staffNotice } from "~/features/applications";
import { prng } from "../../shared/prng";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { creditCode as newCreditCode, REGION_OF_DISTRICT, type HostCategory } from "./hosts";
import { yearsSinceReport } from "./generate";
import { DEMO_MARK } from "./positions/generate";
import { BUREAU_NAME, COHORTS, GRADUATION_YEAR } from "./report-2023";

// 招聘会 demo data (issue 12 item 7): the report's two events, closed, with what they led to, and two
// fairs to try the platform on.
//
// - 携手名企 职引未来 校园招聘会 (report 2.8 案例11): organised by 呼和浩特市商贸旅游职业学校 for its own
//   students; "内蒙古饭店、希尔顿欢朋酒店、内蒙古大厦、呼和浩特香格里拉酒店、西贝餐饮公司、北京汉王影研科技有限公司、
//   内蒙古恒宾国际旅行社、…华杰美居装饰设计工程有限公司等区内外近 30 余家企业前来参会，提供…近 600 余个工作岗位".
//   30 booths, all approved and present: the eight it names, the report's other 14 enterprises, and 8 of
//   the demo exhibitors below. They bring the demo's 600 positions (demo-positions.ts plans those 600
//   "as at the 2023 campus fair"), so the fair's report counts 30 enterprises and 600 positions.
//   Registrations from the school's students of that spring (its graduating class and the year below),
//   check-ins with their scans, applications at the fair with offers and hires over the following
//   months (some within 30 days, some within 90, some later), and booth leads.
// - 职教活动周 (report 7.8.2): "参与本次活动职业学校34所，企业53个，…学生18809人": the bureau's, open to all
//   schools, at 新城区苏雅拉广场; 53 booths (the report's 22 enterprises and 31 demo exhibitors) and
//   18,809 students of the 34 schools, all checked in.
// - An upcoming fair of the demo school (报名中), with 西贝 approved and 香格里拉 waiting for a decision,
//   which the demo student may register for; and one held today (进行中), the bureau's, where the demo
//   student is registered and not yet checked in, so the demo bureau account can scan their pass.
//
// The report dates neither event; the campus fair is put in April and the week in May of the report's
// year, and, as the rest of the seed does (generate.ts yearsSinceReport), that year is moved to the
// calendar so that the report's students are the ones in school: on 2026-11-29 the events are in 2026.
// The demo exhibitors are made up (the report names only 22 enterprises) and say so in their names
// (DEMO_MARK). Idempotent: the campus fair's title marks that this ran.

const LOCK = 72707374; // beside demo-placements.ts's 72707373
const DAY = 86_400_000;
const HOUR = 3_600_000;

export const CAMPUS_FAIR = { title: "携手名企 职引未来 校园招聘会", school: "呼和浩特市商贸旅游职业学校", enterprises: 30, positions: 600 } as const;
export const ACTIVITY_WEEK = { title: "职业教育活动周 校企展示与对接", venue: "新城区苏雅拉广场", schools: 34, enterprises: 53, students: 18809 } as const;
/** 2.8 案例11's names, as the demo's organisations spell them (report-2023.ts merges the aliases). */
export const CAMPUS_FAIR_NAMED = [
  "内蒙古饭店",
  "希尔顿欢朋酒店",
  "北京内蒙古大厦有限责任公司",
  "香格里拉大酒店（呼和浩特）有限公司",
  "西贝餐饮集团",
  "北京汉王影研科技有限公司",
  "内蒙古恒宾国际旅行社",
  "呼和浩特市城市人家华杰美居装饰设计工程有限公司",
] as const;

/** The made-up exhibitors the two events need beyond the report's 22 enterprises (53 − 22 = 31). */
const EXHIBITOR_TRADES: ReadonlyArray<{ trade: string; cluster: string; district: District; size: EnterpriseSize; category: HostCategory }> = [
  { trade: "餐饮", cluster: "MODERN_SERVICES", district: "XINCHENG", size: "SMALL", category: "CATERING" },
  { trade: "酒店", cluster: "MODERN_SERVICES", district: "SAIHAN", size: "MEDIUM", category: "HOTEL" },
  { trade: "旅游", cluster: "MODERN_SERVICES", district: "HUIMIN", size: "SMALL", category: "BUSINESS_SERVICES" },
  { trade: "财务服务", cluster: "MODERN_SERVICES", district: "YUQUAN", size: "MICRO", category: "BUSINESS_SERVICES" },
  { trade: "装饰设计", cluster: "MODERN_SERVICES", district: "SAIHAN", size: "SMALL", category: "BUSINESS_SERVICES" },
  { trade: "机电设备", cluster: "MATERIALS_EQUIPMENT", district: "ECONOMIC_ZONE", size: "MEDIUM", category: "MANUFACTURING" },
  { trade: "软件", cluster: "ELECTRONICS", district: "SAIHAN", size: "SMALL", category: "IT" },
  { trade: "乳制品", cluster: "AGRIFOOD", district: "TUMED_LEFT", size: "LARGE", category: "MANUFACTURING" },
];
/** 在职职工 of a made-up exhibitor, by its size (a demo value inside each size's band). */
const STAFF_OF_SIZE: Record<EnterpriseSize, number> = { MICRO: 8, SMALL: 60, MEDIUM: 300, LARGE: 1500 };
const EXTRA_EXHIBITORS = 31;
const exhibitorName = (i: number) => `${DEMO_MARK}参展企业${String(i + 1).padStart(2, "0")}（${EXHIBITOR_TRADES[i % EXHIBITOR_TRADES.length]!.trade}）`;

/** 09:00 + `hours` in Hohhot (UTC+8) on the day `iso` (YYYY-MM-DD). */
const hohhot = (iso: string, hours = 9) => new Date(Date.parse(`${iso}T00:00:00Z`) + (hours - 8) * HOUR);

export async function seedDemoFairs(prisma: PrismaClient, today: string): Promise<{ created: number }> {
  const seeded = (db: PrismaClient | Prisma.TransactionClient) => db.jobFair.count({ where: { title: { startsWith: CAMPUS_FAIR.title } } });
  if ((await seeded(prisma)) > 0) return { created: 0 };
  if ((await prisma.organisation.count({ where: { kind: "BUREAU", name: BUREAU_NAME } })) === 0) return { created: 0 };
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      if ((await seeded(tx)) > 0) return { created: 0 };
      return { created: await write(tx, today) };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

async function write(tx: Prisma.TransactionClient, today: string): Promise<number> {
  const shift = yearsSinceReport(today);
  const year = GRADUATION_YEAR + shift; // the report's calendar year, moved as its cohorts are
  const newest = COHORTS[0]! + shift;
  const account = (username: string) => DEMO_ACCOUNTS.find((a) => a.username === username)!;
  const users = await tx.user.findMany({ where: { username: { in: ["bureau", "school", "student", "enterprise", "enterprise2"] } }, select: { id: true, username: true, passwordHash: true } });
  const userId = (username: string) => users.find((u) => u.username === username)?.id ?? null;
  const orgId = async (name: string) => (await tx.organisation.findFirstOrThrow({ where: { name }, select: { id: true } })).id;
  const bureauId = await orgId(BUREAU_NAME);
  const campusSchoolId = await orgId(CAMPUS_FAIR.school);
  const school2Id = await orgId(account("school2").organisation);

  // The report's enterprises (the eight of 2.8 first), then the demo exhibitors, made here.
  const known = await tx.enterprise.findMany({ select: { organisationId: true, organisation: { select: { name: true } } }, orderBy: { organisationId: "asc" } });
  const named = CAMPUS_FAIR_NAMED.map((name) => known.find((e) => e.organisation.name === name)!.organisationId);
  const reportEnterprises = [...named, ...known.map((e) => e.organisationId).filter((id) => !named.includes(id))];
  const clusters = new Map((await tx.industryCluster.findMany({ select: { id: true, code: true } })).map((c) => [c.code, c.id]));
  const extraOrgs = await tx.organisation.createManyAndReturn({
    data: Array.from({ length: EXTRA_EXHIBITORS }, (_, i) => ({
      kind: "ENTERPRISE" as const,
      name: exhibitorName(i),
      district: EXHIBITOR_TRADES[i % EXHIBITOR_TRADES.length]!.district,
      description: "参加招聘会的演示企业。",
    })),
    select: { id: true, name: true },
  });
  const extras = Array.from({ length: EXTRA_EXHIBITORS }, (_, i) => extraOrgs.find((o) => o.name === exhibitorName(i))!.id);
  // Verified like every demo enterprise: a well-formed 统一社会信用代码 (none taken), a staff count and a
  // business category (the verify rule and the hosting rules read them).
  const random = prng(53);
  const codes = new Set((await tx.enterprise.findMany({ select: { creditCode: true } })).map((e) => e.creditCode));
  await tx.enterprise.createMany({
    data: extras.map((organisationId, i) => {
      const t = EXHIBITOR_TRADES[i % EXHIBITOR_TRADES.length]!;
      let creditCode = newCreditCode(REGION_OF_DISTRICT[t.district]!, random);
      while (codes.has(creditCode)) creditCode = newCreditCode(REGION_OF_DISTRICT[t.district]!, random);
      codes.add(creditCode);
      return {
        organisationId,
        size: t.size,
        clusterId: clusters.get(t.cluster) ?? null,
        standing: "VERIFIED" as const,
        standingAt: hohhot(`${year}-01-10`),
        creditCode,
        staffCount: STAFF_OF_SIZE[t.size],
        businessCategory: t.category,
      };
    }),
  });

  const demoPositions = await tx.position.findMany({
    where: { contact: { startsWith: DEMO_MARK } },
    orderBy: { id: "asc" },
    select: { id: true, enterpriseId: true, status: true, headcount: true, title: true },
  });
  const positionsOf = (enterpriseId: number) => demoPositions.filter((p) => p.enterpriseId === enterpriseId).map((p) => p.id);

  let created = 0;
  // ---------------------------------------------------------------- the campus fair (2.8 案例11)
  {
    const day = `${year}-04-21`;
    const startsAt = hohhot(day, 9);
    const endsAt = hohhot(day, 16);
    const exhibitors = [...reportEnterprises, ...extras.slice(0, CAMPUS_FAIR.enterprises - reportEnterprises.length)];
    const fair = await tx.jobFair.create({
      data: {
        organiserId: campusSchoolId,
        title: `${CAMPUS_FAIR.title}`,
        description: "携手名企，职引未来：区内外企业进校园，提供烹饪、机电、计算机、旅游、财会、工美设计等岗位。",
        venue: "呼和浩特市商贸旅游职业学校 体育馆",
        startsAt,
        endsAt,
        boothCount: 40,
        boothsPerRow: 10,
        enterpriseRegistrationOpensAt: hohhot(`${year}-03-20`),
        enterpriseRegistrationClosesAt: hohhot(`${year}-04-14`),
        studentRegistrationOpensAt: hohhot(`${year}-04-01`),
        studentRegistrationClosesAt: hohhot(`${year}-04-20`, 18),
        allSchools: false,
        status: "CLOSED",
        createdById: userId("school"),
        schools: { create: [{ schoolId: campusSchoolId }] },
      },
      select: { id: true },
    });
    const booths = await insertBooths(tx, fair.id, exhibitors, { arrivedAt: new Date(startsAt.getTime() - HOUR / 2), decidedAt: hohhot(`${year}-04-15`), decidedById: userId("school") });
    await tx.fairBoothPosition.createMany({
      data: booths.flatMap((b) => positionsOf(b.enterpriseId).map((positionId) => ({ boothId: b.id, positionId }))),
    });
    // Its students of that spring: the graduating class (now graduated) and the year below.
    const students = await tx.student.findMany({
      where: {
        schoolId: campusSchoolId,
        userId: null,
        OR: [{ graduationYear: year, status: "GRADUATED" }, { cohortYear: newest - 2, status: "ENROLLED" }],
      },
      orderBy: { id: "asc" },
      select: { id: true },
      take: 520,
    });
    const registrations = await insertRegistrations(tx, fair.id, students.map((s) => s.id), {
      registeredAt: (i) => new Date(hohhot(`${year}-04-01`).getTime() + (i % 19) * DAY + (i % 7) * HOUR),
      cancelled: (i) => i % 26 === 25,
      checkedIn: (i) => i % 7 !== 3,
      checkedInAt: (i) => new Date(startsAt.getTime() + (i % 300) * 40_000),
      scannerId: userId("school"),
    });
    const inside = registrations.filter((r) => r.checkedInAt !== null);
    created += 1;

    // Applications at the fair: 180 of the students inside, each to a position of a booth, one a student.
    const boothOf = new Map(booths.map((b) => [b.enterpriseId, b.id]));
    // Only positions still taking applications, and a hire only where the position keeps a seat free
    // (as the demo applications do: no position is filled to its headcount, or it would have closed).
    const fairPositions = demoPositions.filter((p) => boothOf.has(p.enterpriseId) && p.status === "PUBLISHED");
    const taken = new Set((await tx.application.findMany({ where: { studentId: { in: inside.map((r) => r.studentId) } }, select: { studentId: true, positionId: true } })).map((a) => `${a.positionId}:${a.studentId}`));
    const hired = new Map(
      (await tx.application.groupBy({ by: ["positionId"], where: { status: "ACCEPTED" }, _count: { _all: true } })).map((g) => [g.positionId, g._count._all]),
    );
    const planned = inside.slice(0, 180).flatMap((r, i) => {
      const hires = outcome(i).status === "ACCEPTED";
      for (let k = 0; k < fairPositions.length; k++) {
        const p = fairPositions[(i * 7 + k) % fairPositions.length]!;
        if (taken.has(`${p.id}:${r.studentId}`)) continue;
        if (hires && (hired.get(p.id) ?? 0) + 1 >= p.headcount) continue;
        if (hires) hired.set(p.id, (hired.get(p.id) ?? 0) + 1);
        return [{ studentId: r.studentId, position: p, i }];
      }
      return [];
    });
    const apps = await tx.application.createManyAndReturn({
      data: planned.map((a) => ({ positionId: a.position.id, studentId: a.studentId, fairId: fair.id, status: outcome(a.i).status, createdAt: new Date(startsAt.getTime() + (a.i % 6) * HOUR) })),
      select: { id: true, studentId: true, positionId: true },
    });
    const appOf = new Map(apps.map((a) => [`${a.positionId}:${a.studentId}`, a.id]));
    await tx.applicationEvent.createMany({
      data: planned.flatMap((a) => {
        const id = appOf.get(`${a.position.id}:${a.studentId}`)!;
        const steps = outcome(a.i).steps;
        const applied = new Date(startsAt.getTime() + (a.i % 6) * HOUR);
        return steps.map(([to, days], k) => ({
          applicationId: id,
          fromStatus: k === 0 ? null : steps[k - 1]![0],
          toStatus: to,
          createdAt: days === 0 ? applied : new Date(endsAt.getTime() + days * DAY + (a.i % 5) * HOUR),
        }));
      }),
    });
    // Each enterprise's staff account hears of what students did at its positions (applied, answered an
    // offer), as the demo applications' enterprises do; all but each application's latest have been read.
    const staffOf = new Map(
      // Ordered as demo-applications.ts orders them, so both pick the same account of an enterprise.
      (await tx.user.findMany({ where: { role: "ENTERPRISE_STAFF" }, orderBy: { id: "desc" }, select: { id: true, organisationId: true } })).map((u) => [
        u.organisationId,
        u.id,
      ]),
    );
    const people = new Map(
      (
        await tx.student.findMany({
          where: { id: { in: planned.map((a) => a.studentId) } },
          select: { id: true, name: true, school: { select: { organisation: { select: { name: true } } } } },
        })
      ).map((st) => [st.id, st]),
    );
    await tx.notification.createMany({
      data: planned.flatMap((a) => {
        const staff = staffOf.get(a.position.enterpriseId);
        const person = people.get(a.studentId)!;
        if (staff === undefined) return [];
        const steps = outcome(a.i).steps;
        const subject = {
          applicationId: appOf.get(`${a.position.id}:${a.studentId}`)!,
          positionId: a.position.id,
          title: a.position.title,
          student: person.name,
          school: person.school.organisation.name,
        };
        return steps.flatMap(([to, days], k) => {
          const notice = staffNotice(to, subject, null);
          if (!notice) return [];
          const at = days === 0 ? new Date(startsAt.getTime() + (a.i % 6) * HOUR) : new Date(endsAt.getTime() + days * DAY + (a.i % 5) * HOUR);
          return [{ userId: staff, ...notice, createdAt: at, readAt: k < steps.length - 1 ? new Date(at.getTime() + HOUR) : null }];
        });
      }),
    });
    // Leads: the first 60 applications came from a booth scan the student confirmed; 40 more students
    // were scanned at a booth and ignored it, 20 have not answered.
    const leadRows: Prisma.FairLeadCreateManyInput[] = planned.slice(0, 60).map((a) => ({
      fairId: fair.id,
      boothId: boothOf.get(a.position.enterpriseId)!,
      studentId: a.studentId,
      positionId: a.position.id,
      status: "CONFIRMED",
      applicationId: appOf.get(`${a.position.id}:${a.studentId}`)!,
      rating: 3 + (a.i % 3),
      createdAt: new Date(startsAt.getTime() + (a.i % 6) * HOUR - 10 * 60_000),
      decidedAt: new Date(startsAt.getTime() + (a.i % 6) * HOUR),
    }));
    inside.slice(180, 240).forEach((r, k) => {
      const booth = booths[k % booths.length]!;
      leadRows.push({
        fairId: fair.id,
        boothId: booth.id,
        studentId: r.studentId,
        status: k < 40 ? "DISMISSED" : "PENDING",
        rating: 2 + (k % 4),
        note: k % 3 === 0 ? "沟通顺畅，可安排面试" : null,
        createdAt: new Date(startsAt.getTime() + (k % 6) * HOUR),
        decidedAt: k < 40 ? new Date(endsAt.getTime() + 2 * DAY) : null,
      });
    });
    await tx.fairLead.createMany({ data: leadRows });
  }

  // ---------------------------------------------------------------- 职教活动周 (7.8.2)
  {
    const first = `${year}-05-14`;
    const startsAt = hohhot(first, 9);
    const endsAt = new Date(hohhot(first, 17).getTime() + 6 * DAY);
    const exhibitors = [...reportEnterprises, ...extras].slice(0, ACTIVITY_WEEK.enterprises);
    const fair = await tx.jobFair.create({
      data: {
        organiserId: bureauId,
        title: `${year}年${ACTIVITY_WEEK.title}`,
        description: "“技能，让生活更美好”：全市中等职业教育活动周，职业学校与企业集中展示、现场对接。",
        venue: ACTIVITY_WEEK.venue,
        district: "XINCHENG",
        startsAt,
        endsAt,
        boothCount: 60,
        boothsPerRow: 10,
        enterpriseRegistrationOpensAt: hohhot(`${year}-04-10`),
        enterpriseRegistrationClosesAt: hohhot(`${year}-05-07`),
        studentRegistrationOpensAt: hohhot(`${year}-04-20`),
        studentRegistrationClosesAt: hohhot(`${year}-05-13`, 18),
        allSchools: true,
        status: "CLOSED",
        createdById: userId("bureau"),
      },
      select: { id: true },
    });
    await insertBooths(tx, fair.id, exhibitors, { arrivedAt: new Date(startsAt.getTime() - HOUR), decidedAt: hohhot(`${year}-05-08`), decidedById: userId("bureau") });
    // 18,809 of the students in school that May (the graduating class and the two below it), a fixed
    // spread over all 34 schools: every student with the smallest hash of its id.
    const pool = await tx.student.findMany({
      where: { userId: null, OR: [{ graduationYear: year, status: "GRADUATED" }, { cohortYear: { in: [newest - 1, newest - 2] }, status: "ENROLLED" }] },
      select: { id: true },
      orderBy: { id: "asc" },
    });
    const chosen = pool
      .map((s) => ({ id: s.id, key: Math.imul(s.id, 2654435761) >>> 0 }))
      .sort((a, b) => a.key - b.key || a.id - b.id)
      .slice(0, ACTIVITY_WEEK.students)
      .map((s) => s.id)
      .sort((a, b) => a - b);
    await insertRegistrations(tx, fair.id, chosen, {
      registeredAt: (i) => new Date(hohhot(`${year}-04-20`).getTime() + (i % 23) * DAY),
      cancelled: () => false,
      checkedIn: () => true,
      checkedInAt: (i) => new Date(startsAt.getTime() + (i % 7) * DAY + (i % 480) * 60_000),
      scannerId: userId("bureau"),
    });
    created += 1;
  }

  // ---------------------------------------------------------------- upcoming: the demo school's, 报名中
  {
    const day = isoPlus(today, 14);
    const startsAt = hohhot(day, 9);
    const fair = await tx.jobFair.create({
      data: {
        organiserId: campusSchoolId,
        title: "冬季校园双选会",
        description: "面向本校及食品与医药卫生学校学生的双选会：餐饮、酒店、旅游、财会等岗位。",
        venue: "呼和浩特市商贸旅游职业学校 体育馆",
        startsAt,
        endsAt: hohhot(day, 16),
        boothCount: 30,
        boothsPerRow: 10,
        enterpriseRegistrationOpensAt: hohhot(isoPlus(today, -7)),
        enterpriseRegistrationClosesAt: hohhot(isoPlus(today, 10)),
        studentRegistrationOpensAt: hohhot(isoPlus(today, -3)),
        studentRegistrationClosesAt: startsAt,
        status: "OPEN",
        createdById: userId("school"),
        schools: { create: [{ schoolId: campusSchoolId }, { schoolId: school2Id }] },
      },
      select: { id: true },
    });
    const xibei = await orgId(account("enterprise").organisation);
    const shangriLa = await orgId(account("enterprise2").organisation);
    const [approved] = await insertBooths(tx, fair.id, [xibei], { arrivedAt: null, decidedAt: hohhot(isoPlus(today, -2)), decidedById: userId("school") });
    const published = demoPositions.filter((p) => p.enterpriseId === xibei && p.status === "PUBLISHED").slice(0, 3);
    await tx.fairBoothPosition.createMany({ data: published.map((p) => ({ boothId: approved!.id, positionId: p.id })) });
    await tx.fairBooth.create({
      data: { fairId: fair.id, enterpriseId: shangriLa, status: "REQUESTED", representatives: 3, note: "希望展位靠近入口", requestedById: userId("enterprise2"), createdAt: hohhot(isoPlus(today, -1)) },
    });
    created += 1;
  }

  // ---------------------------------------------------------------- today: the bureau's, 进行中
  {
    const startsAt = hohhot(today, 9);
    const fair = await tx.jobFair.create({
      data: {
        organiserId: bureauId,
        title: "首府中职学生就业双选会",
        description: "市教育局主办，面向全市中职学校学生，今日举行。",
        venue: "呼和浩特市职业教育实训基地 综合馆",
        district: "SAIHAN",
        startsAt,
        endsAt: hohhot(today, 17),
        boothCount: 20,
        boothsPerRow: 5,
        enterpriseRegistrationOpensAt: hohhot(isoPlus(today, -21)),
        enterpriseRegistrationClosesAt: hohhot(isoPlus(today, -3)),
        studentRegistrationOpensAt: hohhot(isoPlus(today, -14)),
        studentRegistrationClosesAt: startsAt,
        allSchools: true,
        status: "RUNNING",
        createdById: userId("bureau"),
      },
      select: { id: true },
    });
    const exhibitors = reportEnterprises.slice(0, 10);
    const booths = await insertBooths(tx, fair.id, exhibitors, { arrivedAt: null, decidedAt: hohhot(isoPlus(today, -4)), decidedById: userId("bureau") });
    await tx.fairBooth.updateMany({ where: { id: { in: booths.slice(0, 7).map((b) => b.id) } }, data: { arrivedAt: new Date(startsAt.getTime() - HOUR / 2) } });
    await tx.fairBoothPosition.createMany({
      data: booths.flatMap((b) =>
        demoPositions
          .filter((p) => p.enterpriseId === b.enterpriseId && p.status === "PUBLISHED")
          .slice(0, 3)
          .map((p) => ({ boothId: b.id, positionId: p.id })),
      ),
    });
    const demoStudent = await tx.student.findFirst({ where: { user: { username: "student" } }, select: { id: true } });
    const others = await tx.student.findMany({ where: { userId: null, status: "ENROLLED", cohortYear: newest - 2 }, orderBy: { id: "desc" }, take: 200, select: { id: true } });
    const checkedInBefore = new Date(Math.min(Date.now(), startsAt.getTime() + 2 * HOUR));
    await insertRegistrations(tx, fair.id, [...(demoStudent ? [demoStudent.id] : []), ...others.map((s) => s.id)], {
      registeredAt: (i) => new Date(hohhot(isoPlus(today, -14)).getTime() + (i % 13) * DAY),
      cancelled: (i) => i > 0 && i % 40 === 0,
      // The demo student (first) waits at the entrance; 120 others are inside if the fair has begun.
      checkedIn: (i) => i > 0 && i <= 120 && Date.now() >= startsAt.getTime(),
      checkedInAt: (i) => new Date(Math.min(checkedInBefore.getTime(), startsAt.getTime() + i * 45_000)),
      scannerId: userId("bureau"),
    });
    created += 1;
  }
  return created;
}

/** An application's path from the fair: [status, days after the fair's end] (0 = at the fair). */
function outcome(i: number): { status: "OFFER" | "ACCEPTED" | "DECLINED" | "REJECTED" | "WITHDRAWN"; steps: Array<[Prisma.ApplicationEventCreateManyInput["toStatus"], number]> } {
  const upTo = (offer: number): Array<[Prisma.ApplicationEventCreateManyInput["toStatus"], number]> => [
    ["SUBMITTED", 0],
    ["VIEWED", 2],
    ["INTERVIEW", Math.min(7, offer - 1)],
    ["OFFER", offer],
  ];
  switch (i % 10) {
    case 0:
    case 1:
      return { status: "ACCEPTED", steps: [...upTo(12), ["ACCEPTED", 20]] }; // hired within 30 days
    case 2:
      return { status: "ACCEPTED", steps: [...upTo(25), ["ACCEPTED", 45]] }; // offered within 30, hired within 90
    case 3:
      return { status: "ACCEPTED", steps: [...upTo(50), ["ACCEPTED", 80]] }; // both within 90
    case 4:
      return { status: "DECLINED", steps: [...upTo(60), ["DECLINED", 65]] };
    case 5:
      return { status: "ACCEPTED", steps: [...upTo(100), ["ACCEPTED", 110]] }; // after 90 days: counted in neither
    case 6:
      return { status: "OFFER", steps: upTo(28) }; // offered within 30, never answered
    case 7:
      return { status: "WITHDRAWN", steps: [["SUBMITTED", 0], ["WITHDRAWN", 5]] };
    case 8:
      return { status: "REJECTED", steps: [["SUBMITTED", 0], ["VIEWED", 2], ["REJECTED", 6]] };
    default:
      return { status: "REJECTED", steps: [["SUBMITTED", 0], ["REJECTED", 3]] };
  }
}

async function insertBooths(
  tx: Prisma.TransactionClient,
  fairId: number,
  enterpriseIds: number[],
  at: { arrivedAt: Date | null; decidedAt: Date; decidedById: number | null },
) {
  return tx.fairBooth.createManyAndReturn({
    data: enterpriseIds.map((enterpriseId, i) => ({
      fairId,
      enterpriseId,
      status: "APPROVED" as const,
      representatives: 2 + (i % 3),
      boothNo: i + 1,
      arrivedAt: at.arrivedAt,
      decidedAt: at.decidedAt,
      decidedById: at.decidedById,
      createdAt: new Date(at.decidedAt.getTime() - 3 * DAY),
    })),
    select: { id: true, enterpriseId: true },
  });
}

/** Registrations (and, for each check-in, its accepted scan) in batches; returns what it wrote. */
async function insertRegistrations(
  tx: Prisma.TransactionClient,
  fairId: number,
  studentIds: number[],
  plan: { registeredAt: (i: number) => Date; cancelled: (i: number) => boolean; checkedIn: (i: number) => boolean; checkedInAt: (i: number) => Date; scannerId: number | null },
) {
  const rows = studentIds.map((studentId, i) => {
    const cancelled = plan.cancelled(i);
    const checkedIn = !cancelled && plan.checkedIn(i);
    return {
      fairId,
      studentId,
      registeredAt: plan.registeredAt(i),
      cancelledAt: cancelled ? new Date(plan.registeredAt(i).getTime() + 2 * DAY) : null,
      checkedInAt: checkedIn ? plan.checkedInAt(i) : null,
      checkedInById: checkedIn ? plan.scannerId : null,
    };
  });
  const written: Array<{ id: number; studentId: number; checkedInAt: Date | null }> = [];
  for (let i = 0; i < rows.length; i += 4000) {
    written.push(...(await tx.fairRegistration.createManyAndReturn({ data: rows.slice(i, i + 4000), select: { id: true, studentId: true, checkedInAt: true } })));
  }
  const order = new Map(studentIds.map((id, i) => [id, i]));
  written.sort((a, b) => order.get(a.studentId)! - order.get(b.studentId)!);
  const scans = written.filter((r) => r.checkedInAt !== null);
  if (plan.scannerId !== null) {
    for (let i = 0; i < scans.length; i += 4000) {
      await tx.fairScan.createMany({
        data: scans.slice(i, i + 4000).map((r) => ({
          fairId,
          scannerId: plan.scannerId!,
          nonce: `seed-${fairId}-${r.id}`,
          code: `F${fairId}-R${r.id}`,
          outcome: "CHECKED_IN" as const,
          registrationId: r.id,
          scannedAt: r.checkedInAt!,
          receivedAt: r.checkedInAt!,
        })),
      });
    }
  }
  return written;
}

function isoPlus(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
