import { describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { describeOnPostgres } from "../support/postgres-only";
import { postMultipart, submission, useCertificationWorld } from "./world";

// A double tap on 提交申请 (or a retried post) makes one submission, and two answers to one submission
// make one decision: on PostgreSQL, where requests really run side by side.

const w = useCertificationWorld();

describeOnPostgres("on PostgreSQL", () => {
  it("five identical submissions at once make one row", async () => {
    const t = await w.make.teacher({ schoolId: w.school.id });
    const responses = await Promise.all(Array.from({ length: 5 }, () => postMultipart(w.schoolStaff.client, "/certifications/new", submission(t.id))));
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400, 400, 400, 400]);
    expect(await w.db.prisma.dualTeacherCertification.count({ where: { teacherId: t.id } })).toBe(1);
  });

  it("the bureau certifying while the school withdraws: one wins, one history line after the first", async () => {
    const c = await w.make.certification({ teacherId: (await w.make.teacher({ schoolId: w.school.id })).id });
    const responses = await Promise.all([
      w.bureau.client.post(`/certifications/${c.id}`, { intent: "certify", validFrom: dayFromToday(0), validUntil: dayFromToday(100) }),
      w.schoolStaff.client.post(`/certifications/${c.id}`, { intent: "withdraw", confirm: "yes" }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    expect(await w.db.prisma.certificationEvent.count({ where: { certificationId: c.id } })).toBe(1);
  });
});

describe("without PostgreSQL", () => {
  it("the same double submission one after the other makes one row", async () => {
    const t = await w.make.teacher({ schoolId: w.school.id });
    const first = await postMultipart(w.schoolStaff.client, "/certifications/new", submission(t.id));
    const second = await postMultipart(w.schoolStaff.client, "/certifications/new", submission(t.id));
    expect([first.status, second.status]).toEqual([302, 400]);
  });
});
