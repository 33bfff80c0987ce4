import { beforeAll, describe, expect, it } from "vitest";
import { BUSINESS_CATEGORIES, BUSINESS_CATEGORY_VALUES } from "~/lib/business-categories";
import { isCreditCode } from "~/lib/credit-code";
import { positionSearchFor } from "~/lib/position-search.server";
import { seedDemo } from "../../prisma/seed/demo";
import { planDemoPlacements, seedDemoPlacements } from "../../prisma/seed/demo-placements";
import { useTestDatabase } from "../support/test-database";

// Issue 11 item 7, the demo's enterprises, partnerships and 岗位实习 placements, read back from the
// database with plain SQL. The rules of 《职业学校学生实习管理规定》(教职成〔2021〕4号) are computed here
// from the rows, by what they say, with no app or seed code: 10% of the host's staff, 20% of the
// post's, pay at least 80% of the post's regular wage, 8 h/day and 40 h/week, six months, insurance
// over the whole placement paid by the school or the host, the tripartite agreement before the start,
// guardian consent under 18, at least 16, not in the first year. Credit codes and business categories
// are checked with the app's own validators (app/lib), which the seed may not import.

const TODAY = "2026-11-29"; // the seed's day, fixed; the cohorts it puts in school are typed below
const SECOND_YEAR = 2025; // 2026级 is the first year on 2026-11-29, 2025级 the second, 2024级 the third
const THIRD_YEAR = 2024;

const t = useTestDatabase();
let printed: { placementsCreated: number; placements: Record<string, number> };

beforeAll(async () => {
  const started = performance.now();
  printed = await seedDemo(t.db.prisma, positionSearchFor(t.db.prisma), TODAY);
  console.log(`demo seed with placements on ${t.db.kind}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);

const rows = <T = Record<string, unknown>>(sql: string, params?: unknown[]) => t.db.sql.query<T>(sql, params);
async function count(sql: string, params?: unknown[]): Promise<number> {
  const [row] = await rows<{ n: number }>(sql, params);
  return Number(row!.n);
}

describe("demo enterprises", () => {
  it("each has a 统一社会信用代码 the app accepts, and no two share one", async () => {
    const codes = await rows<{ name: string; code: string | null }>(
      `SELECT o.name, e."creditCode" AS code FROM "Enterprise" e JOIN "Organisation" o ON o.id = e."organisationId"`,
    );
    expect(codes.length).toBeGreaterThanOrEqual(20);
    for (const { name, code } of codes) {
      expect(code, name).toMatch(/^.{18}$/);
      expect(isCreditCode(code!), `${name} ${code}`).toBe(true);
    }
    expect(new Set(codes.map((c) => c.code)).size).toBe(codes.length);
  });

  it("the checker the test trusts refuses a code with a wrong check character", async () => {
    const [{ code }] = (await rows<{ code: string }>(`SELECT "creditCode" AS code FROM "Enterprise" ORDER BY "organisationId" LIMIT 1`)) as [{ code: string }];
    const wrong = code.slice(0, 17) + (code[17] === "0" ? "1" : "0");
    expect(isCreditCode(wrong)).toBe(false);
  });

  it("each has a staff count and a business category from the app's list, none a forbidden venue", async () => {
    const enterprises = await rows<{ name: string; staff: number | null; category: string | null }>(
      `SELECT o.name, e."staffCount" AS staff, e."businessCategory" AS category FROM "Enterprise" e JOIN "Organisation" o ON o.id = e."organisationId"`,
    );
    const forbidden = new Set(BUSINESS_CATEGORIES.filter((c) => c.forbidden).map((c) => c.value));
    for (const e of enterprises) {
      expect(Number(e.staff), e.name).toBeGreaterThan(0);
      expect(BUSINESS_CATEGORY_VALUES, e.name).toContain(e.category);
      expect(forbidden.has(e.category!), e.name).toBe(false);
    }
    // the report's hosts by trade: 西贝 caters, the hotels lodge, the power plant makes energy
    const category = (name: string) => enterprises.find((e) => e.name === name)?.category;
    expect(category("西贝餐饮集团")).toBe("CATERING");
    expect(category("香格里拉大酒店（呼和浩特）有限公司")).toBe("HOTEL");
    expect(category("内蒙古大唐国际托克托发电有限公司")).toBe("ENERGY");
  });

  it("every host has posts with staff and a regular wage, and each placement is on one of its host's posts", async () => {
    expect(await count(`SELECT count(*)::int AS n FROM "EnterprisePost" WHERE "staffCount" <= 0 OR "regularWage" IS NULL OR "regularWage" < 2000`)).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM "InternshipPlacement" p LEFT JOIN "EnterprisePost" ep ON ep.id = p."enterprisePostId"
                   WHERE ep.id IS NULL OR ep."enterpriseId" <> p."enterpriseId" OR ep.name <> p.post OR ep."regularWage" <> p."regularWage"`),
    ).toBe(0);
  });
});

