import { beforeAll, describe, expect, it } from "vitest";
import { usePracticeWorld } from "./world";

// Every query parameter of the part's list pages, driven through the URL: each filter keeps what it names
// and drops the rest; nonsense shows everything.

const w = usePracticeWorld();
const ids = {} as Record<string, number>;

beforeAll(async () => {
  const second = await w.make.teacher({ schoolId: w.school.id, specialist: true });
  ids.proposed2026 = (await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: w.base.id, startsOn: "2026-07-01", endsOn: "2026-07-31" })).id;
  ids.accepted2025 = (await w.make.teacherPlacement({ teacherId: second.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: "ACCEPTED", startsOn: "2025-12-20", endsOn: "2026-01-10" })).id;
  ids.completed2024 = (await w.make.teacherPlacement({ teacherId: second.id, trainingBaseId: null, hostEnterpriseId: w.host.id, status: "COMPLETED", startsOn: "2024-03-01", endsOn: "2024-03-31" })).id;
  ids.second = second.id;
  ids.inactiveBase = (await w.make.trainingBase({ active: false })).id;
});

async function rows(path: string, who = "office"): Promise<number[]> {
  const r = await w.clients[who]!.get(path);
  expect(r.status).toBe(200);
  return [...(await r.text()).matchAll(/<tr[^>]*data-row-id="(\d+)"/g)].map((m) => Number(m[1]));
}
const sorted = (a: number[]) => [...a].sort((x, y) => x - y);

describe("/teacher-practice", () => {
  it("status", async () => {
    expect(await rows("/teacher-practice?status=ACCEPTED")).toEqual([ids.accepted2025]);
    expect(await rows("/teacher-practice?status=NOPE")).toHaveLength(3);
  });
  it("host", async () => {
    expect(await rows(`/teacher-practice?host=${w.base.enterpriseId}`)).toEqual([ids.proposed2026]);
    expect(sorted(await rows(`/teacher-practice?host=${w.host.id}`))).toEqual(sorted([ids.accepted2025!, ids.completed2024!]));
  });
  it("teacher", async () => {
    expect(sorted(await rows(`/teacher-practice?teacher=${ids.second}`))).toEqual(sorted([ids.accepted2025!, ids.completed2024!]));
    expect(await rows("/teacher-practice?teacher=abc")).toHaveLength(3);
  });
  it("year: every year the period touches", async () => {
    expect(sorted(await rows("/teacher-practice?year=2026"))).toEqual(sorted([ids.proposed2026!, ids.accepted2025!]));
    expect(await rows("/teacher-practice?year=2025")).toEqual([ids.accepted2025]);
    expect(await rows("/teacher-practice?year=2024")).toEqual([ids.completed2024]);
    expect(await rows("/teacher-practice?year=2023")).toEqual([]);
  });
  it("filters combine", async () => {
    expect(await rows(`/teacher-practice?status=COMPLETED&year=2024&host=${w.host.id}&teacher=${ids.second}`)).toEqual([ids.completed2024]);
  });
  it("page past the last redirects to the last", async () => {
    const r = await w.clients.office!.get("/teacher-practice?page=9");
    expect(r.status).toBe(302);
  });
});

describe("/training-bases", () => {
  it("active and enterprise", async () => {
    expect(await rows("/training-bases?active=no")).toContain(ids.inactiveBase);
    expect(await rows("/training-bases?active=yes")).not.toContain(ids.inactiveBase);
    expect(await rows(`/training-bases?enterprise=${w.base.enterpriseId}`)).toEqual([w.base.id]);
  });
});

describe("/teachers", () => {
  it("specialist and status", async () => {
    const specialists = await rows("/teachers?specialist=yes");
    expect(specialists).toContain(w.teacher.id);
    expect(specialists).toContain(ids.second);
    const plain = await w.make.teacher({ schoolId: w.school.id });
    expect(await rows("/teachers?specialist=no")).toEqual([plain.id]);
    expect(await rows("/teachers?status=not-required")).toEqual([plain.id]);
    expect(sorted(await rows("/teachers?status=short"))).toEqual(sorted([w.teacher.id, ids.second!]));
    expect(await rows("/teachers?status=met")).toEqual([]);
  });
});
