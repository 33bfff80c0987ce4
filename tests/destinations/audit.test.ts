import { describe, expect, it } from "vitest";
import { destinationTables, employed, useDestinationWorld } from "./world";

// Every write of a destination leaves exactly one DestinationChange with the right before, after, actor
// and via; a post that changes nothing leaves none. A changed destination is the student's to confirm
// again. The record's page shows the audit as readable Chinese.

const w = useDestinationWorld();

const changesOf = (studentId: number) => w.db.prisma.destinationChange.findMany({ where: { studentId }, orderBy: { id: "asc" } });

describe("the school's form writes through the audit", () => {
  it("creating: 302, one change via SCHOOL by the office, before null, after the whole destination", async () => {
    const { student } = await w.graduate();
    const response = await w.schoolStaff.client.post(`/destinations/${student.id}`, { ...employed(), note: "电话核实" });
    expect(response.status).toBe(302);
    const changes = await changesOf(student.id);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ via: "SCHOOL", actorUserId: w.schoolStaff.user.id, before: null, note: "电话核实" });
    expect(changes[0]!.after).toEqual({
      kind: "EMPLOYED_CONTRACT",
      graduationYear: 2026,
      employerName: "示例·伊利实业集团",
      employerOrganisationId: null,
      employerProvince: "内蒙古自治区",
      employerCity: "呼和浩特市",
      employerSize: "LARGE",
      sector: "SECONDARY",
      monthlyIncome: 4200,
      promoted: null,
      employedOn: "2026-07-01",
    });
    const row = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: student.id } });
    expect(row).toMatchObject({ kind: "EMPLOYED_CONTRACT", confirmation: "UNCONFIRMED", graduationYear: 2026 });
  });

  it("short names are stored in full: 内蒙古 → 内蒙古自治区, 呼市 → 呼和浩特市", async () => {
    const { student } = await w.graduate();
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed({ employerProvince: "内蒙古", employerCity: "呼市" }));
    const row = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: student.id } });
    expect([row.employerProvince, row.employerCity]).toEqual(["内蒙古自治区", "呼和浩特市"]);
  });

  it("changing: one more change with before and after, by the second office account", async () => {
    const { student } = await w.graduate();
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
    const response = await w.secondStaff.client.post(`/destinations/${student.id}`, employed({ monthlyIncome: "4800", employerCity: "包头市" }));
    expect(response.status).toBe(302);
    const changes = await changesOf(student.id);
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ via: "SCHOOL", actorUserId: w.secondStaff.user.id });
    expect(changes[1]!.before).toMatchObject({ monthlyIncome: 4200, employerCity: "呼和浩特市" });
    expect(changes[1]!.after).toMatchObject({ monthlyIncome: 4800, employerCity: "包头市" });
  });

  it("the same post again: 302, no change written, the row untouched", async () => {
    const { student } = await w.graduate();
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
    const before = await destinationTables(w.db);
    const response = await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
    expect(response.status).toBe(302);
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("a note alone is not a change: no audit line", async () => {
    const { student } = await w.graduate();
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
    await w.schoolStaff.client.post(`/destinations/${student.id}`, { ...employed(), note: "再次核实" });
    expect(await changesOf(student.id)).toHaveLength(1);
  });

  it("a changed destination the student confirmed or disputed is theirs to confirm again (UNCONFIRMED, note cleared)", async () => {
    for (const confirmation of ["CONFIRMED", "DISPUTED"] as const) {
      const { student } = await w.graduate();
      await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
      await w.db.prisma.graduateDestination.update({
        where: { studentId: student.id },
        data: { confirmation, confirmedAt: new Date(), disputeNote: confirmation === "DISPUTED" ? "单位名称不对" : null },
      });
      // Unchanged: the answer stands.
      await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
      expect((await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: student.id } })).confirmation).toBe(confirmation);
      // Changed: asked again.
      await w.schoolStaff.client.post(`/destinations/${student.id}`, employed({ employerName: "示例·蒙牛乳业" }));
      const row = await w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId: student.id } });
      expect(row).toMatchObject({ confirmation: "UNCONFIRMED", confirmedAt: null, disputeNote: null, employerName: "示例·蒙牛乳业" });
    }
  });

  it("the page shows who, via what, and before → after in Chinese", async () => {
    const { student } = await w.graduate();
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed({ kind: "EMPLOYED_FLEXIBLE", monthlyIncome: "3000" }));
    const html = await (await w.bureau.client.get(`/destinations/${student.id}`)).text();
    expect(html).toContain("学校登记");
    expect(html).toContain(w.schoolStaff.user.displayName);
    expect(html).toContain("去向：合同就业 → 灵活就业");
    expect(html).toContain("月收入：4200 元/月 → 3000 元/月");
    expect(html).toContain("单位名称：示例·伊利实业集团");
  });
});