describe("the report's partnerships and the internship bases", () => {
  it("the report's agreements run from 2023-01-01 to a later end, with programs and the history proposed → active", async () => {
    const agreements = await rows<{ id: number; starts: string; ends: string | null; signed: string | null; programs: number; history: string }>(
      `SELECT a.id, a."startsOn"::text AS starts, a."endsOn"::text AS ends, a."signedOn"::text AS signed,
              (SELECT count(*)::int FROM "AgreementProgram" ap WHERE ap."agreementId" = a.id) AS programs,
              (SELECT string_agg(coalesce(ev."fromStatus"::text, '-') || '>' || ev."toStatus"::text, ' ' ORDER BY ev."createdAt", ev.id)
                 FROM "AgreementEvent" ev WHERE ev."agreementId" = a.id) AS history
       FROM "PartnershipAgreement" a WHERE a.kind <> 'INTERNSHIP_BASE' AND a.status = 'ACTIVE'
         AND a.title NOT LIKE '示例·%'`, // demo-dashboard.ts's made-up agreements are not the report's
    );
    expect(agreements).toHaveLength(9); // 3.1: four 校企合作 and the 西贝工匠班; 6.3: two 西贝喜悦班, 二十二冶 and 测绘院
    for (const a of agreements) {
      expect(a.starts, `agreement ${a.id}`).toBe("2023-01-01");
      expect(a.ends! > a.starts, `agreement ${a.id}`).toBe(true);
      expect(a.signed! <= a.starts, `agreement ${a.id}`).toBe(true);
      expect(Number(a.programs), `agreement ${a.id}`).toBeGreaterThan(0);
      expect(a.history, `agreement ${a.id}`).toBe("->PROPOSED PROPOSED>ACTIVE");
    }
  });

  it("every school places students only with hosts it has an internship-base agreement with, in force over the placement, for the student's program", async () => {
    const uncovered = await rows<{ id: number }>(
      `SELECT p.id FROM "InternshipPlacement" p JOIN "Student" st ON st.id = p."studentId" JOIN "SchoolProgram" sp ON sp.id = st."schoolProgramId"
       WHERE NOT EXISTS (
         SELECT 1 FROM "PartnershipAgreement" a JOIN "AgreementProgram" ap ON ap."agreementId" = a.id
         WHERE a."schoolId" = p."schoolId" AND a."enterpriseId" = p."enterpriseId" AND a.kind = 'INTERNSHIP_BASE' AND a.status = 'ACTIVE'
           AND a."startsOn" <= p."startsOn" AND a."endsOn" >= p."endsOn" AND ap."programId" = sp."programId")`,
    );
    expect(uncovered).toEqual([]);
    expect(
      await count(`SELECT count(*)::int AS n FROM "PartnershipAgreement" a WHERE a.kind = 'INTERNSHIP_BASE' AND
                     (SELECT string_agg(coalesce(ev."fromStatus"::text, '-') || '>' || ev."toStatus"::text, ' ' ORDER BY ev."createdAt", ev.id)
                      FROM "AgreementEvent" ev WHERE ev."agreementId" = a.id) IS DISTINCT FROM '->PROPOSED PROPOSED>ACTIVE'`),
    ).toBe(0);
  });
});

