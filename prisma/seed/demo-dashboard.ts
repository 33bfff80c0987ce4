import type { AgreementKind, AgreementStatus, Prisma, PrismaClient } from "~/generated/prisma/client";
import { DEMO_MARK } from "./positions/generate";

// The partnership dashboard's demo (issue 13 item 6; decision 0015 "Partnership dashboard"). The
// report's agreements and the internship-base agreements of demo-placements.ts are all in force, run
// for years and have placements, order-classes or fair booths under them, so on their own the
// dashboard's panels for idle, expiring, expired and proposed agreements would be empty. These few
// agreements are made up (their titles start with DEMO_MARK) between the seed's schools and enterprises:
//  - 3 校企合作 signed two years ago under pairs with no order-class, placement, application, booth at the
//    school's fair, lead of the school's students or teacher practice at all (chosen from the data) → 12个月无活动;
//  - 2 实训基地 agreements under the 西贝 order-class pairs, ending 30 and 75 days from today → 90天内到期;
//  - 1 产业学院 agreement that ended 60 days ago → 已到期; 1 订单班 proposal by 香格里拉 → 待确认.
// Idempotent: each agreement is looked for by its school, enterprise and title before it is written.

const LOCK = 72707385;
const DAY = 86_400_000;

type Planned = {
  schoolId: number;
  enterpriseId: number;
  kind: AgreementKind;
  title: string;
  status: AgreementStatus;
  startsOn: Date;
  endsOn: Date;
  proposedBy: "SCHOOL" | "ENTERPRISE";
};

export async function seedDemoDashboard(prisma: PrismaClient, today: string): Promise<{ created: number }> {
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      const planned = await plan(tx, today);
      const recently = new Date(new Date(`${today}T00:00:00Z`).getTime() - 3 * DAY + 2 * 3_600_000); // 10:00 three days ago
      let created = 0;
      for (const p of planned) {
        const exists = await tx.partnershipAgreement.count({ where: { schoolId: p.schoolId, enterpriseId: p.enterpriseId, title: p.title } });
        if (exists > 0) continue;
        // Signed ones were proposed a month before they started; the open proposal three days ago.
        const proposedAt = p.status === "PROPOSED" ? recently : new Date(p.startsOn.getTime() - 30 * DAY + 2 * 3_600_000);
        const events: Prisma.AgreementEventCreateWithoutAgreementInput[] = [{ fromStatus: null, toStatus: "PROPOSED", createdAt: proposedAt }];
        if (p.status !== "PROPOSED") events.push({ fromStatus: "PROPOSED", toStatus: p.status, createdAt: new Date(proposedAt.getTime() + 20 * DAY) });
        await tx.partnershipAgreement.create({
          data: {
            schoolId: p.schoolId,
            enterpriseId: p.enterpriseId,
            kind: p.kind,
            title: p.title,
            status: p.status,
            proposedBy: p.proposedBy,
            startsOn: p.startsOn,
            endsOn: p.endsOn,
            signedOn: p.status === "PROPOSED" ? null : new Date(p.startsOn.getTime() - 10 * DAY),
            createdAt: proposedAt,
            events: { create: events },
          },
        });
        created += 1;
      }
      return { created };
    },
    { timeout: 120_000, maxWait: 60_000 },
  );
}

