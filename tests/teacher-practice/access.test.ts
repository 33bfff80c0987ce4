import { beforeAll, describe, expect, it } from "vitest";
import { practicePath, usePracticeWorld } from "./world";

// Role × organisation: who reads a practice (another organisation: 404), who reads a teacher's ledger,
// what each list shows, and who may act at all.

const w = usePracticeWorld();
let practiceId: number;
let otherSchoolPracticeId: number;

beforeAll(async () => {
  practiceId = (await w.make.teacherPlacement({ teacherId: w.teacher.id, trainingBaseId: w.base.id, status: "ACCEPTED", startsOn: "2026-03-01", endsOn: "2026-03-31" })).id;
  const stranger = await w.make.teacher({ schoolId: w.otherSchool.id });
  otherSchoolPracticeId = (await w.make.teacherPlacement({ teacherId: stranger.id, trainingBaseId: null, hostEnterpriseId: w.host.id, startsOn: "2026-03-01", endsOn: "2026-03-31" })).id;
});

// [who, the practice page, the teacher's ledger, /teacher-practice lists the practice, /teachers]
const MATRIX: Array<[string, number, number, boolean | 403, number]> = [
  ["office", 200, 200, true, 200],
  ["teacher", 200, 200, true, 403], // the practising teacher: their own ledger
  ["colleague", 200, 404, true, 403], // same school: the practice yes, a colleague's ledger no
  ["baseStaff", 200, 404, true, 403], // the host
  ["hostStaff", 404, 404, false, 403], // hosts another practice, not this one
  ["bureau", 200, 200, true, 403],
  ["otherOffice", 404, 404, false, 200],
  ["otherTeacher", 404, 404, false, 403],
  ["otherStaff", 404, 404, false, 403],
  ["student", 404, 404, 403, 403],
];

describe("who sees what", () => {
  for (const [who, page, ledger, listed, teachers] of MATRIX) {
    it(`${who}: practice ${page}, ledger ${ledger}, list ${listed}, /teachers ${teachers}`, async () => {
      const c = w.clients[who]!;
      expect((await c.get(practicePath(practiceId))).status).toBe(page);
      expect((await c.get(`/teachers/${w.teacher.id}/ledger`)).status).toBe(ledger);
      const list = await c.get("/teacher-practice");
      if (listed === 403) expect(list.status).toBe(403);
      else {
        expect(list.status).toBe(200);
        expect((await list.text()).includes(`data-row-id="${practiceId}"`)).toBe(listed);
      }
      expect((await c.get("/teachers")).status).toBe(teachers);
    });
  }
  it("the host sees what it hosts and nothing of another school's practice elsewhere", async () => {
    const text = await (await w.clients.hostStaff!.get("/teacher-practice")).text();
    expect(text).toContain(`data-row-id="${otherSchoolPracticeId}"`);
    expect(text).not.toContain(`data-row-id="${practiceId}"`);
    expect((await w.clients.office!.get(practicePath(otherSchoolPracticeId))).status).toBe(404);
  });
  it("a school's /teachers lists its own teachers only", async () => {
    const text = await (await w.clients.otherOffice!.get("/teachers")).text();
    expect(text).not.toContain(`data-row-id="${w.teacher.id}"`);
    expect(await (await w.clients.office!.get("/teachers")).text()).toContain(`data-row-id="${w.teacher.id}"`);
  });
});

describe("who may act", () => {
  it("another organisation posting to the practice gets 404 and nothing changes", async () => {
    for (const who of ["otherOffice", "otherStaff", "hostStaff", "student"]) {
      const r = await w.clients[who]!.post(practicePath(practiceId), { intent: "log", day: "2026-03-02" });
      expect(r.status).toBe(404);
    }
    expect(await w.db.prisma.teacherPracticeDay.count({ where: { placementId: practiceId } })).toBe(0);
  });
  it("only a school's office proposes; the page and the post are refused to others", async () => {
    for (const who of ["teacher", "baseStaff", "bureau", "student"]) {
      expect((await w.clients[who]!.get("/teacher-practice/new")).status).toBe(403);
      expect((await w.clients[who]!.post("/teacher-practice/new", { teacherId: String(w.teacher.id) })).status).toBe(403);
    }
    expect((await w.clients.office!.get("/teacher-practice/new")).status).toBe(200);
  });
  it("everyone signed in reads the bases; only the bureau creates or edits one", async () => {
    for (const who of ["office", "teacher", "baseStaff", "student", "bureau"]) {
      expect((await w.clients[who]!.get("/training-bases")).status).toBe(200);
      expect((await w.clients[who]!.get(`/training-bases/${w.base.id}`)).status).toBe(200);
    }
    expect((await w.visitor().get("/training-bases")).status).toBe(302);
    for (const who of ["office", "teacher", "baseStaff", "student"]) {
      expect((await w.clients[who]!.post("/training-bases", { intent: "create", name: "x" })).status).toBe(403);
      expect((await w.clients[who]!.post(`/training-bases/${w.base.id}`, { intent: "deactivate", confirm: "yes" })).status).toBe(403);
    }
    expect((await w.db.prisma.trainingBase.findUniqueOrThrow({ where: { id: w.base.id } })).active).toBe(true);
  });
});
