import { describe, expect, it } from "vitest";
import { usePlacementWorld } from "./world";

// The state machine of a placement through the HTTP stack. Forbidden moves are listed here by hand,
// not derived from placement-status.ts: who may not move a placement, and what nothing leaves.

describe("placement state machine", () => {
  const w = usePlacementWorld();
  const post = (client: keyof typeof w.clients, id: number, fields: Record<string, string>) => w.clients[client].post(`/placements/${id}`, fields);
  const status = async (id: number) => (await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id } })).status;
  const events = (id: number) => w.db.prisma.placementEvent.count({ where: { placementId: id } });

  it("the office activates a compliant placement: ACTIVE, one event, the student and the host told", async () => {
    const p = await w.compliant();
    const before = await w.db.prisma.notification.count({ where: { userId: { in: [w.student.user.id, w.users.hostStaff.id] } } });
    const res = await post("office", p.id, { intent: "activate" });
    expect(res.status).toBe(302);
    expect(await status(p.id)).toBe("ACTIVE");
    const event = await w.db.prisma.placementEvent.findFirstOrThrow({ where: { placementId: p.id } });
    expect(event).toMatchObject({ fromStatus: "PLANNED", toStatus: "ACTIVE", actorId: w.users.office.id });
    expect(await w.db.prisma.notification.count({ where: { userId: { in: [w.student.user.id, w.users.hostStaff.id] } } })).toBe(before + 2);
    await post("office", p.id, { intent: "terminate", reason: "测试结束", confirm: "yes" });
  });

  it("a placement breaking a rule is refused with its article and message, and stays PLANNED", async () => {
    const p = await w.compliant({ monthlyPay: 3199 });
    const res = await post("office", p.id, { intent: "activate" });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain("实习报酬不得低于本单位相同岗位工资标准的80%");
    expect(html).toContain("第十八条");
    expect(html).toContain("实习报酬 / 相同岗位工资");
    expect(await status(p.id)).toBe("PLANNED");
    expect(await events(p.id)).toBe(0);
  });

  describe("forbidden moves (by hand)", () => {
    it("enterprise staff, the student and the supervising teacher cannot activate (403: they can see it)", async () => {
      const p = await w.compliant();
      for (const who of ["hostStaff", "student", "teacher"] as const) {
        expect((await post(who, p.id, { intent: "activate" })).status, who).toBe(403);
      }
      expect(await status(p.id)).toBe("PLANNED");
      await post("office", p.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });

    it("another school's office, another enterprise, another student, another teacher: 404", async () => {
      const p = await w.compliant();
      for (const who of ["otherOffice", "otherStaff", "otherStudent", "otherTeacher"] as const) {
        expect((await post(who, p.id, { intent: "activate" })).status, who).toBe(404);
        expect((await w.clients[who].get(`/placements/${p.id}`)).status, who).toBe(404);
      }
      expect(await status(p.id)).toBe("PLANNED");
      await post("office", p.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });

    it("enterprise staff, the student and the teacher cannot end or terminate an ACTIVE placement", async () => {
      const p = await w.compliant({ status: "ACTIVE" });
      for (const who of ["hostStaff", "student", "teacher"] as const) {
        expect((await post(who, p.id, { intent: "complete", reason: "想结束", confirm: "yes" })).status, who).toBe(403);
        expect((await post(who, p.id, { intent: "terminate", reason: "想终止", confirm: "yes" })).status, who).toBe(403);
      }
      expect(await status(p.id)).toBe("ACTIVE");
      await post("office", p.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });

    it("the bureau reads but cannot move a placement", async () => {
      const p = await w.compliant();
      expect((await w.clients.bureau.get(`/placements/${p.id}`)).status).toBe(200);
      expect((await post("bureau", p.id, { intent: "activate" })).status).toBe(403);
      expect(await status(p.id)).toBe("PLANNED");
      await post("office", p.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });

    it("nothing leaves COMPLETED", async () => {
      const p = await w.compliant({ status: "COMPLETED" });
      for (const fields of [{ intent: "activate" } as Record<string, string>, { intent: "complete", reason: "再结束", confirm: "yes" }, { intent: "terminate", reason: "再终止", confirm: "yes" }]) {
        expect((await post("office", p.id, fields)).status, fields.intent).toBe(400);
      }
      expect(await status(p.id)).toBe("COMPLETED");
      expect(await events(p.id)).toBe(0);
    });

    it("nothing leaves TERMINATED", async () => {
      const p = await w.compliant({ status: "TERMINATED" });
      for (const fields of [{ intent: "activate" } as Record<string, string>, { intent: "complete", reason: "结束", confirm: "yes" }, { intent: "terminate", reason: "再终止", confirm: "yes" }]) {
        expect((await post("office", p.id, fields)).status, fields.intent).toBe(400);
      }
      expect(await status(p.id)).toBe("TERMINATED");
    });

    it("PLANNED cannot be COMPLETED; ACTIVE cannot be activated again", async () => {
      const planned = await w.compliant();
      expect((await post("office", planned.id, { intent: "complete", reason: "直接结束", confirm: "yes" })).status).toBe(400);
      expect(await status(planned.id)).toBe("PLANNED");
      await post("office", planned.id, { intent: "terminate", reason: "清理", confirm: "yes" });
      const active = await w.compliant({ status: "ACTIVE" });
      expect((await post("office", active.id, { intent: "activate" })).status).toBe(400);
      expect(await events(active.id)).toBe(0);
      await post("office", active.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });

    it("ACTIVE only through the rules: the form cannot set a status, nor edit an ACTIVE placement", async () => {
      const active = await w.compliant({ status: "ACTIVE" });
      const res = await w.clients.office.request(`/placements/${active.id}/edit`, { method: "POST", body: new URLSearchParams({ intent: "save", studentId: String(w.student.id), enterpriseId: String(w.host.id), enterprisePostId: String(w.post.id), startsOn: "2027-03-01", endsOn: "2027-03-02" }) });
      expect(res.status).toBe(400);
      expect(await res.text()).toContain("不能再修改");
      expect((await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id: active.id } })).endsOn.toISOString().slice(0, 10)).toBe("2027-08-31");
      await post("office", active.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });
  });

  describe("ending", () => {
    it("terminating needs a reason and a confirmation", async () => {
      const p = await w.compliant({ status: "ACTIVE" });
      expect((await post("office", p.id, { intent: "terminate", reason: "", confirm: "yes" })).status).toBe(400);
      expect((await post("office", p.id, { intent: "terminate", reason: "企业停产" })).status).toBe(400);
      expect(await status(p.id)).toBe("ACTIVE");
      expect((await post("office", p.id, { intent: "terminate", reason: "企业停产", confirm: "yes" })).status).toBe(302);
      const p2 = await w.db.prisma.internshipPlacement.findUniqueOrThrow({ where: { id: p.id } });
      expect(p2).toMatchObject({ status: "TERMINATED", endReason: "企业停产" });
      expect(await w.db.prisma.placementEvent.findFirst({ where: { placementId: p.id, toStatus: "TERMINATED" } })).toMatchObject({ reason: "企业停产", fromStatus: "ACTIVE" });
    });

    it("cancelling a PLANNED placement makes it TERMINATED", async () => {
      const p = await w.compliant();
      expect((await post("office", p.id, { intent: "terminate", reason: "学生另有安排", confirm: "yes" })).status).toBe(302);
      expect(await status(p.id)).toBe("TERMINATED");
    });

    it("ending before the end date needs a reason; after it, none", async () => {
      const early = await w.compliant({ status: "ACTIVE" }); // ends 2027-08-31, after today
      expect((await post("office", early.id, { intent: "complete", confirm: "yes" })).status).toBe(400);
      expect(await status(early.id)).toBe("ACTIVE");
      expect((await post("office", early.id, { intent: "complete", reason: "提前完成实习任务", confirm: "yes" })).status).toBe(302);
      expect(await status(early.id)).toBe("COMPLETED");
      const past = await w.compliant({ status: "ACTIVE", startsOn: "2025-09-01", endsOn: "2026-02-28", insuranceFrom: new Date("2025-09-01T00:00:00Z"), insuranceTo: new Date("2026-02-28T00:00:00Z") });
      expect((await post("office", past.id, { intent: "complete", confirm: "yes" })).status).toBe(302);
      expect(await status(past.id)).toBe("COMPLETED");
    });
  });

  describe("the student's requests", () => {
    it("a request to end: declined needs a note and leaves the placement ACTIVE", async () => {
      const p = await w.compliant({ status: "ACTIVE" });
      expect((await post("student", p.id, { intent: "request", kind: "END", reason: "身体原因" })).status).toBe(302);
      expect((await post("student", p.id, { intent: "request", kind: "END", reason: "再申请" })).status).toBe(400);
      const request = await w.db.prisma.placementRequest.findFirstOrThrow({ where: { placementId: p.id } });
      expect((await post("hostStaff", p.id, { intent: "decide", requestId: String(request.id), decision: "APPROVED", confirm: "yes" })).status).toBe(403);
      expect((await post("office", p.id, { intent: "decide", requestId: String(request.id), decision: "DECLINED", confirm: "yes" })).status).toBe(400);
      expect((await post("office", p.id, { intent: "decide", requestId: String(request.id), decision: "DECLINED", note: "请先与指导教师沟通", confirm: "yes" })).status).toBe(302);
      expect(await w.db.prisma.placementRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({ decision: "DECLINED", decisionNote: "请先与指导教师沟通", decidedById: w.users.office.id });
      expect(await status(p.id)).toBe("ACTIVE");
      await post("office", p.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });

    it("a transfer approved ends the placement as TERMINATED with the student's reason, and tells the student", async () => {
      const p = await w.compliant({ status: "ACTIVE" });
      expect((await post("student", p.id, { intent: "request", kind: "TRANSFER", reason: "岗位与专业不对口" })).status).toBe(302);
      const request = await w.db.prisma.placementRequest.findFirstOrThrow({ where: { placementId: p.id } });
      const before = await w.db.prisma.notification.count({ where: { userId: w.student.user.id } });
      expect((await post("office", p.id, { intent: "decide", requestId: String(request.id), decision: "APPROVED", confirm: "yes" })).status).toBe(302);
      expect(await status(p.id)).toBe("TERMINATED");
      const event = await w.db.prisma.placementEvent.findFirstOrThrow({ where: { placementId: p.id, toStatus: "TERMINATED" } });
      expect(event.reason).toContain("岗位与专业不对口");
      expect(await w.db.prisma.notification.count({ where: { userId: w.student.user.id } })).toBeGreaterThan(before);
    });

    it("another student, the host and the office cannot file a student's request", async () => {
      const p = await w.compliant({ status: "ACTIVE" });
      expect((await post("otherStudent", p.id, { intent: "request", kind: "END", reason: "冒名" })).status).toBe(404);
      expect((await post("hostStaff", p.id, { intent: "request", kind: "END", reason: "冒名" })).status).toBe(403);
      expect((await post("office", p.id, { intent: "request", kind: "END", reason: "冒名" })).status).toBe(403);
      expect(await w.db.prisma.placementRequest.count({ where: { placementId: p.id } })).toBe(0);
      await post("office", p.id, { intent: "terminate", reason: "清理", confirm: "yes" });
    });
  });
});
