import { describe, expect, it } from "vitest";
import { ageOn, currentCohort, eligibilityProblem } from "~/features/applications/eligibility";
import { closedToApplications } from "../../shared/open-for-applications";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// The application rules on both sides of their edges, with the limits typed from the regulation
// (《职业学校学生实习管理规定》: 16 on the first working day; no 岗位实习 in 一年级) and the form's promise.

const TODAY = "2026-11-29";
const UNDER_16 = "按规定，岗位实习须在到岗时年满 16 周岁";

describe("age on the start date", () => {
  it("turns a year older on the birthday, not the day after or before", () => {
    expect(ageOn("2010-12-01", "2026-11-30")).toBe(15);
    expect(ageOn("2010-12-01", "2026-12-01")).toBe(16);
    expect(ageOn("2010-11-30", "2026-12-01")).toBe(16);
  });

  it("an internship: exactly 16 on the start date is accepted, one day short refused", () => {
    const seat = { kind: "INTERNSHIP", minAge: null, startDate: "2027-03-01" };
    expect(eligibilityProblem(seat, { birthDate: "2011-03-01", cohortYear: 2025 }, TODAY)).toBeNull();
    expect(eligibilityProblem(seat, { birthDate: "2011-03-02", cohortYear: 2025 }, TODAY)).toBe(UNDER_16);
  });

  it("the start date counts, not today: 15 today but 16 on the start date is accepted", () => {
    const seat = { kind: "INTERNSHIP", minAge: null, startDate: "2027-03-01" };
    expect(ageOn("2011-01-01", TODAY)).toBe(15);
    expect(eligibilityProblem(seat, { birthDate: "2011-01-01", cohortYear: 2025 }, TODAY)).toBeNull();
  });

  it("a start date already past (or none) counts from today", () => {
    for (const startDate of ["2026-09-01", null]) {
      const seat = { kind: "INTERNSHIP", minAge: null, startDate };
      expect(eligibilityProblem(seat, { birthDate: "2010-11-29", cohortYear: 2025 }, TODAY)).toBeNull();
      expect(eligibilityProblem(seat, { birthDate: "2010-11-30", cohortYear: 2025 }, TODAY)).toBe(UNDER_16);
    }
  });

  it("a position's own minimum age (18): exactly 18 on the start date accepted, a day short refused", () => {
    const seat = { kind: "JOB", minAge: 18, startDate: "2027-03-01" };
    expect(eligibilityProblem(seat, { birthDate: "2009-03-01", cohortYear: 2024 }, TODAY)).toBeNull();
    expect(eligibilityProblem(seat, { birthDate: "2009-03-02", cohortYear: 2024 }, TODAY)).toBe("该岗位要求到岗时年满 18 周岁");
  });
});

describe("first year and the school year", () => {
  it("the school year starts on 1 September", () => {
    expect(currentCohort("2026-08-31")).toBe(2025);
    expect(currentCohort("2026-09-01")).toBe(2026);
  });

  it("an internship: this school year's cohort is refused, last year's accepted", () => {
    const seat = { kind: "INTERNSHIP", minAge: null, startDate: null };
    expect(eligibilityProblem(seat, { birthDate: "2008-01-01", cohortYear: 2026 }, TODAY)).toBe("按规定，一年级学生不能参加岗位实习");
    expect(eligibilityProblem(seat, { birthDate: "2008-01-01", cohortYear: 2025 }, TODAY)).toBeNull();
  });
});

describe("the deadline", () => {
  it("today is still open, yesterday is closed", () => {
    expect(closedToApplications({ status: "PUBLISHED", deadline: TODAY, standing: "VERIFIED" }, TODAY)).toBeNull();
    expect(closedToApplications({ status: "PUBLISHED", deadline: "2026-11-28", standing: "VERIFIED" }, TODAY)).toBe("该岗位报名已截止");
  });
});

describe("notes at their maximum length, over HTTP", () => {
  const w = useApplicationWorld();

  it("the apply note: 500 characters accepted, 501 refused and nothing written", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    const tooLong = await w.student();
    const before = await applicationTables(w.db);
    const refused = await tooLong.client.post(`/positions/${position.id}/apply`, { note: "请".repeat(501) });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("留言不能超过 500 个字符");
    expect(await applicationTables(w.db)).toEqual(before);

    const atMost = await w.student();
    expect((await atMost.client.post(`/positions/${position.id}/apply`, { note: "请".repeat(500) })).status).toBe(302);
  });

  it("the enterprise's note on a move: 500 accepted, 501 refused and nothing written", async () => {
    const who = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id });
    const application = await w.make.application({ positionId: position.id, studentId: who.student.id, status: "SUBMITTED" });
    const path = `/enterprise/positions/${position.id}/applicants`;
    const before = await applicationTables(w.db);
    const refused = await w.staff.post(path, { applicationId: String(application.id), to: "VIEWED", note: "备".repeat(501) });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("备注不能超过 500 个字符");
    expect(await applicationTables(w.db)).toEqual(before);
    const accepted = await w.staff.post(path, { applicationId: String(application.id), to: "VIEWED", note: "备".repeat(500) });
    expect(accepted.status).toBe(302);
  });
});
