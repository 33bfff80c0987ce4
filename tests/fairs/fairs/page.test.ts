import { describe, expect, it } from "vitest";
import { useFairWorld } from "./world";

// The fair's page: booths, positions and headcount as typed here, the map's taken booths, the facts in
// Hohhot time and the controls each role gets.

const w = useFairWorld();
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;
const text = async (client: { get: (p: string) => Promise<Response> }, path: string) => {
  const response = await client.get(path);
  expect(response.status).toBe(200);
  return response.text();
};

describe("booths, positions and headcount", () => {
  it("lists approved booths with their enterprise, booth label, positions and headcounts; the map marks them taken", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, boothCount: 12, boothsPerRow: 5 });
    const hotel = await w.make.enterprise({ name: "内蒙古饭店测试" });
    const hilton = await w.make.enterprise({ name: "希尔顿欢朋测试" });
    const waiting = await w.make.enterprise({ name: "待审企业测试" });
    const chef = await w.make.position({ enterpriseId: hotel.id, title: "中餐厨师", kind: "JOB", headcount: 6 });
    const waiter = await w.make.position({ enterpriseId: hotel.id, title: "餐厅服务员", kind: "INTERNSHIP", headcount: 10 });
    const desk = await w.make.position({ enterpriseId: hilton.id, title: "前台接待", kind: "JOB", headcount: 3 });
    const hidden = await w.make.position({ enterpriseId: waiting.id, title: "不该出现的岗位", kind: "JOB", headcount: 99 });
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: hotel.id, approved: true, boothNo: 7, positionIds: [chef.id, waiter.id] });
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: hilton.id, approved: true, boothNo: 11, positionIds: [desk.id] });
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: waiting.id, positionIds: [hidden.id] });

    const page = await text(w.student.client, `/fairs/${fair.id}`);
    // Booth 7 at 5 a row is row B place 2; booth 11 is row C place 1.
    const plain = page.replace(/<!-- -->/g, "").replace(/<[^>]+>/g, "");
    expect(plain).toContain("B02 内蒙古饭店测试");
    expect(plain).toContain("C01 希尔顿欢朋测试");
    expect(page).toContain(`href="/positions/${chef.id}"`);
    expect(page).toContain(`href="/positions/${desk.id}"`);
    expect(plain).toContain("中餐厨师 · 就业岗位 · 招 6 人");
    expect(plain).toContain("餐厅服务员 · 岗位实习 · 招 10 人");
    expect(page).toContain("本展位共招 16 人");
    expect(page).toContain("本展位共招 3 人");
    expect(page).toContain("2 家企业，共招聘 19 人");
    expect(page).not.toContain("待审企业测试");
    expect(page).not.toContain("不该出现的岗位");
    // The map: 12 booths in rows of 5 (A01–A05, B01–B05, C01–C02), two taken.
    const cells = [...page.matchAll(/<span role="listitem" class="booth (taken|free)"[^>]*>([A-Z]\d{2})<\/span>/g)].map((m) => [m[2], m[1]]);
    expect(cells.map((c) => c[0])).toEqual(["A01", "A02", "A03", "A04", "A05", "B01", "B02", "B03", "B04", "B05", "C01", "C02"]);
    expect(cells.filter((c) => c[1] === "taken").map((c) => c[0])).toEqual(["B02", "C01"]);
    expect(page).toContain("共 12 个展位，已分配 2 个");
  });

  it("facts in Hohhot time: a fair 09:00–17:00 in Hohhot is shown so, with its windows", async () => {
    const startsAt = new Date("2027-05-20T01:00:00Z");
    const fair = await w.make.jobFair({
      organiserId: w.school.id,
      startsAt,
      endsAt: new Date("2027-05-20T09:00:00Z"),
      studentRegistrationOpensAt: new Date("2027-05-01T00:00:00Z"),
      studentRegistrationClosesAt: startsAt,
      venue: "青城体育馆",
    });
    const page = await text(w.schoolStaff.client, `/fairs/${fair.id}`);
    expect(page).toContain("2027-05-20 09:00—17:00");
    expect(page).toContain("青城体育馆");
    expect(page).toContain("2027-05-01 08:00 至 2027-05-20 09:00（尚未开始）");
  });
});

