import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { useApplicationWorld } from "../support/application-world";
import { rawRequest } from "./raw";

// Issue 8's acceptance sweep: the hostile requests of items 1–8 go to every action and every /:id
// route of the built route manifest (so a route added later is swept too), as a visitor and as a
// signed-in user of each role. None may end in 500, and none may write a row.

const w = useApplicationWorld();

type Role = "visitor" | "student" | "enterprise" | "school" | "bureau";
const clients = {} as Record<Role, Client>;
const ids: Record<string, number | string> = {};
let routes: Array<{ path: string; action: boolean }> = [];

beforeAll(async () => {
  const build = (await import(/* @vite-ignore */ pathToFileURL(path.resolve("build/index.js")).href)) as ServerBuild;
  routes = manifestPaths(build);
  const student = await w.student();
  const bureau = await w.make.bureau();
  clients.visitor = w.visitor();
  clients.student = student.client;
  clients.enterprise = w.staff;
  clients.school = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
  clients.bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id })).id);
  const position = await w.make.position({ enterpriseId: w.enterprise.id });
  // An offer: HR opening a 已投递 application marks it viewed (a write); an offer stays as it is.
  const application = await w.make.application({ positionId: position.id, studentId: student.student.id, status: "OFFER" });
  // A proposed agreement between the world's school and enterprise (its document route needs none to 404).
  const agreement = await w.make.agreement({ schoolId: w.school.id, enterpriseId: w.enterprise.id, status: "PROPOSED" });
  // A placement of the student at the enterprise, running (issue 11: /placements/:placementId/…).
  const placement = await w.make.internshipPlacement({ studentId: student.student.id, enterpriseId: w.enterprise.id, status: "ACTIVE" });
  const orderClass = await w.make.orderClass({ schoolId: w.school.id, enterpriseId: w.enterprise.id });
  // A running fair of the school with the enterprise's approved booth (issue 12: /fairs/:fairId/…).
  const fair = await w.make.jobFair({ organiserId: w.school.id, running: true });
  await w.make.fairBooth({ fairId: fair.id, enterpriseId: w.enterprise.id, approved: true });
  // A submitted 双师型 certification of a teacher of the school (issue 13: /certifications/:certificationId/…).
  const certification = await w.make.certification({ teacherId: (await w.make.teacher({ schoolId: w.school.id })).id });
  // The consortium with the school and the enterprise as members and an activity of theirs (issue 13: /consortium/activities/:activityId).
  const consortium = await w.make.consortium();
  const schoolMember = await w.make.consortiumMember({ consortiumId: consortium.id, organisationId: w.school.id });
  const enterpriseMember = await w.make.consortiumMember({ consortiumId: consortium.id, organisationId: w.enterprise.id });
  const activity = await w.make.consortiumActivity({ consortiumId: consortium.id, memberIds: [schoolMember.id, enterpriseMember.id] });
  // A training base and a teacher's practice at it (issue 13: /training-bases/:baseId, /teacher-practice/:practiceId, /teachers/:teacherId/ledger).
  const practiceTeacher = await w.make.teacher({ schoolId: w.school.id });
  const trainingBase = await w.make.trainingBase({ enterpriseId: w.enterprise.id });
  const practice = await w.make.teacherPlacement({ teacherId: practiceTeacher.id, trainingBaseId: trainingBase.id, status: "ACCEPTED" });
  // Real ids for each route parameter, records made for this test; a new parameter must be added here.
  Object.assign(ids, {
    positionId: position.id,
    schoolId: w.school.id,
    enterpriseId: w.enterprise.id,
    clusterId: w.cluster.id,
    organisationId: w.enterprise.id,
    studentId: student.student.id,
    applicationId: application.id,
    agreementId: agreement.id,
    placementId: placement.id,
    kind: "tripartite", // /placements/:placementId/documents/:kind
    orderClassId: orderClass.id,
    fairId: fair.id,
    certificationId: certification.id,
    activityId: activity.id,
    baseId: trainingBase.id,
    practiceId: practice.id,
    teacherId: practiceTeacher.id,
    year: 2025, // /reports/:year…: a graduation year before today's latest class
    school: w.school.id, // /reports/:year/:school
    // A roster import of the school, checked and waiting for confirmation (issue 14: /imports/:importId, /imports/template/:kind).
    importId: (await w.make.importJob({ schoolId: w.school.id })).id,
  });
});

