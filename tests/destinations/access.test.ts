import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { destinationTables, employed, useDestinationWorld } from "./world";

// Role × organisation: a school's office reads and records its own graduates' destinations; the bureau
// reads every school's and records none (403); another school's office, a teacher, an enterprise and a
// student (even the graduate) do not learn a record exists on /destinations/:id (404, as a missing id);
// the list is for offices and the bureau (403 otherwise); /my/destination is a student's own (403 otherwise).

const w = useDestinationWorld();
let graduateId: number;
let graduateName: string;
let graduateClient: Client;

beforeAll(async () => {
  const g = await w.graduate({ name: "示例·矩阵毕业生" });
  graduateId = g.student.id;
  graduateName = g.student.name;
  graduateClient = g.client;
  expect((await w.schoolStaff.client.post(`/destinations/${graduateId}`, employed())).status).toBe(302);
});

describe("one graduate's record", () => {
  it("the school's office and the bureau read it (200, with the employer)", async () => {
    for (const client of [w.schoolStaff.client, w.bureau.client]) {
      const response = await client.get(`/destinations/${graduateId}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain("示例·伊利实业集团");
    }
  });

  it("only the office gets the form; the bureau's page has none", async () => {
    expect(await (await w.schoolStaff.client.get(`/destinations/${graduateId}`)).text()).toContain('id="destination-form"');
    expect(await (await w.bureau.client.get(`/destinations/${graduateId}`)).text()).not.toContain('id="destination-form"');
  });

  it("another school's office, a teacher of the school, an enterprise, the graduate themself: 404 on page and post, nothing written", async () => {
    const before = await destinationTables(w.db);
    for (const client of [w.otherSchoolStaff.client, w.teacherUser.client, w.enterpriseStaff.client, graduateClient]) {
      expect((await client.get(`/destinations/${graduateId}`)).status).toBe(404);
      expect((await client.post(`/destinations/${graduateId}`, employed({ employerName: "示例·篡改" }))).status).toBe(404);
    }
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("the bureau may not record: 403, nothing written", async () => {
    const before = await destinationTables(w.db);
    expect((await w.bureau.client.post(`/destinations/${graduateId}`, employed({ employerName: "示例·篡改" }))).status).toBe(403);
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("a missing or malformed id is the same 404; a visitor is sent to sign in", async () => {
    for (const id of ["2147483647", "2147483648", "abc", "0", "1e3"]) expect((await w.schoolStaff.client.get(`/destinations/${id}`)).status).toBe(404);
    expect((await w.visitor().get(`/destinations/${graduateId}`)).status).toBe(302);
    expect((await w.visitor().post(`/destinations/${graduateId}`, employed())).status).toBe(302);
  });
});

describe("the list", () => {
  it("the school's office sees its own graduates; the bureau all; another school's office not this one, even asking by ?school=", async () => {
    expect(await (await w.schoolStaff.client.get("/destinations")).text()).toContain(graduateName);
    expect(await (await w.bureau.client.get("/destinations")).text()).toContain(graduateName);
    expect(await (await w.bureau.client.get(`/destinations?school=${w.school.id}`)).text()).toContain(graduateName);
    expect(await (await w.otherSchoolStaff.client.get("/destinations")).text()).not.toContain(graduateName);
    expect(await (await w.otherSchoolStaff.client.get(`/destinations?school=${w.school.id}`)).text()).not.toContain(graduateName);
  });

  it("teachers, enterprises, students: 403; a visitor: sign in", async () => {
    for (const client of [w.teacherUser.client, w.enterpriseStaff.client, graduateClient]) expect((await client.get("/destinations")).status).toBe(403);
    expect((await w.visitor().get("/destinations")).status).toBe(302);
  });
});

describe("/my/destination", () => {
  it("the graduate: 200 with their own destination", async () => {
    const response = await graduateClient.get("/my/destination");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("示例·伊利实业集团");
  });

  it("offices, the bureau, teachers, enterprises: 403 on page and post, nothing written", async () => {
    const before = await destinationTables(w.db);
    for (const client of [w.schoolStaff.client, w.bureau.client, w.teacherUser.client, w.enterpriseStaff.client]) {
      expect((await client.get("/my/destination")).status).toBe(403);
      expect((await client.post("/my/destination", { intent: "dispute", note: "不是我的单位啊", version: "x" })).status).toBe(403);
    }
    expect(await destinationTables(w.db)).toEqual(before);
  });

  it("a student without a student record sees nothing to confirm", async () => {
    const orphan = await w.make.user({ role: "STUDENT", organisationId: w.school.id });
    const client = await w.clientFor(orphan.id);
    const response = await client.get("/my/destination");
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("毕业后，学校登记的毕业去向会显示在这里");
  });
});
