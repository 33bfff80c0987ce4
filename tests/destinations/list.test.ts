import { beforeAll, describe, expect, it } from "vitest";
import { employed, useDestinationWorld } from "./world";

// /destinations: every query parameter driven through the URL — year (default the latest class), school
// (the bureau's), kind (one of the 13, a group, 未登记), confirmation, program, q (name or 学号 prefix),
// page — and the counts at the top, typed from the graduates made here.

const w = useDestinationWorld();
// Each graduate once, as the title link of their row (the loader data repeats the names in a script).
const names = (html: string) => [...html.matchAll(/>示例·名单(\w+)<\/a>/g)].map((m) => m[1]!).sort();
const count = (html: string, key: string) => Number(new RegExp(`data-testid="count-${key}">(\\d+)<`).exec(html)![1]);

let otherProgramId: number;
let cookingProgramId: number;

beforeAll(async () => {
  const cooking = await w.make.program({ name: "示例·中餐烹饪" });
  const nursing = await w.make.program({ name: "示例·护理" });
  cookingProgramId = cooking.id;
  otherProgramId = nursing.id;
  const cookingOffer = await w.make.schoolProgram({ schoolId: w.school.id, programId: cooking.id });
  const nursingOffer = await w.make.schoolProgram({ schoolId: w.school.id, programId: nursing.id });
  const make = async (tag: string, studentNumber: string, offer: number, destination: Record<string, string> | null, cohortYear = 2023) => {
    const s = await w.make.student({ name: `示例·名单${tag}`, studentNumber, status: "GRADUATED", schoolId: w.school.id, schoolProgramId: offer, cohortYear });
    if (destination) expect((await w.schoolStaff.client.post(`/destinations/${s.id}`, destination)).status).toBe(302);
    return s;
  };
  await make("A", "7100001", cookingOffer.id, employed());
  await make("B", "7100002", cookingOffer.id, { kind: "EMPLOYED_FLEXIBLE", employerName: "个体", employerProvince: "内蒙古" });
  await make("C", "7100003", nursingOffer.id, { kind: "STUDY_VOCATIONAL_BACHELOR", employerName: "内蒙古师范大学" });
  await make("D", "7200004", nursingOffer.id, { kind: "UNPLACED" });
  await make("E", "7200005", nursingOffer.id, null);
  await make("F", "7200006", cookingOffer.id, employed(), 2022); // 2025届
  // An enrolled student of the 2026届 is no graduate yet.
  await w.make.student({ name: "示例·名单G", status: "ENROLLED", schoolId: w.school.id, schoolProgramId: cookingOffer.id });
  // Answers: A confirmed, B disputed.
  const [a, b] = await Promise.all(["7100001", "7100002"].map((n) => w.db.prisma.student.findFirstOrThrow({ where: { studentNumber: n } })));
  await w.db.prisma.graduateDestination.update({ where: { studentId: a!.id }, data: { confirmation: "CONFIRMED", confirmedAt: new Date() } });
  await w.db.prisma.graduateDestination.update({ where: { studentId: b!.id }, data: { confirmation: "DISPUTED", confirmedAt: new Date(), disputeNote: "示例异议" } });
  // Another school's graduate, for the bureau's school filter.
  await w.make.student({ name: "示例·名单Z", status: "GRADUATED", schoolId: w.otherSchool.id });
});

const office = async (query = "") => (await w.schoolStaff.client.get(`/destinations${query}`)).text();

