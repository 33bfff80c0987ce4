import type { SessionUser } from "~/features/auth/session.server";
import type { TestDatabaseHandle } from "../support/test-database";

// A small city for the retention tracker, each person written with what the tracker must make of them
// (counted in which month, under which sources, or not at all and why). EXPECTED is counted by hand from
// the rules of docs/decisions/0015 "Retention", not from the code.

export async function makeRetentionWorld(t: Pick<TestDatabaseHandle, "make">) {
  const m = t.make;
  await m.consortium({ foundedOn: "2023-11-30", goalPeople: 50_000, goalYears: 3 });
  const schoolA = await m.school({ name: "留呼测试学校甲" });
  const schoolB = await m.school({ name: "留呼测试学校乙" });
  const hohhot = await m.enterprise({ name: "留呼测试呼市企业", district: "SAIHAN" });
  const elsewhere = await m.enterprise({ name: "留呼测试外地企业", district: null });
  const grad = (schoolId: number, name: string) => m.student({ schoolId, name, cohortYear: 2021, status: "GRADUATED" });
  const dest = (studentId: number, traits: Parameters<typeof m.graduateDestination>[0] = {}) =>
    m.graduateDestination({ studentId, kind: "EMPLOYED_CONTRACT", ...traits });
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

  // School A: graduates' destinations.
  const a1 = await grad(schoolA.id, "甲一"); // employer on the platform, in a Hohhot district: 2024-07
  await dest(a1.id, { employerOrganisationId: hohhot.id, employedOn: day("2024-07-10") });
  const a2 = await grad(schoolA.id, "甲二"); // employer typed, location LOCAL: 2024-07
  await dest(a2.id, { employerName: "某呼市公司", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employedOn: day("2024-07-01") });
  const a3 = await grad(schoolA.id, "甲三"); // employer with no Hohhot district: not counted
  await dest(a3.id, { employerOrganisationId: elsewhere.id, employedOn: day("2024-07-01") });
  const a4 = await grad(schoolA.id, "甲四"); // a Hohhot employer, but the job is recorded elsewhere: not counted
  await dest(a4.id, { employerOrganisationId: hohhot.id, employerProvince: "北京市", employerCity: "北京市", employedOn: day("2024-07-01") });
  const a5 = await grad(schoolA.id, "甲五"); // 应征义务兵: not an employer keeping them: not counted
  await dest(a5.id, { kind: "EMPLOYED_MILITARY", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employedOn: day("2024-09-01") });
  const a6 = await grad(schoolA.id, "甲六"); // 升学: not counted
  await dest(a6.id, { kind: "STUDY_VOCATIONAL_BACHELOR", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employedOn: day("2024-09-01") });
  const a7 = await grad(schoolA.id, "甲七"); // no employedOn: no month, not counted
  await dest(a7.id, { employerProvince: "内蒙古自治区", employerCity: "呼和浩特市" });
  const a8 = await grad(schoolA.id, "甲八"); // October 2023, before the launch: not counted
  await dest(a8.id, { employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employedOn: day("2023-10-31") });
  const a9 = await grad(schoolA.id, "甲九"); // the launch month: 2023-11
  await dest(a9.id, { kind: "EMPLOYED_FLEXIBLE", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employedOn: day("2023-11-30") });

  // School B: placements kept on, order-class hires.
  const b1 = await grad(schoolB.id, "乙一"); // kept on 2025-03, then employed 2025-07: once, in 2025-03
  await m.internshipPlacement({ studentId: b1.id, enterpriseId: hohhot.id, status: "COMPLETED", retained: true, retainedOn: day("2025-03-15") });
  await dest(b1.id, { employerOrganisationId: hohhot.id, employedOn: day("2025-07-01") });
  const b2 = await grad(schoolB.id, "乙二"); // kept on by a host outside Hohhot: not counted
  await m.internshipPlacement({ studentId: b2.id, enterpriseId: elsewhere.id, retained: true, retainedOn: day("2025-03-15") });
  const b3 = await grad(schoolB.id, "乙三"); // not kept on (retained false): not counted
  await m.internshipPlacement({ studentId: b3.id, enterpriseId: hohhot.id, retained: false, retainedOn: day("2025-03-15") });
  const b4 = await grad(schoolB.id, "乙四"); // kept on with no day: no month, not counted
  await m.internshipPlacement({ studentId: b4.id, enterpriseId: hohhot.id, retained: true });
  const b5 = await grad(schoolB.id, "乙五"); // order-class member hired by the class's enterprise: 2025-07
  const b6 = await grad(schoolB.id, "乙六"); // declined by the class, hired anyway: 2025-07, not an order-class hire
  await m.orderClass({ schoolId: schoolB.id, enterpriseId: hohhot.id, cohortYear: 2021, members: [{ studentId: b5.id }, { studentId: b6.id, status: "DECLINED" }] });
  await dest(b5.id, { employerOrganisationId: hohhot.id, employedOn: day("2025-07-05") });
  await dest(b6.id, { employerOrganisationId: hohhot.id, employedOn: day("2025-07-20") });
  const b7 = await grad(schoolB.id, "乙七"); // starts after today: not yet counted
  await dest(b7.id, { employerProvince: "内蒙古自治区", employerCity: "呼和浩特市", employedOn: day("2099-01-01") });

  return { schoolA, schoolB, hohhot, elsewhere, names: { a1, a2, a9, b1, b5, b6, a3, a8, b7 } };
}

export type RetentionWorld = Awaited<ReturnType<typeof makeRetentionWorld>>;

/** Counted by hand from world.ts's comments. */
export const EXPECTED = {
  total: 6,
  schoolA: 3, // 甲一, 甲二, 甲九
  schoolB: 3, // 乙一, 乙五, 乙六
  bySource: { LOCAL_EMPLOYMENT: 6, KEPT_ON: 1, ORDER_CLASS_HIRE: 1 },
  inSeveral: 2, // 乙一 (employed + kept on), 乙五 (employed + order class)
  byMonth: { "2023-11": 1, "2024-07": 2, "2025-03": 1, "2025-07": 2 } as Record<string, number>,
  counted: ["甲一", "甲二", "甲九", "乙一", "乙五", "乙六"],
};

export const sessionUser = (u: { id: number; username: string; displayName: string }, role: SessionUser["role"], org: { id: number; name: string }): SessionUser => ({
  id: u.id,
  username: u.username,
  displayName: u.displayName,
  role,
  organisationId: org.id,
  organisation: { id: org.id, name: org.name, kind: "X" },
});
