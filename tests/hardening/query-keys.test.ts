import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { useApplicationWorld, type WorldStudent } from "../support/application-world";

// Issue 8, item 6: a query value used as a key — `/applications?notice=__proto__`,
// `/enterprise/positions/:id/edit?done=__proto__` — reached Object.prototype and ended in 500.
// Every query parameter of every page is given the names Object.prototype carries.

const w = useApplicationWorld();
let student: WorldStudent;
let bureau: Client;
let schoolStaff: Client;
let positionId: number;

beforeAll(async () => {
  student = await w.student();
  bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
  schoolStaff = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
  positionId = (await w.make.position({ enterpriseId: w.enterprise.id })).id;
});

const PROTOTYPE_NAMES = ["__proto__", "constructor", "toString", "hasOwnProperty"];

it.each([
  ["/applications?notice=__proto__", () => student.client],
  [`/enterprise/positions/{id}/edit?done=__proto__`, () => w.staff],
])("the issue's example %s is 200 and shows no notice", async (template, client) => {
  const path = template.replace("{id}", String(positionId));
  const response = await client().get(path);
  expect(response.status, path).toBe(200);
  expect(await response.text()).not.toContain('class="notice"');
});

describe("every query parameter of every page", () => {
  const pages = (): Array<[string, string[], () => Client]> => [
    ["/applications", ["notice"], () => student.client],
    [`/enterprise/positions/${positionId}/edit`, ["done"], () => w.staff],
    [`/enterprise/positions/${positionId}/applicants`, ["moved", "status", "program", "school"], () => w.staff],
    ["/enterprise/positions", ["page", "status"], () => w.staff],
    ["/positions", ["q", "kind", "clusterId", "district", "categoryId", "enterpriseSize", "payAtLeast", "sort", "page"], () => student.client],
    ["/positions/suggest", ["q"], () => student.client],
    ["/schools", ["district", "ownership", "q"], () => bureau],
    ["/enterprises", ["cluster", "district", "size", "page"], () => bureau],
    [`/schools/${w.school.id}/students`, ["cohort", "program", "page"], () => schoolStaff],
    ["/school/applications", ["status", "program", "page"], () => schoolStaff],
    ["/bureau/positions", ["district", "status"], () => bureau],
    ["/inbox", ["page"], () => student.client],
    ["/login", ["redirectTo"], () => w.visitor()],
    ["/recommended", ["page"], () => student.client],
    ["/", ["notice"], () => bureau],
  ];

  it("takes Object.prototype's names as plain unknown values (200, never 500)", async () => {
    for (const [page, params, client] of pages()) {
      for (const param of params) {
        for (const name of PROTOTYPE_NAMES) {
          const path = `${page}?${param}=${encodeURIComponent(name)}&${encodeURIComponent(name)}=${param}`;
          const response = await client().get(path);
          expect(response.status, path).toBe(200);
        }
      }
    }
  });
});