type Placement = {
  id: number;
  status: string;
  cohort: number;
  birth: string;
  starts: string;
  ends: string;
  extension: string | null;
  daily: string;
  weekly: string;
  night: boolean;
  overtime: boolean;
  holiday: boolean;
  pay: number;
  wage: number;
  tripartite: string | null;
  consent: string | null;
  insFrom: string | null;
  insTo: string | null;
  payer: string | null;
  policy: string | null;
  standing: string;
  category: string | null;
  enterpriseId: number;
  postId: number;
  hostStaff: number;
  postStaff: number;
};

async function placements(): Promise<Placement[]> {
  return rows<Placement>(
    `SELECT p.id, p.status::text AS status, st."cohortYear" AS cohort, st."birthDate"::text AS birth, p."startsOn"::text AS starts, p."endsOn"::text AS ends,
            p."extensionReason" AS extension, p."dailyHours"::text AS daily, p."weeklyHours"::text AS weekly, p."nightShifts" AS night, p.overtime, p."holidayWork" AS holiday,
            p."monthlyPay" AS pay, ep."regularWage" AS wage, p."tripartiteSignedOn"::text AS tripartite, p."guardianConsentOn"::text AS consent,
            p."insuranceFrom"::text AS "insFrom", p."insuranceTo"::text AS "insTo", p."insurancePayer"::text AS payer, p."insurancePolicyNo" AS policy,
            e.standing::text AS standing, p."postCategory" AS category, p."enterpriseId" AS "enterpriseId", ep.id AS "postId",
            e."staffCount" AS "hostStaff", ep."staffCount" AS "postStaff"
     FROM "InternshipPlacement" p JOIN "Student" st ON st.id = p."studentId" JOIN "Enterprise" e ON e."organisationId" = p."enterpriseId"
     JOIN "EnterprisePost" ep ON ep.id = p."enterprisePostId" ORDER BY p.id`,
  );
}

/** Whole years from `birth` to `on` (YYYY-MM-DD both). */
const age = (birth: string, on: string) => Number(on.slice(0, 4)) - Number(birth.slice(0, 4)) - (on.slice(5) < birth.slice(5) ? 1 : 0);
/** The school year (its September's year) a day falls in. */
const schoolYear = (on: string) => (Number(on.slice(5, 7)) >= 9 ? Number(on.slice(0, 4)) : Number(on.slice(0, 4)) - 1);
/** The day six months after `start`, the last a six-month placement may run to is the day before. */
const sixMonthsOn = (start: string) => {
  const d = new Date(`${start}T00:00:00Z`);
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 6, d.getUTCDate())).toISOString().slice(0, 10);
};

