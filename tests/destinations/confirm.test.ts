import { describe, expect, it } from "vitest";
import { destinationTables, employed, useDestinationWorld, versionFor } from "./world";

// The graduate's answer on /my/destination: 本人确认, or 有异议 with a note (5–500 characters, no control
// characters, no markup). Each answer is one DestinationChange via STUDENT whose after is the snapshot with
// the new confirmation and whose note is the student's; a dispute tells the school's office and shows in
// its list. A graduate with nothing recorded sees that; an enrolled student has nothing to confirm.

const w = useDestinationWorld();

/** A graduate with a destination recorded by the school's office. */
async function recorded() {
  const g = await w.graduate();
  const response = await w.schoolStaff.client.post(`/destinations/${g.student.id}`, employed());
  expect(response.status).toBe(302);
  return g;
}

const rowOf = (studentId: number) => w.db.prisma.graduateDestination.findUniqueOrThrow({ where: { studentId } });

describe("confirming", () => {
  it("本人确认: CONFIRMED with the time, one change via STUDENT by the student, the snapshot kept", async () => {
    const { student, client } = await recorded();
    const page = await (await client.get("/my/destination")).text();
    expect(page).toContain("示例·伊利实业集团");
    expect(page).toContain("待本人确认");
    const response = await client.post("/my/destination", { intent: "confirm", version: await versionFor(w.db, student.id) });
    expect(response.status).toBe(302);
    const row = await rowOf(student.id);
    expect(row.confirmation).toBe("CONFIRMED");
    expect(row.confirmedAt).not.toBeNull();
    const changes = await w.db.prisma.destinationChange.findMany({ where: { studentId: student.id }, orderBy: { id: "asc" } });
    expect(changes).toHaveLength(2);
    expect(changes[1]).toMatchObject({ via: "STUDENT", actorUserId: student.user.id, note: null });
    expect(changes[1]!.before).toMatchObject({ employerName: "示例·伊利实业集团", confirmation: "UNCONFIRMED" });
    expect(changes[1]!.after).toMatchObject({ employerName: "示例·伊利实业集团", monthlyIncome: 4200, confirmation: "CONFIRMED" });
    expect(await (await client.get("/my/destination")).text()).toContain("本人已确认");
  });

  it("confirming again what is confirmed: 400, nothing written", async () => {
    const { student, client } = await recorded();
    await client.post("/my/destination", { intent: "confirm", version: await versionFor(w.db, student.id) });
    const before = await destinationTables(w.db);
    const response = await client.post("/my/destination", { intent: "confirm", version: await versionFor(w.db, student.id) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("你已确认过这条记录");
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("an answer to an older version (the school changed it meanwhile): 400, nothing written", async () => {
    const { student, client } = await recorded();
    const shown = await versionFor(w.db, student.id);
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed({ monthlyIncome: "5000" }));
    const before = await destinationTables(w.db);
    const response = await client.post("/my/destination", { intent: "confirm", version: shown });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("学校刚更新了这条记录");
    expect(await destinationTables(w.db)).toEqual(before);
  });
});

describe("disputing", () => {
  it("有异议 with a note: DISPUTED, the note kept and audited, every active office account notified, shown in the school's list", async () => {
    const { student, client } = await recorded();
    const disabled = await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id, disabled: true });
    const note = "我七月已离职，现在在包头打工";
    const response = await client.post("/my/destination", { intent: "dispute", note, version: await versionFor(w.db, student.id) });
    expect(response.status).toBe(302);
    const row = await rowOf(student.id);
    expect(row).toMatchObject({ confirmation: "DISPUTED", disputeNote: note });
    const last = await w.db.prisma.destinationChange.findFirstOrThrow({ where: { studentId: student.id }, orderBy: { id: "desc" } });
    expect(last).toMatchObject({ via: "STUDENT", note, actorUserId: student.user.id });
    expect(last.after).toMatchObject({ confirmation: "DISPUTED" });
    const notified = await w.db.prisma.notification.findMany({ where: { link: `/destinations/${student.id}` }, select: { userId: true, body: true } });
    expect(notified.map((n) => n.userId).sort()).toEqual([w.schoolStaff.user.id, w.secondStaff.user.id].sort());
    expect(notified[0]!.body).toContain(note);
    expect(notified.some((n) => n.userId === disabled.id || n.userId === w.teacherUser.user.id || n.userId === w.otherSchoolStaff.user.id)).toBe(false);
    // The school's list: filtered to disputes, counted at the top; the record shows the note.
    const list = await (await w.schoolStaff.client.get("/destinations?confirmation=DISPUTED")).text();
    expect(list).toContain(student.name);
    expect(list).toContain("本人有异议");
    expect(Number(/data-testid="count-disputed">(\d+)</.exec(list)![1])).toBeGreaterThanOrEqual(1);
    const school = await (await w.schoolStaff.client.get(`/destinations/${student.id}`)).text();
    expect(school).toContain(`本人异议：${note}`);
    expect(school).toContain("<dt>去向</dt><dd>合同就业</dd>");
    // The graduate's own page: the same facts as the school's, and their note.
    const own = await (await client.get("/my/destination")).text();
    expect(own).toContain("<dt>去向</dt><dd>合同就业</dd>");
    expect(own).toContain(`<dt>我的异议</dt><dd>${note}</dd>`);
  });

  it("after the school changes a disputed destination it is UNCONFIRMED again and the student can confirm the new one", async () => {
    const { student, client } = await recorded();
    await client.post("/my/destination", { intent: "dispute", note: "单位名称写错了", version: await versionFor(w.db, student.id) });
    await w.schoolStaff.client.post(`/destinations/${student.id}`, employed({ employerName: "示例·蒙牛乳业" }));
    expect(await rowOf(student.id)).toMatchObject({ confirmation: "UNCONFIRMED", disputeNote: null });
    const response = await client.post("/my/destination", { intent: "confirm", version: await versionFor(w.db, student.id) });
    expect(response.status).toBe(302);
    expect((await rowOf(student.id)).confirmation).toBe("CONFIRMED");
  });

  it("a confirmed student may still dispute (something changed later)", async () => {
    const { student, client } = await recorded();
    await client.post("/my/destination", { intent: "confirm", version: await versionFor(w.db, student.id) });
    const response = await client.post("/my/destination", { intent: "dispute", note: "十月起换了单位", version: await versionFor(w.db, student.id) });
    expect(response.status).toBe(302);
    expect((await rowOf(student.id)).confirmation).toBe("DISPUTED");
  });

  it.each([
    ["no note", {}, "提出异议须说明哪里不对"],
    ["a blank note", { note: "   " }, "提出异议须说明哪里不对"],
    ["4 characters", { note: "单位不对" }, "异议说明至少 5 个字"],
    ["501 characters", { note: "错".repeat(501) }, "异议说明不能超过 500 个字符"],
    ["a NUL", { note: "单位名称\u0000不对" }, "异议说明不能包含控制字符"],
    ["a bell", { note: "单位名称\u0007不对" }, "异议说明不能包含控制字符"],
    ["a bidi override", { note: "单位名称不对\u202e啊" }, "异议说明不能包含控制字符"],
    ["markup", { note: "<script>alert(1)</script>" }, "异议说明不能包含 HTML 标签"],
    ["no intent", { intent: "" }, "未知的操作"],
    ["an unknown intent", { intent: "delete" }, "未知的操作"],
    ["no version", { version: "" }, "记录版本无效"],
    ["a huge version", { version: "9".repeat(41) }, "记录版本无效"],
  ])("%s: 400, Chinese, nothing written", async (_name, over, message) => {
    const { student, client } = await recorded();
    const body: Record<string, string> = { intent: "dispute", version: await versionFor(w.db, student.id), ...over };
    const before = await destinationTables(w.db);
    const response = await client.post("/my/destination", body);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("edges that pass: a 5-character note, a 500-character note, a note with line breaks", async () => {
    for (const note of ["单位不对啊", "错".repeat(500), "单位名称不对\n应为某公司"]) {
      const { student, client } = await recorded();
      const response = await client.post("/my/destination", { intent: "dispute", note, version: await versionFor(w.db, student.id) });
      expect(response.status).toBe(302);
      expect((await rowOf(student.id)).disputeNote).toBe(note);
    }
  });
});

describe("nothing to answer", () => {
  it("a graduate with nothing recorded sees so; an answer is 400, nothing written", async () => {
    const { client } = await w.graduate();
    expect(await (await client.get("/my/destination")).text()).toContain("学校尚未登记你的毕业去向");
    const before = await destinationTables(w.db);
    const response = await client.post("/my/destination", { intent: "confirm", version: "x" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("学校尚未登记你的毕业去向");
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("an enrolled student sees nothing to confirm, even with a row recorded; an answer is 400", async () => {
    const { student, client } = await w.graduate({ status: "ENROLLED" });
    await w.make.graduateDestination({ studentId: student.id });
    const html = await (await client.get("/my/destination")).text();
    expect(html).toContain("毕业后，学校登记的毕业去向会显示在这里");
    expect(html).not.toContain("本人确认</button>");
    const before = await destinationTables(w.db);
    const response = await client.post("/my/destination", { intent: "confirm", version: await versionFor(w.db, student.id) });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("毕业后才能确认毕业去向");
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("a student answers only their own: another graduate's record is untouched by their post", async () => {
    const a = await recorded();
    const b = await recorded();
    await a.client.post("/my/destination", { intent: "confirm", version: await versionFor(w.db, b.student.id) });
    expect((await rowOf(b.student.id)).confirmation).toBe("UNCONFIRMED");
  });
});
