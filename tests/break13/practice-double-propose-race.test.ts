import { expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { describeOnPostgres } from "../support/postgres-only";
import { usePracticeWorld } from "../teacher-practice/world";

// break13: the double tap on 提交 at /teacher-practice/new, raced. The overlap check runs under the teacher's row
// lock, so of five identical posts at once exactly one makes a practice and the others are a Chinese 400.

describeOnPostgres("five identical proposals at once (skipped on PGlite: one connection cannot race)", () => {
  const w = usePracticeWorld();
  it("make one practice", async () => {
    const teacher = await w.make.teacher({ schoolId: w.school.id, specialist: true });
    const body = { teacherId: String(teacher.id), trainingBaseId: String(w.base.id), form: "OBSERVATION", startsOn: dayFromToday(10), endsOn: dayFromToday(40) };
    const statuses = (await Promise.all(Array.from({ length: 5 }, () => w.clients.office!.post("/teacher-practice/new", body)))).map((r) => r.status);
    expect(statuses.filter((s) => s === 302)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(4);
    expect(await w.db.prisma.teacherPlacement.count({ where: { teacherId: teacher.id } })).toBe(1);
  });
});
