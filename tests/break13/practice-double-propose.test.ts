import { describe, expect, it } from "vitest";
import { dayFromToday } from "../support/dates";
import { usePracticeWorld } from "../teacher-practice/world";

// break13 finding: a double tap on 提交 at /teacher-practice/new (or the office proposing the same teacher
// again for days already proposed or accepted) made a second practice over the same days: the host got two
// requests, accepting both held two of a base's places for one teacher. A teacher is in one enterprise
// practice at a time: a proposal whose period overlaps an open one (PROPOSED or ACCEPTED) of the same
// teacher is refused, 400, nothing written; edges: sharing one day is overlap, the next day is not, and a
// declined or cancelled practice holds nothing.

const w = usePracticeWorld();

const count = (teacherId: number) => w.db.prisma.teacherPlacement.count({ where: { teacherId } });
const propose = (teacherId: number, startsOn: string, endsOn: string, host: Record<string, string>) =>
  w.clients.office!.post("/teacher-practice/new", { teacherId: String(teacherId), form: "OBSERVATION", startsOn, endsOn, ...host });

describe("proposing a teacher whose period overlaps an open practice", () => {
  it("the same form posted twice makes one practice; the second is a Chinese 400", async () => {
    const teacher = await w.make.teacher({ schoolId: w.school.id, specialist: true });
    const base = { trainingBaseId: String(w.base.id) };
    expect((await propose(teacher.id, dayFromToday(10), dayFromToday(40), base)).status).toBe(302);
    const again = await propose(teacher.id, dayFromToday(10), dayFromToday(40), base);
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("该教师在这段时间已有企业实践");
    expect(await count(teacher.id)).toBe(1);
  });
  it("at another host on one shared day: refused; from the next day: made", async () => {
    const teacher = await w.make.teacher({ schoolId: w.school.id, specialist: true });
    await w.make.teacherPlacement({ teacherId: teacher.id, trainingBaseId: w.base.id, status: "ACCEPTED", startsOn: dayFromToday(10), endsOn: dayFromToday(40) });
    const host = { hostEnterpriseId: String(w.host.id) };
    expect((await propose(teacher.id, dayFromToday(40), dayFromToday(60), host)).status).toBe(400);
    expect(await count(teacher.id)).toBe(1);
    expect((await propose(teacher.id, dayFromToday(41), dayFromToday(60), host)).status).toBe(302);
    expect(await count(teacher.id)).toBe(2);
  });
  it("a declined or cancelled practice over the same days does not stand in the way", async () => {
    const teacher = await w.make.teacher({ schoolId: w.school.id, specialist: true });
    for (const status of ["DECLINED", "CANCELLED"] as const)
      await w.make.teacherPlacement({ teacherId: teacher.id, trainingBaseId: w.base.id, status, startsOn: dayFromToday(10), endsOn: dayFromToday(40) });
    expect((await propose(teacher.id, dayFromToday(10), dayFromToday(40), { hostEnterpriseId: String(w.host.id) })).status).toBe(302);
    expect(await count(teacher.id)).toBe(3);
  });
});
