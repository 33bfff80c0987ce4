import { describe, expect, it } from "vitest";
import { studentStanding } from "~/lib/student-standing";

// Cohort wording follows the date (issue 9, item 9). The expected words are typed from the rule: a
// school year starts on 1 September; a 2023级 student in a three-year program leaves in June 2026 and
// is the 2026届 from the school year that starts on 2026-09-01.

const class2026 = { cohortYear: 2023, graduationYear: 2026, status: "ENROLLED" };

describe("a student's standing by the date", () => {
  it("a 2023级 student still recorded 在校 reads 2026届 from 1 September 2026, 在校 the day before", () => {
    expect(studentStanding(class2026, "2026-08-31")).toEqual({ kind: "IN_SCHOOL", label: "在校" });
    expect(studentStanding(class2026, "2026-09-01")).toEqual({ kind: "GRADUATE", label: "2026届毕业生" });
    expect(studentStanding(class2026, "2026-11-29").label).toContain("2026届");
    expect(studentStanding(class2026, "2026-11-29").label).not.toContain("在校");
  });

  it("a 2024级 student (2027届) is in school on 2026-11-29 and until 2027-08-31", () => {
    const class2027 = { cohortYear: 2024, graduationYear: 2027, status: "ENROLLED" };
    expect(studentStanding(class2027, "2026-11-29").label).toBe("在校");
    expect(studentStanding(class2027, "2027-08-31").label).toBe("在校");
    expect(studentStanding(class2027, "2027-09-01").label).toBe("2027届毕业生");
  });

  it("a five-year program reads by its own graduation year, not cohort + 3", () => {
    const fiveYear = { cohortYear: 2023, graduationYear: 2028, status: "ENROLLED" };
    expect(studentStanding(fiveYear, "2026-11-29").label).toBe("在校");
  });

  it("what the school recorded wins where it says more: graduated early, or left", () => {
    expect(studentStanding({ graduationYear: 2027, status: "GRADUATED" }, "2026-11-29").label).toBe("2027届毕业生");
    expect(studentStanding({ graduationYear: 2026, status: "WITHDRAWN" }, "2026-11-29").label).toBe("已离校");
  });
});
