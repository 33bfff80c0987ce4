import { describe, expect, it } from "vitest";
import {
  ageOn,
  checkPlacement,
  lastDayOfMonths,
  QUOTA_RULES,
  withinHostQuota,
  withinPostQuota,
  type PlacementFacts,
} from "~/features/placements/placement-rules";

// Each rule of 教职成〔2021〕4号 on both sides of its edge, with the facts written by hand. `compliant`
// keeps every rule; each case changes one fact and names the rule it expects to fail (or to hold).

const compliant: PlacementFacts = {
  startsOn: "2026-03-01",
  endsOn: "2026-08-31",
  student: { birthDate: "2008-05-10", gender: "男", cohortYear: 2024, medicalProgram: false },
  enterpriseCategory: "MANUFACTURING",
  postCategory: "MANUFACTURING",
  hazardousForMinors: false,
  hazardousForWomen: false,
  viaIntermediary: false,
  monthlyPay: 3200,
  regularWage: 4000,
  payInMoney: true,
  payMonthly: true,
  feesCharged: false,
  dailyHours: 8,
  weeklyHours: 40,
  nightShifts: false,
  overtime: false,
  holidayWork: false,
  extensionReason: null,
  insurancePolicyNo: "PICC-2026-0001",
  insuranceFrom: "2026-03-01",
  insuranceTo: "2026-08-31",
  insurancePayer: "SCHOOL",
  tripartiteSignedOn: "2026-02-20",
  tripartiteDocument: true,
  guardianConsentOn: "2026-02-20",
  consentDocument: true,
};

type Change = Partial<Omit<PlacementFacts, "student">> & { student?: Partial<PlacementFacts["student"]> };
const facts = (change: Change): PlacementFacts => ({ ...compliant, ...change, student: { ...compliant.student, ...change.student } });
const failing = (change: Change) => checkPlacement(facts(change)).filter((r) => !r.holds).map((r) => r.id);