describe("the field rules (the import's), both sides", () => {
  const cases: Array<[string, Record<string, string>, number, string?]> = [
    ["就业 with 单位名称 and 所在省: recorded", employed(), 302],
    ["就业 without 单位名称", employed({ employerName: "" }), 400, "就业须填写单位名称"],
    ["就业 without 所在省", employed({ employerProvince: "", employerCity: "" }), 400, "就业须填写单位所在省"],
    ["灵活就业 with name and province only: recorded", { kind: "EMPLOYED_FLEXIBLE", employerName: "个体经营", employerProvince: "内蒙古" }, 302],
    ["升学 with the school admitted to: recorded", { kind: "STUDY_SINGLE_ENROLMENT", employerName: "内蒙古机电职业技术学院" }, 302],
    ["升学 without the school", { kind: "STUDY_GAOKAO_BACHELOR" }, 400, "升学须填写单位名称（录取学校）"],
    ["升学 with a 月收入", { kind: "STUDY_SINGLE_ENROLMENT", employerName: "某学院", monthlyIncome: "3000" }, 400, "月收入只适用于就业去向"],
    ["待就业 alone: recorded", { kind: "UNPLACED" }, 302],
    ["待就业 naming an employer", { kind: "UNPLACED", employerName: "某公司" }, 400, "待就业不填写单位名称和所在地"],
    ["待就业 with a size", { kind: "UNPLACED", employerSize: "SMALL" }, 400, "单位规模只适用于就业去向"],
    ["a city without its province", { kind: "STUDY_SINGLE_ENROLMENT", employerName: "某学院", employerCity: "包头市" }, 400, "填写单位所在市时须填写单位所在省"],
    ["呼和浩特市 in another province", employed({ employerProvince: "山西省" }), 400, "呼和浩特市位于内蒙古自治区"],
    ["月收入 500: recorded", employed({ monthlyIncome: "500" }), 302],
    ["月收入 499", employed({ monthlyIncome: "499" }), 400, "月收入须为 500–100000 之间的整数"],
    ["月收入 100000: recorded", employed({ monthlyIncome: "100000" }), 302],
    ["月收入 100001", employed({ monthlyIncome: "100001" }), 400, "月收入须为 500–100000 之间的整数"],
    ["月收入 with decimals", employed({ monthlyIncome: "4200.5" }), 400, "月收入须为整数"],
  ];
  it.each(cases)("%s", async (_name, body, status, message) => {
    const { student } = await w.graduate();
    const before = await destinationTables(w.db);
    const response = await w.schoolStaff.client.post(`/destinations/${student.id}`, body);
    expect(response.status).toBe(status);
    if (message) {
      expect(await response.text()).toContain(message);
      expect(await destinationTables(w.db)).toEqual(before);
    } else {
      expect(await w.db.prisma.destinationChange.count({ where: { studentId: student.id } })).toBe(1);
    }
  });

  it("a student not graduated: 400, nothing written; the page offers no form", async () => {
    const { student } = await w.graduate({ status: "ENROLLED" });
    const before = await destinationTables(w.db);
    const response = await w.schoolStaff.client.post(`/destinations/${student.id}`, employed());
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("该学生尚未毕业");
    expect(await destinationTables(w.db)).toEqual(before);
    const html = await (await w.schoolStaff.client.get(`/destinations/${student.id}`)).text();
    expect(html).toContain("尚未毕业");
    expect(html).not.toContain("登记毕业去向</h2>");
  });
});