describe("demo placements", () => {
  it("number 300 or more, in every state, and the seed's printout counts them from the rows", async () => {
    const byStatus = await rows<{ k: string; n: number }>(`SELECT status::text AS k, count(*)::int AS n FROM "InternshipPlacement" GROUP BY status`);
    const tally = Object.fromEntries(byStatus.map((r) => [r.k, Number(r.n)]));
    expect(Object.values(tally).reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(300);
    for (const state of ["PLANNED", "ACTIVE", "COMPLETED", "TERMINATED"]) expect(tally[state], state).toBeGreaterThan(0);
    expect(printed.placements).toEqual(tally);
    expect(printed.placementsCreated).toBe(Object.values(tally).reduce((a, b) => a + b, 0));
  });

  it("span many schools and hosts: every school with a fitting program is not needed, but more than ten schools and ten hosts are", async () => {
    expect(await count(`SELECT count(DISTINCT "schoolId")::int AS n FROM "InternshipPlacement"`)).toBeGreaterThan(10);
    expect(await count(`SELECT count(DISTINCT "enterpriseId")::int AS n FROM "InternshipPlacement"`)).toBeGreaterThan(10);
    expect(await count(`SELECT count(*)::int AS n FROM "InternshipPlacement" p JOIN "Student" st ON st.id = p."studentId" WHERE st."schoolId" <> p."schoolId"`)).toBe(0);
  });

  it("are of second- and third-year students, never first-year on the start day, at least 16, at verified hosts that are no forbidden venue", async () => {
    const forbidden = new Set(BUSINESS_CATEGORIES.filter((c) => c.forbidden).map((c) => c.value));
    for (const p of await placements()) {
      expect([SECOND_YEAR, THIRD_YEAR], `placement ${p.id}`).toContain(Number(p.cohort));
      const yearOfStudy = schoolYear(p.starts) - Number(p.cohort) + 1;
      expect(yearOfStudy, `placement ${p.id}`).toBeGreaterThanOrEqual(2);
      expect(yearOfStudy, `placement ${p.id}`).toBeLessThanOrEqual(3);
      expect(age(p.birth, p.starts), `placement ${p.id}`).toBeGreaterThanOrEqual(16);
      expect(p.standing, `placement ${p.id}`).toBe("VERIFIED");
      expect(forbidden.has(p.category ?? ""), `placement ${p.id}`).toBe(false);
    }
  });

  it("no ACTIVE placement breaks the 10%-of-staff, 20%-of-the-post or 80%-of-the-wage rule", async () => {
    const active = (await placements()).filter((p) => p.status === "ACTIVE");
    expect(active.length).toBeGreaterThan(0);
    const perHost = new Map<number, number>();
    const perPost = new Map<number, number>();
    for (const p of active) {
      perHost.set(p.enterpriseId, (perHost.get(p.enterpriseId) ?? 0) + 1);
      perPost.set(p.postId, (perPost.get(p.postId) ?? 0) + 1);
      // 第十八条: at least 80% of the same post's wage — pay / wage ≥ 4 / 5, in integers
      expect(Number(p.pay) * 5, `placement ${p.id}: ${p.pay} of ${p.wage}`).toBeGreaterThanOrEqual(Number(p.wage) * 4);
    }
    for (const p of active) {
      // 第十一条: interns at most 10% of the host's staff and 20% of the post's
      expect(perHost.get(p.enterpriseId)! * 10, `host ${p.enterpriseId}`).toBeLessThanOrEqual(Number(p.hostStaff));
      expect(perPost.get(p.postId)! * 5, `post ${p.postId}`).toBeLessThanOrEqual(Number(p.postStaff));
    }
  });

  it("keep the other rules, bar the one planned placement missing a consent: hours, six months, insurance, tripartite agreement, consent under 18", async () => {
    let missingConsent = 0;
    for (const p of await placements()) {
      const id = `placement ${p.id}`;
      expect(Number(p.daily), id).toBeLessThanOrEqual(8);
      expect(Number(p.weekly), id).toBeLessThanOrEqual(40);
      expect([p.night, p.overtime, p.holiday], id).toEqual([false, false, false]);
      expect(p.ends >= p.starts, id).toBe(true);
      if (!p.extension) expect(p.ends < sixMonthsOn(p.starts), id).toBe(true);
      expect(Number(p.pay) * 5, id).toBeGreaterThanOrEqual(Number(p.wage) * 4);
      expect(p.policy, id).toBeTruthy();
      expect(p.insFrom! <= p.starts && p.insTo! >= p.ends, id).toBe(true);
      expect(["SCHOOL", "HOST"], id).toContain(p.payer);
      expect(p.tripartite! < p.starts, id).toBe(true);
      if (age(p.birth, p.starts) < 18) {
        if (p.consent === null) missingConsent++;
        else expect(p.consent < p.starts, id).toBe(true);
      }
    }
    expect(missingConsent).toBe(1);
  });

  it("have histories from PLANNED to where they are, each move from the state before", async () => {
    const histories = await rows<{ id: number; status: string; history: string; reason: string | null }>(
      `SELECT p.id, p.status::text AS status, p."endReason" AS reason,
              (SELECT string_agg(coalesce(ev."fromStatus"::text, '-') || '>' || ev."toStatus"::text, ' ' ORDER BY ev."createdAt", ev.id)
                 FROM "PlacementEvent" ev WHERE ev."placementId" = p.id) AS history
       FROM "InternshipPlacement" p`,
    );
    const expected: Record<string, string> = {
      PLANNED: "->PLANNED",
      ACTIVE: "->PLANNED PLANNED>ACTIVE",
      COMPLETED: "->PLANNED PLANNED>ACTIVE ACTIVE>COMPLETED",
      TERMINATED: "->PLANNED PLANNED>ACTIVE ACTIVE>TERMINATED",
    };
    for (const h of histories) {
      expect(h.history, `placement ${h.id}`).toBe(expected[h.status]);
      if (h.status === "TERMINATED") expect(h.reason, `placement ${h.id}`).toBeTruthy();
    }
    // a move the rules forbid never appears: nothing leaves COMPLETED or TERMINATED, nothing skips ACTIVE
    expect(
      await count(`SELECT count(*)::int AS n FROM "PlacementEvent" WHERE "fromStatus" IN ('COMPLETED', 'TERMINATED')
                   OR ("fromStatus" = 'PLANNED' AND "toStatus" IN ('COMPLETED', 'TERMINATED'))`),
    ).toBe(0);
    // some were ended at the student's own request, which the school approved before ending them
    const requests = await rows<{ status: string; decision: string; asked: string; ended: string }>(
      `SELECT p.status::text AS status, r.decision::text AS decision, r."createdAt"::text AS asked, p."endedAt"::text AS ended
       FROM "PlacementRequest" r JOIN "InternshipPlacement" p ON p.id = r."placementId"`,
    );
    expect(requests.length).toBeGreaterThan(0);
    for (const r of requests) expect([r.status, r.decision, r.asked < r.ended]).toEqual(["TERMINATED", "APPROVED", true]);
  });

  it("active and finished ones carry pay by month, weekly reports (most reviewed) and attendance by week", async () => {
    const tracked = await rows<{ id: number; pay: number; reports: number; attendance: number }>(
      `SELECT p.id, (SELECT count(*)::int FROM "PlacementPayRecord" r WHERE r."placementId" = p.id) AS pay,
              (SELECT count(*)::int FROM "PlacementWeeklyReport" r WHERE r."placementId" = p.id) AS reports,
              (SELECT count(*)::int FROM "PlacementAttendance" r WHERE r."placementId" = p.id) AS attendance
       FROM "InternshipPlacement" p WHERE p.status IN ('ACTIVE', 'COMPLETED')`,
    );
    for (const p of tracked) {
      expect(Number(p.reports), `placement ${p.id}`).toBeGreaterThan(0);
      expect(Number(p.attendance), `placement ${p.id}`).toBe(Number(p.reports));
    }
    expect(tracked.filter((p) => Number(p.pay) > 0).length).toBeGreaterThan(tracked.length * 0.8);
    const reviewed = await count(`SELECT count(*)::int AS n FROM "PlacementWeeklyReport" WHERE "reviewedAt" IS NOT NULL`);
    const all = await count(`SELECT count(*)::int AS n FROM "PlacementWeeklyReport"`);
    expect(reviewed / all).toBeGreaterThan(0.9);
    // records sit inside the placement and before the seed's day; attendance is confirmed by someone at the host
    expect(
      await count(`SELECT count(*)::int AS n FROM "PlacementWeeklyReport" r JOIN "InternshipPlacement" p ON p.id = r."placementId"
                   WHERE r."weekStart" < p."startsOn" OR r."weekStart" > p."endsOn" OR r."weekStart" + 6 >= $1::date`, [TODAY]),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM "PlacementAttendance" a JOIN "InternshipPlacement" p ON p.id = a."placementId" JOIN "User" u ON u.id = a."confirmedById"
                   WHERE u."organisationId" <> p."enterpriseId" OR u.role <> 'ENTERPRISE_STAFF' OR a."daysPresent" > 5`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*)::int AS n FROM "PlacementPayRecord" r JOIN "InternshipPlacement" p ON p.id = r."placementId"
                   WHERE r.month <> date_trunc('month', r.month)::date OR r.month < date_trunc('month', p."startsOn")::date OR r."paidOn" >= $1::date`, [TODAY]),
    ).toBe(0);
  });

  it("finished ones have the mentor's evaluation, the school's grade and the outcome, some kept on in a position of the host", async () => {
    const completed = await rows<{ id: number; evaluation: string | null; grade: string | null; retained: boolean | null; position: number | null; host: number; positionHost: number | null }>(
      `SELECT p.id, p."mentorEvaluation" AS evaluation, p."schoolGrade" AS grade, p.retained, p."retainedPositionId" AS position,
              p."enterpriseId" AS host, pos."enterpriseId" AS "positionHost"
       FROM "InternshipPlacement" p LEFT JOIN "Position" pos ON pos.id = p."retainedPositionId" WHERE p.status = 'COMPLETED'`,
    );
    for (const p of completed) {
      expect(p.evaluation, `placement ${p.id}`).toBeTruthy();
      expect(["优秀", "良好", "合格", "不合格"], `placement ${p.id}`).toContain(p.grade);
      expect(typeof p.retained, `placement ${p.id}`).toBe("boolean");
      if (p.position !== null) {
        expect(p.retained, `placement ${p.id}`).toBe(true);
        expect(p.positionHost, `placement ${p.id}`).toBe(p.host);
      }
    }
    expect(completed.some((p) => p.retained && p.position !== null)).toBe(true);
    expect(completed.some((p) => p.retained === false)).toBe(true);
  });
});

