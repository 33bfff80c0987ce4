import { describe, expect, it } from "vitest";
import { MAX_BOOTHS, MAX_BOOTHS_PER_ROW } from "~/lib/fairs";
import { createdId, fairForm, fairTables, useFairWorld } from "./world";

// The fair form's edges, each rule on both sides, and bad input of every kind: a Chinese message, 400,
// nothing written. Times are typed on Hohhot's wall clock (UTC+8) and stored as instants.

const w = useFairWorld();

async function refused(path: string, fields: Record<string, string | string[]>, message: string | RegExp) {
  const before = await fairTables(w.db);
  const response = await w.schoolStaff.client.post(path, fields);
  expect(response.status, JSON.stringify(fields).slice(0, 200)).toBe(400);
  const text = await response.text();
  if (typeof message === "string") expect(text).toContain(message);
  else expect(text).toMatch(message);
  expect(await fairTables(w.db)).toEqual(before);
}
async function accepted(fields: Record<string, string | string[]>) {
  const response = await w.schoolStaff.client.post("/fairs/new", fields);
  expect(response.status, await response.clone().text().then((t) => t.slice(0, 300))).toBe(302);
  return w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: createdId(response) }, include: { schools: true, programs: true } });
}
const valid = (over: Record<string, string | string[]> = {}) => fairForm(w.school.id, over);

describe("times, on both sides of each edge", () => {
  it("stores the Hohhot wall clock as the instant (09:00 in Hohhot is 01:00 UTC), as a draft of the user's school", async () => {
    const fair = await accepted(valid());
    expect(fair.startsAt.toISOString()).toBe("2027-03-10T01:00:00.000Z");
    expect(fair.endsAt.toISOString()).toBe("2027-03-10T09:00:00.000Z");
    expect(fair.studentRegistrationClosesAt.toISOString()).toBe("2027-03-10T01:00:00.000Z");
    expect(fair.status).toBe("DRAFT");
    expect(fair.organiserId).toBe(w.school.id);
    expect(fair.allSchools).toBe(false);
    expect(fair.schools.map((s) => s.schoolId)).toEqual([w.school.id]);
  });

  it("an end equal to the start is refused; a minute later is accepted", async () => {
    await refused("/fairs/new", valid({ endsAt: "2027-03-10T09:00", studentClosesAt: "2027-03-10T09:00", enterpriseClosesAt: "2027-03-08T18:00" }), "结束时间须晚于开始时间");
    await refused("/fairs/new", valid({ endsAt: "2027-03-10T08:59" }), "结束时间须晚于开始时间");
    const fair = await accepted(valid({ endsAt: "2027-03-10T09:01" }));
    expect(fair.endsAt.getTime() - fair.startsAt.getTime()).toBe(60_000);
  });

  it("each window opens before it closes: equal refused, a minute apart accepted", async () => {
    await refused("/fairs/new", valid({ enterpriseOpensAt: "2027-03-08T18:00" }), "企业报名截止时间须晚于开始时间");
    await accepted(valid({ enterpriseOpensAt: "2027-03-08T17:59" }));
    await refused("/fairs/new", valid({ studentOpensAt: "2027-03-10T09:00" }), "学生报名截止时间须晚于开始时间");
    await accepted(valid({ studentOpensAt: "2027-03-10T08:59" }));
  });

  it("both windows close no later than the fair's end: at the end accepted, a minute past refused", async () => {
    await accepted(valid({ studentClosesAt: "2027-03-10T17:00", enterpriseClosesAt: "2027-03-10T17:00" }));
    await refused("/fairs/new", valid({ studentClosesAt: "2027-03-10T17:01" }), "学生报名截止时间不能晚于招聘会结束时间");
    await refused("/fairs/new", valid({ enterpriseClosesAt: "2027-03-10T17:01" }), "企业报名截止时间不能晚于招聘会结束时间");
  });

  it("a moment that does not exist or is out of range is refused", async () => {
    await refused("/fairs/new", valid({ startsAt: "2027-02-30T09:00" }), "请输入有效的开始时间");
    await refused("/fairs/new", valid({ startsAt: "2027-03-10T24:00" }), "请输入有效的开始时间");
    await refused("/fairs/new", valid({ startsAt: "2027-03-10" }), "请输入有效的开始时间");
    await refused("/fairs/new", valid({ endsAt: "0000-01-01T00:00" }), "请输入有效的结束时间");
    await refused("/fairs/new", valid({ endsAt: "2100-01-01T00:00" }), "请输入有效的结束时间");
  });
});