/** Every route's full path, from the manifest's parent links; whether its module has an action. */
function manifestPaths(build: ServerBuild) {
  const full = (id: string): string => {
    const route = build.routes[id]!;
    const own = route.path ?? "";
    const parent = route.parentId ? full(route.parentId) : "";
    return [parent, own].filter(Boolean).join("/").replace(/\/+/g, "/");
  };
  return Object.keys(build.routes)
    .filter((id) => id !== "root")
    .map((id) => ({ path: "/" + full(id).replace(/^\//, ""), action: typeof build.routes[id]!.module.action === "function" }));
}

const targets = () => routes.filter((r) => r.action || r.path.includes(":"));
const withIds = (template: string) =>
  template.replace(/:([A-Za-z]+)/g, (_m, name: string) => {
    const id = ids[name];
    if (id === undefined) throw new Error(`sweep.test.ts: no record for route parameter :${name} (${template}); add one in beforeAll`);
    return String(id);
  });

/** Row counts of every table: a refused request writes nothing anywhere. */
async function rowCounts() {
  const tables = await w.db.prisma.$queryRaw<Array<{ tablename: string }>>`SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`;
  const counts: Record<string, number> = {};
  for (const { tablename } of tables) {
    const [row] = await w.db.prisma.$queryRawUnsafe<Array<{ n: bigint }>>(`SELECT count(*) AS n FROM "${tablename}"`);
    counts[tablename] = Number(row!.n);
  }
  return counts;
}

const FORM = "application/x-www-form-urlencoded";
const NUL_FIELDS = new URLSearchParams(
  Object.entries({
    title: "岗\u0000位", description: "描\u0000述", displayName: "张\u0000三", note: "留\u0000言", username: "ad\u0000min",
    password: "p\u0000w", currentPassword: "x", newPassword: "\u0000".repeat(12), confirmPassword: "\u0000".repeat(12),
    address: "地\u0000址", website: "https://a.example/\u0000", contact: "\u0000", district: "SAIHAN", kind: "JOB", headcount: "1",
    contactPhone: "0471-1234567", deadline: "0000-01-01", startDate: "0001-01-01", applicationId: "2147483648",
    notificationId: "2147483648", to: "VIEWED", redirectTo: "/\t/evil.example/phish",
    // placement tracking (issue 11)
    body: "周\u0000报内容写得很长很长", evaluation: "评\u0000价", month: "0000-01", amount: "2147483648", paidOn: "0000-01-01",
    weekStart: "0000-01-01", daysPresent: "8", reportId: "2147483648", recordId: "2147483648", grade: "满\u0000分",
    retained: "yes", retainedPositionId: "2147483648",
  }),
).toString();
// Every intent whose form has fields. "close" has none: a post with intent=close is a well-formed
// request to close the position whatever else it carries, so it would rightly write.
const INTENTS = ["create", "save", "publish", "reopen", "profile", "password", "read", "readAll", "accept", "decline", "withdraw",
  "pay", "report", "review"];

/** The hostile bodies of items 1–8: [name, headers, body, the statuses that are right for it]. */
const bodies: Array<[string, Record<string, string>, string | Buffer]> = [
  ["huge index (item 1)", { "content-type": FORM }, "username[100000000]=x&programIds[10000000]=44"],
  ["deep dotted name (item 1)", { "content-type": FORM }, "a" + ".b".repeat(20_000) + "=x"],
  ["deep bracket name (item 1)", { "content-type": FORM }, "a" + "[0]".repeat(20_000) + "=x"],
  ["over 1 MB (item 2)", { "content-type": FORM }, Buffer.alloc(1024 * 1024 + 10, "a")],
  ["JSON (item 3)", { "content-type": "application/json" }, '{"intent":"create"}'],
  ["text/plain (item 3)", { "content-type": "text/plain" }, "intent=create"],
  ["XML (item 3)", { "content-type": "application/xml" }, "<intent>create</intent>"],
  ["multipart without boundary (item 3)", { "content-type": "multipart/form-data" }, "intent=create"],
  ["broken multipart (item 3)", { "content-type": "multipart/form-data; boundary=x" }, "--x\r\nnot a part"],
  ["Origin: null (item 3)", { "content-type": FORM, origin: "null" }, "intent=create&note=x"],
  ["no content type (item 3)", {}, "intent=create"],
  ...INTENTS.map((intent): [string, Record<string, string>, string] => [`NUL, year 0000, huge ids, bad redirect, intent=${intent} (items 4, 5, 8)`, { "content-type": FORM }, `intent=${intent}&${NUL_FIELDS}`]),
];

const ROLES: Role[] = ["visitor", "student", "enterprise", "school", "bureau"];
// Thousands of requests one after another, a few more with every feature's routes: on a loaded 2-core
// machine a role's sweep outgrew the suite's 60 s. A limit on waiting, not on speed.
const SWEEP_TIMEOUT = 300_000;

describe("the sweep", () => {
  it("the manifest lists the routes it should (guards the enumeration itself)", () => {
    const paths = targets().map((r) => r.path);
    expect(paths).toEqual(expect.arrayContaining(["/login", "/positions/:positionId/apply", "/enterprise/positions/:positionId/edit", "/students/:studentId"]));
  });

  it.each(ROLES)("hostile bodies to every action and /:id route as %s: no 500, nothing written", async (role) => {
    const client = clients[role];
    const before = await rowCounts();
    const failures: string[] = [];
    for (const route of targets()) {
      // Signing out is what any well-formed post to /logout does; it is swept for visitors only.
      if (route.path === "/logout" && role !== "visitor") continue;
      for (const [name, headers, body] of bodies) {
        const reply = await rawRequest(w.app.url, {
          method: "POST",
          path: withIds(route.path),
          headers: { ...headers, ...(client.cookie ? { cookie: client.cookie } : {}), "content-length": String(Buffer.byteLength(body)) },
          body,
        }, 4096);
        if (reply.status >= 500) failures.push(`${reply.status} POST ${route.path} · ${name}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  }, SWEEP_TIMEOUT);

  it.each(ROLES)("hostile ids and methods on every /:id route as %s: no 500, nothing written", async (role) => {
    const client = clients[role];
    const before = await rowCounts();
    const failures: string[] = [];
    const cookie: Record<string, string> = client.cookie ? { cookie: client.cookie } : {};
    for (const route of targets()) {
      for (const id of ["2147483648", "99999999999999999999", "0x1F", "%2B31", "31e0", "0b11111", "-1", "0", "%00", "__proto__"]) {
        const url = route.path.replace(/:([A-Za-z]+)/g, id);
        if (url === route.path) continue;
        for (const method of ["GET", "POST"]) {
          const reply = await rawRequest(w.app.url, { method, path: url, headers: { ...cookie, "content-type": FORM }, body: method === "POST" ? "intent=close&note=x" : undefined }, 4096);
          if (reply.status >= 500) failures.push(`${reply.status} ${method} ${url}`);
          else if (route.path.includes(":") && reply.status !== 404 && reply.status !== 302 && reply.status !== 403 && reply.status !== 405) {
            failures.push(`${reply.status} ${method} ${url} (expected 404, or the sign-in redirect, 403 by role, 405 without an action)`);
          }
        }
      }
      for (const method of ["TRACE", "PUT", "DELETE", "PATCH", "OPTIONS", "PROPFIND"]) {
        const reply = await rawRequest(w.app.url, { method, path: withIds(route.path), headers: cookie }, 4096);
        if (reply.status !== 405) failures.push(`${reply.status} ${method} ${route.path}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await rowCounts()).toEqual(before);
  }, SWEEP_TIMEOUT);
});