describe("the warnings a compliance view should show, as data", () => {
  it("an active placement with a passed month not paid", async () => {
    expect(
      await count(
        `SELECT count(*)::int AS n FROM "InternshipPlacement" p
         CROSS JOIN LATERAL generate_series(date_trunc('month', p."startsOn"), date_trunc('month', $1::date) - interval '1 month', interval '1 month') AS m(month)
         WHERE p.status = 'ACTIVE' AND NOT EXISTS (SELECT 1 FROM "PlacementPayRecord" r WHERE r."placementId" = p.id AND r.month = m.month::date)`,
        [TODAY],
      ),
    ).toBeGreaterThan(0);
  });

  it("an active placement with a month paid below 80% of the post's wage", async () => {
    expect(
      await count(`SELECT count(*)::int AS n FROM "PlacementPayRecord" r JOIN "InternshipPlacement" p ON p.id = r."placementId"
                   JOIN "EnterprisePost" ep ON ep.id = p."enterprisePostId" WHERE p.status = 'ACTIVE' AND r.amount * 5 < ep."regularWage" * 4`),
    ).toBeGreaterThan(0);
  });

  it("weekly reports left unreviewed for weeks", async () => {
    expect(
      await count(`SELECT count(DISTINCT r."placementId")::int AS n FROM "PlacementWeeklyReport" r JOIN "InternshipPlacement" p ON p.id = r."placementId"
                   WHERE p.status = 'ACTIVE' AND r."reviewedAt" IS NULL AND r."submittedAt" < $1::date - 14`, [TODAY]),
    ).toBeGreaterThan(0);
  });

  it("a planned placement of a 17-year-old without the guardian's consent", async () => {
    const found = (await placements()).filter((p) => p.status === "PLANNED" && p.consent === null && age(p.birth, p.starts) === 17);
    expect(found).toHaveLength(1);
  });

  it("documents missing only where planted: every signed tripartite agreement, signed consent and insurance policy has its PDF, of the placement's school or host", async () => {
    // A placement is not 启用 without its agreement (and consent under 18) on file: an active one without
    // them is an impossible record, and the compliance view would flag every placement as 材料缺失.
    const docs = await rows<{ id: number; tripartite: string | null; consent: string | null; insurance: string | null; missing: string[] }>(
      `SELECT p.id,
              ARRAY_REMOVE(ARRAY[
                CASE WHEN p."tripartiteSignedOn" IS NOT NULL AND t.id IS NULL THEN 'tripartite' END,
                CASE WHEN p."guardianConsentOn" IS NOT NULL AND c.id IS NULL THEN 'consent' END,
                CASE WHEN p."insurancePolicyNo" IS NOT NULL AND i.id IS NULL THEN 'insurance' END,
                CASE WHEN p."guardianConsentOn" IS NULL AND p."consentDocumentId" IS NOT NULL THEN 'consent without a signing day' END
              ], NULL) AS missing
       FROM "InternshipPlacement" p
       LEFT JOIN "Document" t ON t.id = p."tripartiteDocumentId" AND t."organisationId" IN (p."schoolId", p."enterpriseId") AND substring(t.bytes from 1 for 5) = '\\x255044462d'::bytea
       LEFT JOIN "Document" c ON c.id = p."consentDocumentId" AND c."organisationId" IN (p."schoolId", p."enterpriseId") AND substring(c.bytes from 1 for 5) = '\\x255044462d'::bytea
       LEFT JOIN "Document" i ON i.id = p."insuranceDocumentId" AND i."organisationId" IN (p."schoolId", p."enterpriseId") AND substring(i.bytes from 1 for 5) = '\\x255044462d'::bytea`,
    );
    expect(docs.length).toBeGreaterThanOrEqual(300);
    expect(docs.filter((d) => d.missing.length > 0)).toEqual([]);
  });

  it("active placements ending within 30 days", async () => {
    expect(
      await count(`SELECT count(*)::int AS n FROM "InternshipPlacement" WHERE status = 'ACTIVE' AND "endsOn" >= $1::date AND "endsOn" <= $1::date + 30`, [TODAY]),
    ).toBeGreaterThan(0);
  });

  it("and only a few: most placements keep every rule", async () => {
    const flagged = await count(
      `SELECT count(DISTINCT p.id)::int AS n FROM "InternshipPlacement" p JOIN "EnterprisePost" ep ON ep.id = p."enterprisePostId"
       WHERE EXISTS (SELECT 1 FROM "PlacementPayRecord" r WHERE r."placementId" = p.id AND r.amount * 5 < ep."regularWage" * 4)
          OR EXISTS (SELECT 1 FROM "PlacementWeeklyReport" r WHERE r."placementId" = p.id AND r."reviewedAt" IS NULL AND r."submittedAt" < $1::date - 14)
          OR (p."guardianConsentOn" IS NULL AND p.status = 'PLANNED' AND EXISTS (SELECT 1 FROM "Student" st WHERE st.id = p."studentId" AND st."birthDate" > p."startsOn" - interval '18 years'))`,
      [TODAY],
    );
    expect(flagged).toBeGreaterThan(0);
    expect(flagged).toBeLessThanOrEqual(10);
  });
});

describe("reruns and determinism", () => {
  it("a second run writes nothing", async () => {
    const before = await count(`SELECT count(*)::int AS n FROM "InternshipPlacement"`);
    expect((await seedDemoPlacements(t.db.prisma, TODAY)).created).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM "InternshipPlacement"`)).toBe(before);
  });

  it("the same database and day give the same plan, and it is the one written", async () => {
    const first = await planDemoPlacements(t.db.prisma, TODAY);
    const second = await planDemoPlacements(t.db.prisma, TODAY);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    const written = await rows<{ student: number; status: string }>(`SELECT "studentId" AS student, status::text AS status FROM "InternshipPlacement" ORDER BY "studentId"`);
    expect(first!.placements.map((p) => ({ student: p.studentId, status: p.status })).sort((a, b) => a.student - b.student)).toEqual(
      written.map((w) => ({ student: Number(w.student), status: w.status })),
    );
  });
});