describe("controls by role", () => {
  it("the organiser's office: manage, booths, check-in, report; a teacher of the school: check-in only; the bureau: report", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id });
    const links = (page: string) => ["/edit", "/booths", "/check-in", "/report"].filter((l) => page.includes(`href="/fairs/${fair.id}${l}"`));
    expect(links(await text(w.schoolStaff.client, `/fairs/${fair.id}`))).toEqual(["/edit", "/booths", "/check-in", "/report"]);
    expect(links(await text(w.teacher.client, `/fairs/${fair.id}`))).toEqual(["/check-in"]);
    expect(links(await text(w.bureau.client, `/fairs/${fair.id}`))).toEqual(["/report"]);
    expect(links(await text(w.otherSchoolStaff.client, `/fairs/${fair.id}`))).toEqual([]);
    expect(links(await text(w.student.client, `/fairs/${fair.id}`))).toEqual([]);
  });

  it("an enterprise: 申请展位 without a booth, 我的展位 with one", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id });
    const page = await text(w.enterpriseStaff.client, `/fairs/${fair.id}`);
    expect(page).toContain(`href="/fairs/${fair.id}/booth"`);
    expect(page).toContain("申请展位");
    await w.make.fairBooth({ fairId: fair.id, enterpriseId: w.enterprise.id });
    expect(await text(w.enterpriseStaff.client, `/fairs/${fair.id}`)).toContain("我的展位（待审核）");
  });

  it("a student: 报名 while eligible and the window is open; 入场码 and 取消报名 once registered", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id });
    const open = await text(w.student.client, `/fairs/${fair.id}`);
    expect(open).toMatch(new RegExp(`<form method="post" action="/fairs/${fair.id}/registration"[^>]*>.*?name="intent" value="register"`, "s"));
    const registered = await w.make.student({ schoolId: w.school.id, account: true });
    await w.make.fairRegistration({ fairId: fair.id, studentId: registered.id });
    const page = await text(await w.clientFor(registered.user.id), `/fairs/${fair.id}`);
    expect(page).toContain(`href="/fairs/${fair.id}/pass"`);
    expect(page).toMatch(/name="intent" value="cancel"/);
    expect(page).not.toMatch(/value="register"/);
  });

  it("a student of a school not invited sees the reason and no 报名", async () => {
    const fair = await w.make.jobFair({ organiserId: w.otherSchool.id });
    const page = await text(w.student.client, `/fairs/${fair.id}`);
    expect(page).toContain("你所在的学校不在本场招聘会的参会学校之列");
    expect(page).not.toMatch(/value="register"/);
  });

  it("the window's edges: before it opens, says when; after it closes, says it closed; no 报名 either way", async () => {
    const now = Date.now();
    const notYet = await w.make.jobFair({
      organiserId: w.school.id,
      studentRegistrationOpensAt: new Date(now + HOUR),
      studentRegistrationClosesAt: new Date(now + 2 * DAY),
    });
    const closed = await w.make.jobFair({
      organiserId: w.school.id,
      studentRegistrationOpensAt: new Date(now - 2 * DAY),
      studentRegistrationClosesAt: new Date(now - 60_000),
    });
    const a = await text(w.student.client, `/fairs/${notYet.id}`);
    expect(a).toContain("学生报名将于");
    expect(a).not.toMatch(/value="register"/);
    const b = await text(w.student.client, `/fairs/${closed.id}`);
    expect(b).toContain("学生报名已于");
    expect(b).not.toMatch(/value="register"/);
  });

  it("a cancelled fair shows its reason and takes no registrations", async () => {
    const fair = await w.make.jobFair({ organiserId: w.school.id, status: "CANCELLED", cancelReason: "暴雪停课" });
    const page = await text(w.student.client, `/fairs/${fair.id}`);
    expect(page).toContain("取消原因：暴雪停课");
    expect(page).not.toMatch(/value="register"/);
  });
});
