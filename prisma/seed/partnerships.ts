import type { Prisma } from "~/generated/prisma/client";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import type { OfferingRow } from "./generate";
import { ENTERPRISE_FACTS } from "./hosts";
import { AGREEMENTS, REPORT_YEAR_START } from "./report-2023";

// The report's agreements (3.1, 6.3) as the platform keeps agreements (issue 11 item 2): programs,
// term, and the history proposed → active. The report dates none and names no program; both are
// demo design (推测), stated here:
//  - every agreement starts on REPORT_YEAR_START (seed.ts writes it), was proposed by the school a
//    month before and confirmed by the enterprise ten days before, and was signed that day;
//  - an order-class or apprenticeship agreement for a class runs until the class graduates (the
//    June of its cohort + 3, moved like the class's students by yearsSinceReport), every other one
//    five years, to the end of REPORT_YEAR_START + 4 (校企合作协议 are commonly signed for 3–5 years);
//  - the programs are the class's own, or else those the school offers that the enterprise's posts
//    take (hosts.ts), or else every program the school offers in the enterprise's line.
// Runs inside seed.ts's transaction, after the agreements are created; it leaves their order-classes alone.

type Tx = Prisma.TransactionClient;
const DAY_MS = 86_400_000;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
/** 10:00 in Hohhot (UTC+8) on `date` */
const office = (date: Date) => new Date(date.getTime() + 2 * 3_600_000);

/** Programs an enterprise's demo interns and apprentices come from, beyond its posts' (hosts.ts). */
const EXTRA_PROGRAMS: Readonly<Record<string, readonly string[]>> = {
  // 3.1 lists the Shangri-La in Baotou beside the Hohhot one: the same kitchen and service trades.
  "香格里拉（包头）有限公司": ["中餐烹饪", "西餐烹饪", "中西面点", "高星级饭店运营与管理"],
};

export function programsOfEnterprise(name: string): Set<string> {
  const facts = ENTERPRISE_FACTS[name];
  return new Set([...(facts?.posts ?? []).flatMap((p) => p.programs), ...(EXTRA_PROGRAMS[name] ?? [])]);
}

export async function writeReportPartnerships(
  tx: Tx,
  input: {
    agreementIds: number[];
    programId: Map<string, number>;
    userId: Map<string, number>;
    offerings: OfferingRow[];
    shift: number;
  },
) {
  const { agreementIds, programId, userId, offerings, shift } = input;
  const accountOf = (organisation: string, role: string) => {
    const account = DEMO_ACCOUNTS.find((a) => a.organisation === organisation && a.role === role);
    return account ? userId.get(account.username) ?? null : null;
  };
  const startsOn = day(REPORT_YEAR_START);
  const proposedAt = office(new Date(startsOn.getTime() - 30 * DAY_MS));
  const confirmedOn = new Date(startsOn.getTime() - 10 * DAY_MS);
  const fiveYears = day(`${Number(REPORT_YEAR_START.slice(0, 4)) + 4}-12-31`);

  const programRows: { agreementId: number; programId: number }[] = [];
  const events: Prisma.AgreementEventCreateManyInput[] = [];
  for (const [i, a] of AGREEMENTS.entries()) {
    const id = agreementIds[i]!;
    const offered = offerings.filter((o) => o.school === a.school).map((o) => o.program);
    const fits = programsOfEnterprise(a.enterprise);
    const programs = a.orderClass ? [a.orderClass.program] : offered.filter((p) => fits.has(p));
    if (programs.length === 0) throw new Error(`协议 ${a.school}×${a.enterprise}: 找不到对口专业`);
    programRows.push(...programs.map((p) => ({ agreementId: id, programId: programId.get(p)! })));
    const endsOn = a.orderClass ? day(`${a.orderClass.cohortYear + shift + 3}-06-30`) : fiveYears;
    await tx.partnershipAgreement.update({
      where: { id },
      data: { endsOn, signedOn: confirmedOn, proposedBy: "SCHOOL", createdAt: proposedAt },
    });
    events.push(
      { agreementId: id, fromStatus: null, toStatus: "PROPOSED", actorId: accountOf(a.school, "SCHOOL_STAFF"), createdAt: proposedAt },
      { agreementId: id, fromStatus: "PROPOSED", toStatus: "ACTIVE", actorId: accountOf(a.enterprise, "ENTERPRISE_STAFF"), createdAt: office(confirmedOn) },
    );
  }
  await tx.agreementProgram.createMany({ data: programRows, skipDuplicates: true });
  await tx.agreementEvent.createMany({ data: events });
}
