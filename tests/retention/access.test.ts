import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { makeRetentionWorld, type RetentionWorld } from "./world";

// Role × organisation for the tracker and its names (retention.read / retention.people, decision 0015
// "Retention"): the bureau reads the city and every school's names; a school's office its own students'
// part and names — asking for another school's is 404; teachers, enterprises (even the one that kept the
// people) and students have no view of it: 403; a visitor is sent to sign in.

const t = useTestApp();
let w: RetentionWorld;
const clients = {} as Record<string, Client>;

beforeAll(async () => {
  w = await makeRetentionWorld(t);
  const m = t.make;
  const as = async (role: "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "BUREAU_ADMIN", organisationId: number) =>
    t.clientFor((await m.user({ role, organisationId })).id);
  const student = await m.student({ schoolId: w.schoolA.id, account: true });
  Object.assign(clients, {
    bureau: await as("BUREAU_ADMIN", (await m.bureau()).id),
    officeA: await as("SCHOOL_STAFF", w.schoolA.id),
    officeB: await as("SCHOOL_STAFF", w.schoolB.id),
    teacherA: await as("TEACHER", w.schoolA.id),
    keepingEnterprise: await as("ENTERPRISE_STAFF", w.hohhot.id),
    student: await t.clientFor(student.user.id),
  });
});

const MATRIX: Array<[string, number]> = [
  ["bureau", 200],
  ["officeA", 200],
  ["officeB", 200],
  ["teacherA", 403],
  ["keepingEnterprise", 403],
  ["student", 403],
];

describe("who reads the tracker and the names", () => {
  it.each(MATRIX)("%s: %s", async (who, status) => {
    for (const path of ["/retention", "/retention/people", "/retention/people?month=2024-07"]) {
      const response = await clients[who]!.get(path);
      expect(response.status, path).toBe(status);
      if (status !== 200) expect(await response.text(), path).not.toContain("甲一");
    }
  });

  it("a school's office sees its own students' names and no other school's", async () => {
    const a = await (await clients.officeA!.get("/retention/people")).text();
    expect(a).toContain("甲一");
    expect(a).not.toContain("乙一");
    const b = await (await clients.officeB!.get("/retention/people")).text();
    expect(b).toContain("乙一");
    expect(b).not.toContain("甲一");
  });

  it("a school's office asking for another school's part or names gets 404; the bureau gets either", async () => {
    for (const path of [`/retention?school=${w.schoolB.id}`, `/retention/people?school=${w.schoolB.id}`]) {
      expect((await clients.officeA!.get(path)).status, path).toBe(404);
      expect((await clients.bureau!.get(path)).status, path).toBe(200);
    }
    const names = await (await clients.bureau!.get(`/retention/people?school=${w.schoolB.id}`)).text();
    expect(names).toContain("乙一");
    expect(names).not.toContain("甲一");
  });

  it("a school that does not exist, or an enterprise's id as a school, is 404 for the bureau", async () => {
    for (const id of ["999999", String(w.hohhot.id)]) {
      expect((await clients.bureau!.get(`/retention?school=${id}`)).status, id).toBe(404);
      expect((await clients.bureau!.get(`/retention/people?school=${id}`)).status, id).toBe(404);
    }
  });

  it("a visitor is sent to sign in", async () => {
    for (const path of ["/retention", "/retention/people"]) {
      const response = await t.visitor().get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location") ?? "").toContain("/login");
    }
  });
});