async function plan(tx: Prisma.TransactionClient, today: string): Promise<Planned[]> {
  const t = new Date(`${today}T00:00:00Z`);
  const monthStart = (yearsBack: number) => new Date(Date.UTC(t.getUTCFullYear() - yearsBack, t.getUTCMonth(), 1));
  const fromToday = (days: number) => new Date(t.getTime() + days * DAY);
  const idOf = async (name: string) => (await tx.organisation.findUnique({ where: { name }, select: { id: true } }))?.id ?? null;
  const planned: Planned[] = [];

  // Quiet pairs: a school and an enterprise with nothing at all between them; one pair per school, the first three schools (in the seed's order) with such an enterprise, its first by name.
  const titleIdle = `${DEMO_MARK}校企合作协议`;
  const already = await tx.partnershipAgreement.findMany({ where: { title: titleIdle }, select: { schoolId: true, enterpriseId: true } });
  const quiet =
    already.length > 0
      ? already
      : await tx.$queryRaw<Array<{ schoolId: number; enterpriseId: number }>>`
          WITH busy AS (
            SELECT "schoolId", "enterpriseId" FROM "PartnershipAgreement"
            UNION SELECT "schoolId", "enterpriseId" FROM "OrderClass"
            UNION SELECT "schoolId", "enterpriseId" FROM "InternshipPlacement"
            UNION SELECT "schoolId", "hostEnterpriseId" FROM "TeacherPlacement"
            UNION SELECT f."organiserId", b."enterpriseId" FROM "FairBooth" b JOIN "JobFair" f ON f.id = b."fairId"
            UNION SELECT st."schoolId", b."enterpriseId" FROM "FairLead" l JOIN "FairBooth" b ON b.id = l."boothId" JOIN "Student" st ON st.id = l."studentId"
            UNION SELECT st."schoolId", po."enterpriseId" FROM "Application" ap
                    JOIN "Position" po ON po.id = ap."positionId" JOIN "Student" st ON st.id = ap."studentId"
          ),
          quiet AS (
            SELECT e."organisationId" AS id, eo.name FROM "Enterprise" e JOIN "Organisation" eo ON eo.id = e."organisationId"
            WHERE e.standing = 'VERIFIED'
          )
          SELECT DISTINCT ON (s."organisationId") s."organisationId" AS "schoolId", q.id AS "enterpriseId"
          FROM "School" s CROSS JOIN quiet q
          WHERE NOT EXISTS (SELECT 1 FROM busy b WHERE b."schoolId" = s."organisationId" AND b."enterpriseId" = q.id)
          ORDER BY s."organisationId", q.name
          LIMIT 3`;
  for (const q of quiet.slice(0, 3)) {
    planned.push({ ...q, kind: "COOPERATION", title: titleIdle, status: "ACTIVE", startsOn: monthStart(2), endsOn: fromToday(3 * 365), proposedBy: "SCHOOL" });
  }

  const food = await idOf("呼和浩特市食品与医药卫生学校");
  const trade = await idOf("呼和浩特市商贸旅游职业学校");
  const xibei = await idOf("西贝餐饮集团");
  const sheraton = await idOf("喜来登呼和浩特酒店");
  const shangri = await idOf("香格里拉大酒店（呼和浩特）有限公司");
  const base = { status: "ACTIVE" as const, proposedBy: "SCHOOL" as const, startsOn: monthStart(3) };
  if (food && xibei) planned.push({ ...base, schoolId: food, enterpriseId: xibei, kind: "TRAINING_BASE", title: `${DEMO_MARK}实训基地共建协议`, endsOn: fromToday(30) });
  if (trade && xibei) planned.push({ ...base, schoolId: trade, enterpriseId: xibei, kind: "TRAINING_BASE", title: `${DEMO_MARK}实训基地共建协议`, endsOn: fromToday(75) });
  if (food && sheraton) planned.push({ ...base, schoolId: food, enterpriseId: sheraton, kind: "INDUSTRY_COLLEGE", title: `${DEMO_MARK}产业学院共建协议`, endsOn: fromToday(-60) });
  if (trade && shangri)
    planned.push({
      schoolId: trade,
      enterpriseId: shangri,
      kind: "ORDER_CLASS",
      title: `${DEMO_MARK}订单班合作协议`,
      status: "PROPOSED",
      proposedBy: "ENTERPRISE",
      startsOn: fromToday(60),
      endsOn: fromToday(60 + 3 * 365),
    });
  return planned;
}