describe("filters through the URL", () => {
  it("no parameters: the latest class (2026届) of the school, graduates only, by 学号; the counts", async () => {
    const html = await office();
    expect(html).toContain("毕业去向 · 2026届");
    expect(names(html)).toEqual(["A", "B", "C", "D", "E"]);
    expect([count(html, "graduates"), count(html, "recorded"), count(html, "confirmed"), count(html, "disputed")]).toEqual([5, 4, 1, 1]);
  });

  it("year", async () => {
    const html = await office("?year=2025");
    expect(names(html)).toEqual(["F"]);
    expect(count(html, "graduates")).toBe(1);
    expect(names(await office("?year=2024"))).toEqual([]);
    // Nonsense is no filter: the latest class.
    expect(names(await office("?year=abc"))).toEqual(["A", "B", "C", "D", "E"]);
    expect(names(await office("?year=1999"))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("kind: one value, a group, 待就业, 未登记", async () => {
    expect(names(await office("?kind=EMPLOYED_CONTRACT"))).toEqual(["A"]);
    expect(names(await office("?kind=EMPLOYED"))).toEqual(["A", "B"]);
    expect(names(await office("?kind=STUDY"))).toEqual(["C"]);
    expect(names(await office("?kind=STUDY_VOCATIONAL_BACHELOR"))).toEqual(["C"]);
    expect(names(await office("?kind=STUDY_GAOKAO_BACHELOR"))).toEqual([]);
    expect(names(await office("?kind=UNPLACED"))).toEqual(["D"]);
    expect(names(await office("?kind=NONE"))).toEqual(["E"]);
    expect(names(await office("?kind=nonsense"))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("confirmation", async () => {
    expect(names(await office("?confirmation=CONFIRMED"))).toEqual(["A"]);
    expect(names(await office("?confirmation=DISPUTED"))).toEqual(["B"]);
    expect(names(await office("?confirmation=UNCONFIRMED"))).toEqual(["C", "D"]);
    // The counts stay the year's, whatever the filter.
    expect(count(await office("?confirmation=DISPUTED"), "graduates")).toBe(5);
  });

  it("program", async () => {
    expect(names(await office(`?program=${cookingProgramId}`))).toEqual(["A", "B"]);
    expect(names(await office(`?program=${otherProgramId}`))).toEqual(["C", "D", "E"]);
    expect(names(await office("?program=abc"))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("q: a name part or a 学号 prefix; control characters are no filter", async () => {
    expect(names(await office(`?q=${encodeURIComponent("名单C")}`))).toEqual(["C"]);
    expect(names(await office("?q=72"))).toEqual(["D", "E"]);
    expect(names(await office("?q=7100002"))).toEqual(["B"]);
    expect(names(await office("?q=00002"))).toEqual([]); // a 学号 matches from its start
    expect(names(await office("?q=%00"))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("filters together", async () => {
    expect(names(await office(`?kind=EMPLOYED&confirmation=DISPUTED&program=${cookingProgramId}&q=71`))).toEqual(["B"]);
  });

  it("school: the bureau narrows to one school; an office's own school whatever it asks", async () => {
    const bureau = async (q: string) => (await w.bureau.client.get(`/destinations${q}`)).text();
    const one = await bureau(`?school=${w.school.id}`);
    expect(names(one)).toEqual(["A", "B", "C", "D", "E"]);
    expect(count(one, "graduates")).toBe(5);
    expect(names(await bureau(`?school=${w.otherSchool.id}`))).toEqual(["Z"]);
    expect(names(await bureau(""))).toEqual(["A", "B", "C", "D", "E", "Z"]);
    expect(names(await office(`?school=${w.otherSchool.id}`))).toEqual(["A", "B", "C", "D", "E"]);
  });

  it("page: 50 a page; past the last page is sent to the last, filters kept", async () => {
    const offer = await w.make.schoolProgram({ schoolId: w.school.id, programId: (await w.make.program()).id });
    for (let i = 0; i < 51; i++) {
      await w.make.student({ name: `示例·分页${i}`, studentNumber: `8${String(i).padStart(6, "0")}`, status: "GRADUATED", schoolId: w.school.id, schoolProgramId: offer.id, cohortYear: 2021 });
    }
    const first = await office("?year=2024");
    expect((first.match(/示例·分页\d+<\/a>/g) ?? []).length).toBe(50);
    expect(first).toContain("第 1 / 2 页，共 51 条");
    const second = await office("?year=2024&page=2");
    expect(second).toContain("示例·分页50");
    expect((second.match(/示例·分页\d+<\/a>/g) ?? []).length).toBe(1);
    const past = await w.schoolStaff.client.get("/destinations?year=2024&page=9");
    expect(past.status).toBe(302);
    expect(past.headers.get("location")).toBe("/destinations?year=2024&page=2");
  });
});
