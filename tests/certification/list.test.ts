import { beforeAll, describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { useCertificationWorld } from "./world";

// Every query parameter of /certifications driven through the URL: state, level, school (the bureau's),
// expiring=N (in force and last in force within N days), page; nonsense means "all". And the counts per
// school and level with the ratio, for the list's scope.

const w = useCertificationWorld();
const names: Record<string, string> = {};

beforeAll(async () => {
  const make = async (key: string, schoolId: number, traits: Record<string, unknown>) => {
    const t = await w.make.teacher({ schoolId, name: `列表教师${key}` });
    names[key] = t.name;
    await w.make.certification({ teacherId: t.id, ...traits });
  };
  await make("待认定", w.school.id, { level: "JUNIOR" });
  await make("即将到期", w.school.id, { level: "INTERMEDIATE", certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(30) });
  await make("远期到期", w.school.id, { level: "INTERMEDIATE", certified: true, validFrom: dayFromToday(-100), validUntil: dayFromToday(31) });
  await make("已过期", w.school.id, { level: "SENIOR", certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(-1) });
  await make("未通过", w.school.id, { level: "SENIOR", status: "REFUSED", refusalReason: "材料不全" });
  await make("已撤回", w.school.id, { status: "WITHDRAWN" });
  await make("别校", w.otherSchool.id, { level: "SENIOR", certified: true, validFrom: dayFromToday(-10), validUntil: dayFromToday(2000) });
});

const shown = async (query: string, client = w.bureau.client) => {
  const html = await (await client.get(`/certifications${query}`)).text();
  return Object.keys(names).filter((k) => html.includes(names[k]!)).sort();
};

describe("filters through the URL", () => {
  it("state", async () => {
    const mine = `&school=${w.school.id}`;
    expect(await shown(`?state=SUBMITTED${mine}`)).toEqual(["待认定"]);
    expect(await shown(`?state=IN_FORCE${mine}`)).toEqual(["即将到期", "远期到期"].sort());
    expect(await shown(`?state=EXPIRED${mine}`)).toEqual(["已过期"]);
    expect(await shown(`?state=REFUSED${mine}`)).toEqual(["未通过"]);
    expect(await shown(`?state=WITHDRAWN${mine}`)).toEqual(["已撤回"]);
    expect(await shown(`?state=nonsense${mine}`)).toHaveLength(6);
  });
  it("level", async () => {
    expect(await shown(`?level=INTERMEDIATE&school=${w.school.id}`)).toEqual(["即将到期", "远期到期"].sort());
    expect(await shown("?level=SENIOR")).toEqual(["别校", "已过期", "未通过"].sort());
    expect(await shown("?level=NONE")).toHaveLength(7);
  });
  it("school: the bureau narrows to one; a school's office is always its own", async () => {
    expect(await shown(`?school=${w.otherSchool.id}`)).toEqual(["别校"]);
    expect(await shown(`?school=${w.otherSchool.id}`, w.schoolStaff.client)).toHaveLength(6);
    expect(await shown("?school=0x1F")).toHaveLength(7);
  });
  it("expiring=N: in force and the last day within N days, both sides of the edge", async () => {
    expect(await shown("?expiring=30")).toEqual(["即将到期"]);
    expect(await shown("?expiring=31")).toEqual(["即将到期", "远期到期"].sort());
    expect(await shown("?expiring=29")).toEqual([]);
    expect(await shown("?expiring=-5")).toHaveLength(7);
    expect(await shown("?expiring=99999")).toHaveLength(7);
  });
  it("page: past the last page is sent to the last, filters kept", async () => {
    const response = await w.bureau.client.get("/certifications?page=9&level=SENIOR");
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/certifications?page=1&level=SENIOR");
    expect((await w.bureau.client.get("/certifications?page=abc")).status).toBe(200);
  });
});

describe("counts per school and level, and the ratio", () => {
  it("full-time teachers by level in force: the expired one counts nowhere, the recorded level counts, part-time teachers are outside", async () => {
    const s = await w.make.school();
    const staff = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: s.id })).id);
    await w.make.teacher({ schoolId: s.id, dualTeacherLevel: "INTERMEDIATE" }); // recorded before the platform
    const certified = await w.make.teacher({ schoolId: s.id });
    await w.make.certification({ teacherId: certified.id, level: "SENIOR", certified: true, validFrom: dayFromToday(-10), validUntil: dayFromToday(0) });
    const lapsed = await w.make.teacher({ schoolId: s.id, dualTeacherLevel: "JUNIOR" });
    await w.make.certification({ teacherId: lapsed.id, level: "JUNIOR", certified: true, validFrom: dayFromToday(-1000), validUntil: dayFromToday(-1) });
    await w.make.teacher({ schoolId: s.id, fullTime: false, dualTeacherLevel: "SENIOR" });
    const html = await (await staff.get("/certifications")).text();
    // 3 full-time (the part-time one is outside); in force: 中级 (recorded) and 高级; the lapsed one is none. 2 ÷ 3 = 66.67%.
    expect(html).toContain("双师素质专任教师比例 66.67%");
    expect(html).toContain("（2 ÷ 3 名专任教师；初级 0 · 中级 1 · 高级 1）");
  });
});