describe("the booth map, on both sides of each limit", () => {
  it("booth count: 0 refused, 1 accepted; MAX accepted, MAX+1 refused", async () => {
    await refused("/fairs/new", valid({ boothCount: "0" }), "展位数不能小于 1");
    expect((await accepted(valid({ boothCount: "1" }))).boothCount).toBe(1);
    expect((await accepted(valid({ boothCount: String(MAX_BOOTHS) }))).boothCount).toBe(MAX_BOOTHS);
    await refused("/fairs/new", valid({ boothCount: String(MAX_BOOTHS + 1) }), `展位数不能大于 ${MAX_BOOTHS}`);
  });

  it("booths per row: 0 refused, 1 accepted; MAX accepted, MAX+1 refused", async () => {
    await refused("/fairs/new", valid({ boothsPerRow: "0" }), "每排展位数不能小于 1");
    await accepted(valid({ boothsPerRow: "1" }));
    await accepted(valid({ boothsPerRow: String(MAX_BOOTHS_PER_ROW) }));
    await refused("/fairs/new", valid({ boothsPerRow: String(MAX_BOOTHS_PER_ROW + 1) }), `每排展位数不能大于 ${MAX_BOOTHS_PER_ROW}`);
  });
});

describe("venue and eligibility", () => {
  it("a fair at a venue needs one; an online fair does not", async () => {
    await refused("/fairs/new", valid({ venue: "" }), "请填写地点");
    const online = await accepted(valid({ venue: "", online: "on" }));
    expect(online.online).toBe(true);
    expect(online.venue).toBeNull();
  });

  it("a school's fair lists schools (others may be added), programs and cohorts; none listed is refused", async () => {
    const fair = await accepted(
      valid({ schoolIds: [String(w.school.id), String(w.otherSchool.id)], programIds: [String(w.program.id)], cohortYears: ["2025", "2024", "2025"] }),
    );
    expect(fair.schools.map((s) => s.schoolId).sort((a, b) => a - b)).toEqual([w.school.id, w.otherSchool.id].sort((a, b) => a - b));
    expect(fair.programs.map((p) => p.programId)).toEqual([w.program.id]);
    expect(fair.cohortYears).toEqual([2024, 2025]);
    const { schoolIds: _s, ...none } = valid();
    await refused("/fairs/new", none, "请至少选择一所参会学校");
  });

  it("a bureau fair is open to all schools, whatever schools are posted", async () => {
    const response = await w.bureau.client.post("/fairs/new", fairForm(null, { schoolIds: [String(w.school.id)] }));
    expect(response.status).toBe(302);
    const fair = await w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: createdId(response) }, include: { schools: true } });
    expect(fair.allSchools).toBe(true);
    expect(fair.schools).toEqual([]);
    expect(fair.organiserId).toBe(w.bureauOrg.id);
  });
});

describe("bad input: Chinese message, 400, nothing written", () => {
  it("missing fields", async () => {
    await refused("/fairs/new", {}, "请填写招聘会名称");
    for (const [field, message] of [
      ["title", "请填写招聘会名称"],
      ["startsAt", "请填写开始时间"],
      ["endsAt", "请填写结束时间"],
      ["boothCount", "请填写展位数"],
      ["boothsPerRow", "请填写每排展位数"],
      ["enterpriseOpensAt", "请填写企业报名开始时间"],
      ["studentClosesAt", "请填写学生报名截止时间"],
    ] as const) {
      const { [field]: _gone, ...rest } = valid();
      await refused("/fairs/new", rest, message);
    }
  });

  it("wrong types and unknown references", async () => {
    await refused("/fairs/new", valid({ boothCount: "abc" }), "展位数须为整数");
    await refused("/fairs/new", valid({ boothCount: "2.5" }), "展位数须为整数");
    await refused("/fairs/new", valid({ boothsPerRow: "1e3" }), /每排展位数/);
    await refused("/fairs/new", valid({ district: "MARS" }), "请选择有效的所在区县");
    await refused("/fairs/new", valid({ online: "yes" }), "线上参数无效");
    await refused("/fairs/new", valid({ schoolIds: ["99999999"] }), "所选学校不存在");
    await refused("/fairs/new", valid({ schoolIds: [String(w.enterprise.id)] }), "所选学校不存在"); // an enterprise is no school
    await refused("/fairs/new", valid({ schoolIds: ["abc"] }), "所选学校不存在");
    await refused("/fairs/new", valid({ programIds: ["2147483647"] }), "所选专业不存在");
    await refused("/fairs/new", valid({ cohortYears: ["1999"] }), "年级须在 2000—2099 之间");
    await refused("/fairs/new", valid({ cohortYears: ["二〇二五"] }), "年级须为整数");
  });

  it("huge values, control characters and markup", async () => {
    await refused("/fairs/new", valid({ title: "会".repeat(101) }), "招聘会名称不能超过 100 个字符");
    await refused("/fairs/new", valid({ description: "介".repeat(2001) }), "简介不能超过 2000 个字符");
    await refused("/fairs/new", valid({ venue: "地".repeat(101) }), "地点不能超过 100 个字符");
    await refused("/fairs/new", valid({ boothCount: "9".repeat(12) }), `展位数不能大于 ${MAX_BOOTHS}`);
    await refused("/fairs/new", valid({ boothCount: "9".repeat(400) }), /展位数(须为整数|不能大于)/);
    await refused("/fairs/new", valid({ cohortYears: Array.from({ length: 11 }, (_, i) => String(2015 + i)) }), "最多选择 10 个年级");
    await refused("/fairs/new", valid({ title: "双选\u0000会" }), "招聘会名称不能包含控制字符");
    await refused("/fairs/new", valid({ title: "双选\u202e会" }), "招聘会名称不能包含控制字符");
    await refused("/fairs/new", valid({ venue: "体育馆\n二楼" }), "地点不能包含控制字符");
    await refused("/fairs/new", valid({ title: "<img src=x onerror=alert(1)>" }), "招聘会名称不能包含 HTML 标签");
    await refused("/fairs/new", valid({ description: "<script>alert(1)</script>" }), "简介不能包含 HTML 标签");
  });
});

