import { beforeAll, describe, expect, it } from "vitest";
import { mentorFigures } from "~/features/mentors/index.server";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";

// 行业导师 (/mentors, app/features/mentors/): who sees whose mentors, the form's bad input, and the figures the
// quality report reads (附表6 rows 17 and 19). Expected figures are counted by hand from the rows written here:
// people are distinct (enterprise, name) with hours in the school year, hours their sum.

const t = useTestApp();
const LONG = "长".repeat(10_000);
const SCRIPT = "<script>alert(1)</script>";
type Fields = Record<string, string | string[]>;

let schoolA: { id: number };
let schoolB: { id: number };
let host: { id: number };
let otherHost: { id: number };
let classA: { id: number };
let classB: { id: number };
let placementA: { id: number };
const clients: Record<string, Client> = {};

beforeAll(async () => {
  const m = t.make;
  schoolA = await m.school({ name: "导师测试学校甲" });
  schoolB = await m.school({ name: "导师测试学校乙" });
  host = await m.enterprise({ name: "导师测试企业" });
  otherHost = await m.enterprise({ name: "导师测试另一企业" });
  classA = await m.orderClass({ schoolId: schoolA.id, enterpriseId: host.id, cohortYear: 2025, mentors: ["示例·甲班王师傅", "示例·甲班李师傅"] });
  classB = await m.orderClass({ schoolId: schoolB.id, enterpriseId: host.id, cohortYear: 2025, mentors: ["示例·乙班赵师傅"] });
  placementA = await m.internshipPlacement({ schoolId: schoolA.id, enterpriseId: otherHost.id, mentorName: "示例·实习周老师", startsOn: "2025-10-01", endsOn: "2026-03-31" });
  await m.internshipPlacement({ schoolId: schoolB.id, enterpriseId: otherHost.id, mentorName: "示例·乙校实习孙老师", startsOn: "2025-10-01", endsOn: "2026-03-31" });
  // Hours in 2025–26: school A's 王 twice (one person), 周 once; school B's 赵; 王 of the same enterprise at school B
  // (the same person as at A: counted once city-wide); and one entry in 2024–25, which 2025–26 leaves out.
  await m.mentorTeaching({ schoolId: schoolA.id, enterpriseId: host.id, mentorName: "示例·甲班王师傅", schoolYear: 2025, hours: 40, orderClassId: classA.id });
  await m.mentorTeaching({ schoolId: schoolA.id, enterpriseId: host.id, mentorName: "示例·甲班王师傅", schoolYear: 2025, hours: 24 });
  await m.mentorTeaching({ schoolId: schoolA.id, enterpriseId: otherHost.id, mentorName: "示例·实习周老师", schoolYear: 2025, hours: 30, placementId: placementA.id });
  await m.mentorTeaching({ schoolId: schoolB.id, enterpriseId: host.id, mentorName: "示例·乙班赵师傅", schoolYear: 2025, hours: 100, orderClassId: classB.id });
  await m.mentorTeaching({ schoolId: schoolB.id, enterpriseId: host.id, mentorName: "示例·甲班王师傅", schoolYear: 2025, hours: 6 });
  await m.mentorTeaching({ schoolId: schoolA.id, enterpriseId: host.id, mentorName: "示例·甲班李师傅", schoolYear: 2024, hours: 50 });
  const user = async (name: string, role: "BUREAU_ADMIN" | "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "STUDENT", organisationId: number) =>
    (clients[name] = await t.clientFor((await m.user({ role, organisationId })).id));
  await user("bureau", "BUREAU_ADMIN", (await m.bureau()).id);
  await user("officeA", "SCHOOL_STAFF", schoolA.id);
  await user("officeB", "SCHOOL_STAFF", schoolB.id);
  await user("teacherA", "TEACHER", schoolA.id);
  await user("hostStaff", "ENTERPRISE_STAFF", host.id);
  await user("studentA", "STUDENT", schoolA.id);
});

const rowsOf = (html: string) => [...html.matchAll(/data-row-id="([^"]+)"/g)].map((x) => x[1]!);
const stat = (html: string, id: string) => new RegExp(`data-testid="${id}">([\\d,]+)<`).exec(html)?.[1];

describe("mentorFigures (附表6 rows 17 and 19)", () => {
  it("counts each (enterprise, name) with hours in the school year once, and sums the hours", async () => {
    // 2025–26: 王 (A and B, one person), 周, 赵 = 3 people; 40 + 24 + 30 + 100 + 6 = 200 hours.
    expect(await mentorFigures({ schoolYear: 2025, schoolId: null })).toEqual({ people: 3, hours: 200 });
    // School A: 王, 周 = 2 people, 94 hours; school B: 赵, 王 = 2 people, 106 hours.
    expect(await mentorFigures({ schoolYear: 2025, schoolId: schoolA.id })).toEqual({ people: 2, hours: 94 });
    expect(await mentorFigures({ schoolYear: 2025, schoolId: schoolB.id })).toEqual({ people: 2, hours: 106 });
    // The school year before holds only 李's 50; the one after nothing.
    expect(await mentorFigures({ schoolYear: 2024, schoolId: null })).toEqual({ people: 1, hours: 50 });
    expect(await mentorFigures({ schoolYear: 2026, schoolId: null })).toEqual({ people: 0, hours: 0 });
  });

  it("takes a name with spaces around it for the same person", async () => {
    const school = await t.make.school();
    await t.make.mentorTeaching({ schoolId: school.id, enterpriseId: host.id, mentorName: "示例·空格师傅", schoolYear: 2030, hours: 5 });
    await t.make.mentorTeaching({ schoolId: school.id, enterpriseId: host.id, mentorName: " 示例·空格师傅 ", schoolYear: 2030, hours: 7 });
    await t.make.mentorTeaching({ schoolId: school.id, enterpriseId: otherHost.id, mentorName: "示例·空格师傅", schoolYear: 2030, hours: 1 });
    // Same name at another enterprise is another person.
    expect(await mentorFigures({ schoolYear: 2030, schoolId: school.id })).toEqual({ people: 2, hours: 13 });
  });
});

describe("/mentors: who sees whose", () => {
  it("a school's office sees its own school's mentors and figures, from classes, placements and hours", async () => {
    const html = await (await clients.officeA!.get("/mentors?year=2025")).text();
    expect(stat(html, "mentor-people")).toBe("2");
    expect(stat(html, "mentor-hours")).toBe("94");
    const rows = rowsOf(html);
    expect(rows).toContain(`${schoolA.id}:${host.id}:示例·甲班王师傅`);
    expect(rows).toContain(`${schoolA.id}:${host.id}:示例·甲班李师傅`); // from the class; no hours this year
    expect(rows).toContain(`${schoolA.id}:${otherHost.id}:示例·实习周老师`);
    expect(html).not.toContain("乙班赵师傅");
    expect(html).not.toContain("乙校实习孙老师");
    expect(html).toMatch(/<form[^>]*id="mentor-hours"/);
  });

  it("the year is read from the URL: 2024–25 shows 李's 50 hours; a year that does not parse is the current one", async () => {
    const html = await (await clients.officeA!.get("/mentors?year=2024")).text();
    expect(html).toContain("2024–2025学年");
    expect(stat(html, "mentor-hours")).toBe("50");
    const junk = await clients.officeA!.get("/mentors?year=abc");
    expect(junk.status).toBe(200);
  });

  it("a school asking for another school's mentors gets 404", async () => {
    expect((await clients.officeA!.get(`/mentors?school=${schoolB.id}`)).status).toBe(404);
    expect((await clients.officeB!.get(`/mentors?school=${schoolA.id}`)).status).toBe(404);
  });

  it("the bureau reads every school, and one school through ?school=, without a form", async () => {
    const city = await (await clients.bureau!.get("/mentors?year=2025")).text();
    expect(stat(city, "mentor-people")).toBe("3");
    expect(stat(city, "mentor-hours")).toBe("200");
    expect(city).toContain("乙班赵师傅");
    expect(city).toContain("甲班王师傅");
    expect(city).not.toMatch(/<form[^>]*id="mentor-hours"/);
    const b = await (await clients.bureau!.get(`/mentors?year=2025&school=${schoolB.id}`)).text();
    expect(stat(b, "mentor-hours")).toBe("106");
    expect(b).not.toContain("实习周老师");
    expect((await clients.bureau!.get(`/mentors?school=${host.id}`)).status).toBe(404); // an enterprise is no school
  });

  it("teachers, enterprises and students may not read it (403), nor post", async () => {
    for (const who of ["teacherA", "hostStaff", "studentA"]) {
      expect((await clients[who]!.get("/mentors")).status, who).toBe(403);
      expect((await clients[who]!.post("/mentors", good())).status, who).toBe(403);
    }
    expect((await clients.bureau!.post("/mentors", good())).status).toBe(403);
  });
});

const good = (): Fields => ({ enterpriseId: String(host.id), mentorName: "示例·新导师", schoolYear: "2025", hours: "12" });
const count = () => t.db.prisma.mentorTeaching.count();

describe("/mentors: recording hours", () => {
  it("the office records an entry for its own school and it counts", async () => {
    const before = await mentorFigures({ schoolYear: 2025, schoolId: schoolA.id });
    const response = await clients.officeA!.post("/mentors", { ...good(), orderClassId: String(classA.id) });
    expect(response.status).toBe(302);
    const row = await t.db.prisma.mentorTeaching.findFirstOrThrow({ where: { mentorName: "示例·新导师" } });
    expect(row).toMatchObject({ schoolId: schoolA.id, enterpriseId: host.id, schoolYear: 2025, hours: 12, orderClassId: classA.id });
    expect(await mentorFigures({ schoolYear: 2025, schoolId: schoolA.id })).toEqual({ people: before.people + 1, hours: before.hours + 12 });
    await t.db.prisma.mentorTeaching.delete({ where: { id: row.id } });
  });

  const cases: Array<[string, Fields, string]> = [
    ["no enterprise", { enterpriseId: "" }, "请选择企业"],
    ["letters as enterprise", { enterpriseId: "abc" }, "企业无效"],
    ["huge enterprise id", { enterpriseId: "99999999999999" }, "企业无效"],
    ["a school as enterprise", { enterpriseId: "__SCHOOL_B__" }, "企业不存在"],
    ["no name", { mentorName: "" }, "请填写导师姓名"],
    ["10 kB name", { mentorName: LONG }, "导师姓名不能超过 20 个字符"],
    ["markup name", { mentorName: SCRIPT }, "导师姓名不能包含 HTML 标签"],
    ["control character in the name", { mentorName: "王\u0000师傅" }, "导师姓名不能包含控制字符"],
    ["no hours", { hours: "" }, "请填写课时"],
    ["zero hours", { hours: "0" }, "课时不能小于 1"],
    ["2001 hours", { hours: "2001" }, "课时不能大于 2000"],
    ["letters as hours", { hours: "很多" }, "课时须为整数"],
    ["fractional hours", { hours: "1.5" }, "课时须为整数"],
    ["hours posted twice", { hours: ["1", "2"] }, "课时须为整数"],
    ["no school year", { schoolYear: "" }, "请填写学年"],
    ["school year 1999", { schoolYear: "1999" }, "学年不能小于 2000"],
    ["school year 2100", { schoolYear: "2100" }, "学年不能大于 2099"],
    ["both a class and a placement", { orderClassId: "__CLASS_A__", placementId: "__PLACEMENT_A__" }, "订单班和实习只能选一项"],
    ["another school's class", { orderClassId: "__CLASS_B__" }, "该订单班不属于本校或不属于所选企业"],
    ["a placement of another enterprise", { placementId: "__PLACEMENT_A__" }, "该实习不属于本校或不属于所选企业"],
  ];
  const resolve = (fields: Fields): Fields =>
    Object.fromEntries(
      Object.entries(fields).map(([k, v]) => [
        k,
        typeof v === "string"
          ? v.replace("__SCHOOL_B__", String(schoolB.id)).replace("__CLASS_A__", String(classA.id)).replace("__CLASS_B__", String(classB.id)).replace("__PLACEMENT_A__", String(placementA.id))
          : v,
      ]),
    );
  for (const [name, fields, message] of cases) {
    it(`${name}: ${message}, 400, nothing written`, async () => {
      const before = await count();
      const response = await clients.officeA!.post("/mentors", { ...good(), ...resolve(fields) });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(message);
      expect(await count()).toBe(before);
    });
  }
});