describe("the compliant placement", () => {
  it("keeps every rule", () => {
    expect(failing({})).toEqual([]);
  });
  it("each refusal names its article and points at a field", () => {
    for (const r of checkPlacement(compliant)) {
      expect(r.article).toMatch(/^第[一二三四五六七八九十]+条/);
      expect(r.field).not.toBe("");
      expect(r.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
  // The articles of the 2021 text (教职成〔2021〕4号), typed from the act, not read from the rules: 第十条 the
  // 6 months, 第十一条 the 10% / 20%, 第十二条 the informed consent, 第十四条 the tripartite agreement,
  // 第十六条 the forbidden cases, 第十七条 working time, 第十八条 pay, 第十九条 fees, 第三十五条 insurance.
  it("each rule cites the article of the 2021 text that makes it", () => {
    const expected: Record<string, string> = {
      age16: "第十六条（二）",
      firstYear: "第十六条（一）",
      venueHost: "第十六条（五）",
      venuePost: "第十六条（五）",
      minorsWork: "第十六条（三）",
      womenWork: "第十六条（四）",
      intermediary: "第十六条（六）",
      pay80: "第十八条",
      payInMoney: "第十八条",
      payMonthly: "第十八条",
      fees: "第十九条",
      dailyHours: "第十七条",
      weeklyHours: "第十七条",
      nightShifts: "第十七条",
      overtime: "第十七条",
      holidayWork: "第十七条",
      duration: "第十条",
      insurancePolicy: "第三十五条",
      insuranceFrom: "第三十五条",
      insuranceTo: "第三十五条",
      insurancePayer: "第三十五条",
      tripartite: "第十四条",
      guardianConsent: "第十二条",
    };
    expect(Object.fromEntries(checkPlacement(compliant).map((r) => [r.id, r.article]))).toEqual(expected);
    expect([QUOTA_RULES.hostQuota.article, QUOTA_RULES.postQuota.article]).toEqual(["第十一条", "第十一条"]);
  });
});

describe("第十六条（二）no student under 16 on the start date", () => {
  it("16th birthday on the start date is accepted", () => {
    expect(failing({ student: { birthDate: "2010-03-01" } })).not.toContain("age16");
  });
  it("16th birthday the day after the start date is refused", () => {
    expect(failing({ student: { birthDate: "2010-03-02" } })).toContain("age16");
  });
  it("ageOn counts whole years (周岁)", () => {
    expect(ageOn("2010-03-01", "2026-02-28")).toBe(15);
    expect(ageOn("2010-03-01", "2026-03-01")).toBe(16);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });
});

describe("第十六条（一）no first-year student", () => {
  it("a 2025级 student starting 2026-08-31 (still in the first school year) is refused", () => {
    expect(failing({ startsOn: "2026-08-31", endsOn: "2026-12-31", insuranceTo: "2026-12-31", tripartiteSignedOn: "2026-08-01", guardianConsentOn: "2026-08-01", insuranceFrom: "2026-08-01", student: { cohortYear: 2025 } })).toContain("firstYear");
  });
  it("the same student starting 2026-09-01 (second year) is accepted", () => {
    expect(failing({ startsOn: "2026-09-01", endsOn: "2026-12-31", insuranceTo: "2026-12-31", tripartiteSignedOn: "2026-08-01", guardianConsentOn: "2026-08-01", insuranceFrom: "2026-08-01", student: { cohortYear: 2025 } })).not.toContain("firstYear");
  });
  it("a cohort not yet admitted is refused too", () => {
    expect(failing({ student: { cohortYear: 2026 } })).toContain("firstYear");
  });
});

describe("第十六条（五）no bars, KTV, internet cafés … (host and post)", () => {
  it("a KTV host is refused, pointing at the enterprise", () => {
    const r = checkPlacement(facts({ enterpriseCategory: "KTV" })).find((x) => x.id === "venueHost")!;
    expect(r.holds).toBe(false);
    expect(r.field).toBe("enterpriseId");
  });
  it("an internet-café post is refused even at a hotel host", () => {
    expect(failing({ enterpriseCategory: "HOTEL", postCategory: "INTERNET_CAFE" })).toEqual(["venuePost"]);
  });
  it("a hotel (住宿业) host and post are accepted", () => {
    expect(failing({ enterpriseCategory: "HOTEL", postCategory: "HOTEL" })).toEqual([]);
  });
  it.each(["BAR", "NIGHTCLUB", "KTV", "BATHHOUSE", "GAME_ARCADE", "INTERNET_CAFE"])("%s as the post category is refused", (c) => {
    expect(failing({ postCategory: c })).toContain("venuePost");
  });
});

describe("第十六条（三）no work forbidden to minors for a student under 18", () => {
  it("hazardous work, 18th birthday the day after the start: refused", () => {
    expect(failing({ hazardousForMinors: true, student: { birthDate: "2008-03-02" } })).toContain("minorsWork");
  });
  it("hazardous work, 18th birthday on the start date: accepted", () => {
    expect(failing({ hazardousForMinors: true, student: { birthDate: "2008-03-01" } })).not.toContain("minorsWork");
  });
  it("no hazardous work, a minor: accepted", () => {
    expect(failing({ student: { birthDate: "2009-06-01" } })).not.toContain("minorsWork");
  });
});

describe("第十六条（四）no work forbidden to women for a female student", () => {
  it("female student: refused", () => {
    expect(failing({ hazardousForWomen: true, student: { gender: "女" } })).toEqual(["womenWork"]);
  });
  it("male student: accepted", () => {
    expect(failing({ hazardousForWomen: true, student: { gender: "男" } })).toEqual([]);
  });
  it("female student without such work: accepted", () => {
    expect(failing({ student: { gender: "女" } })).toEqual([]);
  });
});

describe("第十六条（六）no intermediary", () => {
  it("through an intermediary: refused", () => expect(failing({ viaIntermediary: true })).toEqual(["intermediary"]));
  it("arranged directly: accepted", () => expect(failing({ viaIntermediary: false })).toEqual([]));
});

describe("第十八条 pay at least 80% of the post's wage, in money, at least monthly", () => {
  it("exactly 80% (3,200 of 4,000) is accepted", () => expect(failing({ monthlyPay: 3200, regularWage: 4000 })).toEqual([]));
  it("one yuan less (3,199 of 4,000) is refused", () => expect(failing({ monthlyPay: 3199, regularWage: 4000 })).toEqual(["pay80"]));
  it("80% of an odd wage is not rounded down: 3,999 × 0.8 = 3,199.2 needs 3,200", () => {
    expect(failing({ monthlyPay: 3199, regularWage: 3999 })).toEqual(["pay80"]);
    expect(failing({ monthlyPay: 3200, regularWage: 3999 })).toEqual([]);
  });
  it("pay or wage missing is refused", () => {
    expect(failing({ monthlyPay: null })).toEqual(["pay80"]);
    expect(failing({ regularWage: null })).toEqual(["pay80"]);
  });
  it("pay in kind is refused", () => expect(failing({ payInMoney: false })).toEqual(["payInMoney"]));
  it("pay less often than monthly is refused", () => expect(failing({ payMonthly: false })).toEqual(["payMonthly"]));
});

describe("第十九条 no fee, deposit or withheld ID", () => {
  it("fees charged: refused", () => expect(failing({ feesCharged: true })).toEqual(["fees"]));
});

describe("第十七条 working time: ≤ 8 h a day, ≤ 40 h a week, no nights, overtime or holidays", () => {
  it("8 hours a day is accepted, 8.5 refused", () => {
    expect(failing({ dailyHours: 8 })).toEqual([]);
    expect(failing({ dailyHours: 8.5 })).toEqual(["dailyHours"]);
  });
  it("40 hours a week is accepted, 40.5 refused", () => {
    expect(failing({ weeklyHours: 40 })).toEqual([]);
    expect(failing({ weeklyHours: 40.5 })).toEqual(["weeklyHours"]);
  });
  it("hours not filled in are refused", () => expect(failing({ dailyHours: null, weeklyHours: null })).toEqual(["dailyHours", "weeklyHours"]));
  it("night shifts, overtime and holiday work are each refused", () => {
    expect(failing({ nightShifts: true })).toEqual(["nightShifts"]);
    expect(failing({ overtime: true })).toEqual(["overtime"]);
    expect(failing({ holidayWork: true })).toEqual(["holidayWork"]);
  });
});

describe("第十条 duration: 6 calendar months, longer with a reason (medical up to 10)", () => {
  it("6 months ends the day before the same date six months on", () => {
    expect(lastDayOfMonths("2026-03-01", 6)).toBe("2026-08-31");
    expect(lastDayOfMonths("2026-03-15", 6)).toBe("2026-09-14");
    expect(lastDayOfMonths("2026-08-31", 6)).toBe("2027-02-28");
    expect(lastDayOfMonths("2026-09-01", 6)).toBe("2027-02-28");
    expect(lastDayOfMonths("2027-09-01", 6)).toBe("2028-02-29");
    expect(lastDayOfMonths("2026-03-01", 10)).toBe("2026-12-31");
  });
  const long = (endsOn: string, change: Change = {}) => failing({ endsOn, insuranceTo: "2027-12-31", ...change });
  it("2026-03-01 → 2026-08-31 (6 months) is accepted without a reason", () => expect(long("2026-08-31")).toEqual([]));
  it("2026-03-01 → 2026-09-01 (a day more) is refused without a reason", () => expect(long("2026-09-01")).toEqual(["duration"]));
  it("a day more with a blank reason is refused", () => expect(long("2026-09-01", { extensionReason: "  " })).toEqual(["duration"]));
  it("a day more with a reason is accepted", () => expect(long("2026-09-01", { extensionReason: "人才培养方案安排" })).toEqual([]));
  it("medical program: 10 months with a reason accepted, a day more refused", () => {
    const med = { extensionReason: "护理专业临床实习", student: { medicalProgram: true } };
    expect(long("2026-12-31", med)).toEqual([]);
    expect(long("2027-01-01", med)).toEqual(["duration"]);
  });
  it("medical program: beyond 6 months without a reason is refused", () => {
    expect(long("2026-10-31", { student: { medicalProgram: true } })).toEqual(["duration"]);
  });
  it("an end before the start is refused", () => expect(failing({ endsOn: "2026-02-28" })).toContain("duration"));
});

describe("第三十五条 liability insurance for the whole placement, never paid by the student", () => {
  it("coverage from the start day to the end day is accepted", () => expect(failing({})).toEqual([]));
  it("coverage starting a day after the start is refused", () => expect(failing({ insuranceFrom: "2026-03-02" })).toEqual(["insuranceFrom"]));
  it("coverage ending a day before the end is refused", () => expect(failing({ insuranceTo: "2026-08-30" })).toEqual(["insuranceTo"]));
  it("wider coverage is accepted", () => expect(failing({ insuranceFrom: "2026-01-01", insuranceTo: "2026-12-31" })).toEqual([]));
  it("no policy number is refused", () => expect(failing({ insurancePolicyNo: " " })).toEqual(["insurancePolicy"]));
  it("paid by the student is refused; by the host accepted", () => {
    expect(failing({ insurancePayer: "STUDENT" })).toEqual(["insurancePayer"]);
    expect(failing({ insurancePayer: "HOST" })).toEqual([]);
    expect(failing({ insurancePayer: null })).toEqual(["insurancePayer"]);
  });
});

describe("第十四条 tripartite agreement before the start", () => {
  it("signed on the start date is accepted", () => expect(failing({ tripartiteSignedOn: "2026-03-01" })).toEqual([]));
  it("signed the day after the start is refused", () => expect(failing({ tripartiteSignedOn: "2026-03-02" })).toEqual(["tripartite"]));
  it("no document is refused", () => expect(failing({ tripartiteDocument: false })).toEqual(["tripartite"]));
});

describe("第十二条 guardian consent for a student under 18", () => {
  const minor = { birthDate: "2009-06-01" };
  it("a minor without consent is refused", () => expect(failing({ consentDocument: false, student: minor })).toEqual(["guardianConsent"]));
  it("a minor with consent signed after the start is refused", () => expect(failing({ guardianConsentOn: "2026-03-02", student: minor })).toEqual(["guardianConsent"]));
  it("a student turning 18 on the start date needs none", () => expect(failing({ consentDocument: false, guardianConsentOn: null, student: { birthDate: "2008-03-01" } })).toEqual([]));
  it("a student turning 18 the day after the start needs it", () => expect(failing({ consentDocument: false, guardianConsentOn: null, student: { birthDate: "2008-03-02" } })).toEqual(["guardianConsent"]));
});

describe("第十一条 quotas (the count itself is tested on PostgreSQL in quota-race)", () => {
  it("10% of the host's staff: 10 interns of 100 accepted, 11 refused", () => {
    expect(withinHostQuota(10, 100)).toBe(true);
    expect(withinHostQuota(11, 100)).toBe(false);
    expect(withinHostQuota(1, null)).toBe(false);
  });
  it("20% of the post's staff: 2 of 10 accepted, 3 refused", () => {
    expect(withinPostQuota(2, 10)).toBe(true);
    expect(withinPostQuota(3, 10)).toBe(false);
  });
});