describe("the edit page", () => {
  it("saves new particulars and eligibility in place", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: "OPEN" });
    const response = await w.schoolStaff.client.post(`/fairs/${fair.id}/edit`, {
      intent: "save",
      ...valid({ title: "改名后的双选会", schoolIds: [String(w.otherSchool.id)], cohortYears: ["2026"] }),
    });
    expect(response.status).toBe(302);
    const saved = await w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: fair.id }, include: { schools: true } });
    expect(saved.title).toBe("改名后的双选会");
    expect(saved.schools.map((s) => s.schoolId)).toEqual([w.otherSchool.id]);
    expect(saved.cohortYears).toEqual([2026]);
    expect(saved.status).toBe("OPEN");
  });

  it("the booth count may not fall below the highest booth given out: one below refused, equal accepted", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, boothCount: 20 });
    await w.make.fairBooth({ fairId: fair.id, approved: true, boothNo: 15 });
    await w.make.fairBooth({ fairId: fair.id }); // a request not yet decided holds no booth
    await refused(`/fairs/${fair.id}/edit`, { intent: "save", ...valid({ boothCount: "14" }) }, "展位数不能少于 15");
    const ok = await w.schoolStaff.client.post(`/fairs/${fair.id}/edit`, { intent: "save", ...valid({ boothCount: "15" }) });
    expect(ok.status).toBe(302);
    expect((await w.db.prisma.jobFair.findUniqueOrThrow({ where: { id: fair.id } })).boothCount).toBe(15);
  });

  it("nor below the number of approved booths", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, boothCount: 20 });
    for (let i = 0; i < 3; i++) await w.make.fairBooth({ fairId: fair.id, approved: true });
    await refused(`/fairs/${fair.id}/edit`, { intent: "save", ...valid({ boothCount: "2" }) }, "展位数不能少于 3");
    expect((await w.schoolStaff.client.post(`/fairs/${fair.id}/edit`, { intent: "save", ...valid({ boothCount: "3" }) })).status).toBe(302);
  });

  it("a running, closed or cancelled fair's particulars are not edited", async () => {
    for (const status of ["RUNNING", "CLOSED", "CANCELLED"] as const) {
      const fair = await w.make.jobFair({ organiserId: w.school.id, status });
      await refused(`/fairs/${fair.id}/edit`, { intent: "save", ...valid() }, "不能再修改");
    }
  });

  it("bad moves: unknown intent, missing, huge or marked-up cancel reason", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id });
    await refused(`/fairs/${fair.id}/edit`, { intent: "delete" }, "未知的操作");
    await refused(`/fairs/${fair.id}/edit`, {}, "未知的操作");
    await refused(`/fairs/${fair.id}/edit`, { intent: "cancel", confirm: "yes" }, "请填写取消原因");
    await refused(`/fairs/${fair.id}/edit`, { intent: "cancel", confirm: "yes", reason: "因".repeat(501) }, "取消原因不能超过 500 个字符");
    await refused(`/fairs/${fair.id}/edit`, { intent: "cancel", confirm: "yes", reason: "<b>暴雪</b>" }, "取消原因不能包含 HTML 标签");
    await refused(`/fairs/${fair.id}/edit`, { intent: "cancel", confirm: "maybe", reason: "暴雪" }, "确认参数无效");
  });
});
