import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { dayFromToday } from "../support/dates";
import { positionIdOf, validPositionForm } from "../support/forms";
import { useTestApp } from "../support/test-app";

// An enterprise's own staff take a position through its whole life; every step leaves an audit
// row saying who changed what from what to what.

const t = useTestApp();
let staff: { id: number; client: Client; enterpriseId: number };
let programId: number;

beforeAll(async () => {
  const enterprise = await t.make.enterprise();
  const user = await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id });
  staff = { id: user.id, client: await t.clientFor(user.id), enterpriseId: enterprise.id };
  programId = (await t.make.program()).id;
});

const changesOf = (positionId: number) =>
  t.db.prisma.positionChange.findMany({ where: { positionId }, orderBy: { id: "asc" } });
const editPath = (id: number) => `/enterprise/positions/${id}/edit`;

async function createDraft(overrides = {}) {
  const response = await staff.client.post("/enterprise/positions/new", validPositionForm({ programIds: [String(programId)], ...overrides }));
  expect(response.status).toBe(302);
  return positionIdOf(response);
}

describe("a position's life, as its enterprise's staff", () => {
  it("create → a draft of the staff's enterprise, with an audit row listing every field set", async () => {
    const id = await createDraft();
    const position = await t.db.prisma.position.findUniqueOrThrow({ where: { id }, include: { programs: true } });
    expect(position).toMatchObject({ status: "DRAFT", enterpriseId: staff.enterpriseId, createdById: staff.id, headcount: 3, payMin: 3000 });
    expect(position.wantedCertificates).toEqual(["中式烹调师（初级）", "食品安全知识培训合格证"]);
    expect(position.programs.map((p) => p.programId)).toEqual([programId]);
    const [change, ...more] = await changesOf(id);
    expect(more).toHaveLength(0);
    expect(change!.userId).toBe(staff.id);
    expect(change!.changes).toMatchObject({
      status: [null, "DRAFT"],
      title: [null, "中式烹调学徒"],
      kind: [null, "APPRENTICESHIP"],
      headcount: [null, 3],
      programIds: [null, [programId]],
      deadline: [null, dayFromToday(30)],
    });
    const page = await staff.client.get(`${editPath(id)}?done=create`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("草稿已保存");
  });

  it("edit → only the changed fields are recorded, before and after; an unchanged save records nothing", async () => {
    const id = await createDraft();
    const form = validPositionForm({ intent: "save", programIds: [String(programId)], title: "中式面点学徒", payMax: "5000" });
    expect((await staff.client.post(editPath(id), form)).status).toBe(302);
    const changes = await changesOf(id);
    expect(changes).toHaveLength(2);
    expect(changes[1]!.userId).toBe(staff.id);
    expect(changes[1]!.changes).toEqual({ title: ["中式烹调学徒", "中式面点学徒"], payMax: [4500, 5000] });

    expect((await staff.client.post(editPath(id), form)).status).toBe(302);
    expect(await changesOf(id)).toHaveLength(2);

    // Clearing the programs and the pay is a change too.
    const cleared = validPositionForm({ intent: "save", title: "中式面点学徒", payMin: "", payMax: "" });
    expect((await staff.client.post(editPath(id), cleared)).status).toBe(302);
    expect((await changesOf(id))[2]!.changes).toEqual({ programIds: [[programId], []], payMin: [3000, null], payMax: [5000, null] });
    expect(await t.db.prisma.positionProgram.count({ where: { positionId: id } })).toBe(0);
  });

  it("publish → close → reopen, each once, each audited", async () => {
    const id = await createDraft();
    const publish = await staff.client.post(editPath(id), { intent: "publish" });
    expect(publish.status).toBe(302);
    expect(publish.headers.get("location")).toBe(`${editPath(id)}?done=publish`);
    const published = await t.db.prisma.position.findUniqueOrThrow({ where: { id } });
    expect(published.status).toBe("PUBLISHED");
    expect(published.publishedAt).not.toBeNull();

    // A second click on 发布 finds the position published already: refused, nothing recorded.
    const again = await staff.client.post(editPath(id), { intent: "publish" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("不能发布");

    expect((await staff.client.post(editPath(id), { intent: "close", confirm: "yes" })).status).toBe(302);
    expect((await staff.client.post(editPath(id), { intent: "reopen" })).status).toBe(302);

    const changes = (await changesOf(id)).map((c) => c.changes);
    expect(changes).toHaveLength(4);
    expect(changes[1]).toEqual({ status: ["DRAFT", "PUBLISHED"], publishedAt: [null, published.publishedAt!.toISOString()] });
    expect(changes[2]).toEqual({ status: ["PUBLISHED", "CLOSED"] });
    expect(changes[3]).toEqual({ status: ["CLOSED", "PUBLISHED"] });
    expect((await changesOf(id)).every((c) => c.userId === staff.id)).toBe(true);
  });

  it("reopening after the deadline has passed requires a new deadline, which is recorded", async () => {
    const id = await createDraft();
    await staff.client.post(editPath(id), { intent: "publish" });
    await staff.client.post(editPath(id), { intent: "close", confirm: "yes" });
    const lapsed = dayFromToday(-3); // time passes: the stored deadline is now behind us
    await t.db.prisma.position.update({ where: { id }, data: { deadline: new Date(`${lapsed}T00:00:00Z`) } });

    const without = await staff.client.post(editPath(id), { intent: "reopen" });
    expect(without.status).toBe(400);
    expect(await without.text()).toContain("原报名截止日期已过，重新开放须设置新的截止日期");
    const past = await staff.client.post(editPath(id), { intent: "reopen", deadline: dayFromToday(-1) });
    expect(past.status).toBe(400);
    expect(await past.text()).toContain("报名截止日期不能早于今天");
    expect((await t.db.prisma.position.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");

    const fresh = dayFromToday(14);
    expect((await staff.client.post(editPath(id), { intent: "reopen", deadline: fresh })).status).toBe(302);
    const last = (await changesOf(id)).at(-1)!;
    expect(last.changes).toEqual({ status: ["CLOSED", "PUBLISHED"], deadline: [lapsed, fresh] });
  });

  it("a draft whose deadline has passed cannot be published until the deadline is changed", async () => {
    const id = await createDraft();
    await t.db.prisma.position.update({ where: { id }, data: { deadline: new Date(`${dayFromToday(-1)}T00:00:00Z`) } });
    const response = await staff.client.post(editPath(id), { intent: "publish" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("报名截止日期已过，请先修改截止日期再发布");
    expect((await t.db.prisma.position.findUniqueOrThrow({ where: { id } })).status).toBe("DRAFT");
  });

  it("an internship for medical programs only may last up to 10 months; any other up to 6", async () => {
    const medical = await t.make.category({ code: "72", name: "医药卫生大类" }); // its internships may last up to 10 months
    const nursing = await t.make.program({ categoryId: medical.id });
    const internship = { kind: "INTERNSHIP", durationMonths: "9", minAge: "17" };
    const ok = await staff.client.post("/enterprise/positions/new", validPositionForm({ ...internship, programIds: [String(nursing.id)] }));
    expect(ok.status).toBe(302);
    const mixed = validPositionForm({ ...internship, programIds: [String(nursing.id), String(programId)] });
    const refused = await staff.client.post("/enterprise/positions/new", mixed);
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("岗位实习时长须在 1–6 个月之间");
  });

  it("the list shows every status with its application count", async () => {
    const id = await createDraft({ title: "凉菜学徒" });
    await staff.client.post(editPath(id), { intent: "publish" });
    const school = await t.make.school();
    const student = await t.make.student({ schoolId: school.id });
    await t.make.application({ positionId: id, studentId: student.id });
    const page = await staff.client.get("/enterprise/positions");
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("凉菜学徒");
    // Its row: status first, the headcount and the application count, and a link to the applicants,
    // so the staff get from the list to the people in one tap.
    const row = html.match(new RegExp(`<tr data-row-id="${id}">(.*?)</tr>`, "s"))?.[1] ?? "";
    expect(row).toMatch(/data-cell="status"[^>]*><span[^>]*>招聘中</);
    expect(row).toContain("凉菜学徒");
    expect([...row.matchAll(/data-label="(招收|申请)"[^>]*>(\d+)</g)].map((m) => [m[1], m[2]])).toEqual([
      ["招收", "3"],
      ["申请", "1"],
    ]);
    expect(row).toMatch(new RegExp(`data-cell="action".*href="/enterprise/positions/${id}/applicants"`, "s"));
    expect(html).toContain("草稿");
  });
});
