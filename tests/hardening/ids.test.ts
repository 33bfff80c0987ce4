import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Issue 8, item 4: an id in a URL is decimal digits within the integer column's range, else 404.
// The examples: ids from 2,147,483,648 up (a 500 on every /:id route), and 0x1F, %2B31,
// 31e0, 0b11111, which all showed position 31.

const w = useApplicationWorld();
let student: WorldStudent;
let bureau: Client;
let id: number;

beforeAll(async () => {
  student = await w.student();
  bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
  id = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
});

/** Other spellings of `id` that Number() reads as the same number, and values past the column. */
const spellings = (n: number) => [
  `0x${n.toString(16)}`,
  `%2B${n}`,
  `${n}e0`,
  `0b${n.toString(2)}`,
  `0${n}`,
  `${n}.0`,
  `%20${n}`,
  "2147483648",
  "99999999999",
  "99999999999999999999999",
  "0",
  "-1",
];

const positionPages = (spelled: string) => [
  `/positions/${spelled}`,
  `/enterprise/positions/${spelled}/edit`,
  `/enterprise/positions/${spelled}/applicants`,
];

describe("the position page and its enterprise pages", () => {
  it("the plain id is the position (control)", async () => {
    for (const path of positionPages(String(id))) expect((await w.staff.get(path)).status, path).toBe(200);
    expect((await student.client.get(`/positions/${id}/apply`)).status).toBe(200);
  });

  // Named by how position 31 would be spelled; the test spells its own position's id the same way.
  it.each(spellings(31).map((name, i) => [name, i] as const))("%s is 404 on every position route, GET and POST, and writes nothing", async (_name, i) => {
    const spelled = spellings(id)[i]!;
    const before = await applicationTables(w.db);
    for (const path of positionPages(spelled)) {
      expect((await w.staff.get(path)).status, path).toBe(404);
      // The position page itself has no action (405); its enterprise pages do.
      if (path.startsWith("/enterprise")) {
        expect((await w.staff.post(path, { intent: "close", applicationId: "1", to: "VIEWED" })).status, path).toBe(404);
      }
    }
    expect((await student.client.get(`/positions/${spelled}/apply`)).status).toBe(404);
    expect((await student.client.post(`/positions/${spelled}/apply`, { note: "你好" })).status).toBe(404);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("2147483647 (the column's largest value) is simply not found", async () => {
    for (const path of positionPages("2147483647")) expect((await w.staff.get(path)).status, path).toBe(404);
  });
});

describe("the organisation and student routes", () => {
  const routes = () => [
    `/schools/${w.school.id}`,
    `/schools/${w.school.id}/students`,
    `/enterprises/${w.enterprise.id}`,
    `/clusters/${w.cluster.id}`,
    `/organisations/${w.school.id}/edit`,
    `/students/${student.student.id}`,
  ];

  it("plain ids are found (control)", async () => {
    for (const path of routes()) expect((await bureau.get(path)).status, path).toBe(200);
  });

  it("every other spelling of the id, and ids past the column, are 404", async () => {
    for (const path of routes()) {
      const n = Number(/\/(\d+)/.exec(path)![1]);
      for (const spelled of spellings(n)) {
        const url = path.replace(`/${n}`, `/${spelled}`);
        expect((await bureau.get(url)).status, url).toBe(404);
      }
    }
    const edit = `/organisations/2147483648/edit`;
    expect((await bureau.post(edit, { district: "SAIHAN", address: "地址", contactPhone: "0471-1234567" })).status).toBe(404);
  });
});
