import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { dayFromToday } from "../support/dates";
import { useTestApp } from "../support/test-app";

// The dashboard pages over HTTP: role × organisation (the bureau every school's; a school's office its
// own and nothing of another school's; teachers, enterprises and students refused; a visitor sent to
// sign in), and every query parameter of /bureau/partnerships/records driven through the URL. The
// world is typed here with its expected figures worked out by hand (dates relative to today in Hohhot).

const t = useTestApp();
const clients = {} as Record<string, Client>;
type Key = "energy" | "schoolA" | "schoolB" | "schoolC" | "e1" | "e2" | "idle" | "terminated" | "expiring" | "busy" | "proposed" | "expired";
const ids = {} as Record<Key, number>;

beforeAll(async () => {
  const m = t.make;
  const energy = await m.cluster({ name: "测试清洁能源产业集群" });
  ids.energy = energy.id;
  const schoolA = await m.school({ district: "XINCHENG" });
  const schoolB = await m.school({ district: "SAIHAN" });
  const schoolC = await m.school({ district: "YUQUAN" }); // no agreement: no active partner
  const e1 = await m.enterprise({ clusterId: energy.id });
  const e2 = await m.enterprise(); // no cluster: 其他
  Object.assign(ids, { schoolA: schoolA.id, schoolB: schoolB.id, schoolC: schoolC.id, e1: e1.id, e2: e2.id });
  // A × e1: in force for years, nothing under it → idle.
  ids.idle = (await m.agreement({ schoolId: schoolA.id, enterpriseId: e1.id, startsOn: dayFromToday(-800) })).id;
  // A × e1 again: terminated.
  ids.terminated = (await m.agreement({ schoolId: schoolA.id, enterpriseId: e1.id, status: "TERMINATED", startsOn: dayFromToday(-800) })).id;
  // A × e2: an order-class agreement signed a month ago, ending on the 90th day → expiring, not idle (too new).
  ids.expiring = (await m.agreement({ schoolId: schoolA.id, enterpriseId: e2.id, kind: "ORDER_CLASS", startsOn: dayFromToday(-30), endsOn: dayFromToday(90) })).id;
  // B × e1: in force, ending on the 91st day (not expiring), an intern there now (not idle).
  ids.busy = (await m.agreement({ schoolId: schoolB.id, enterpriseId: e1.id, startsOn: dayFromToday(-800), endsOn: dayFromToday(91) })).id;
  await m.internshipPlacement({ schoolId: schoolB.id, enterpriseId: e1.id, startsOn: dayFromToday(-20), endsOn: dayFromToday(60) });
  // B × e2: proposed, and an expired one.
  ids.proposed = (await m.agreement({ schoolId: schoolB.id, enterpriseId: e2.id, status: "PROPOSED", startsOn: dayFromToday(10) })).id;
  ids.expired = (await m.agreement({ schoolId: schoolB.id, enterpriseId: e2.id, startsOn: dayFromToday(-400), endsOn: dayFromToday(-1) })).id;
  // Students: 2 of A and 1 of B in an energy program (the placement's student of B is in a program with no cluster).
  const energyProgram = await m.program({ clusterId: energy.id });
  const spA = await m.schoolProgram({ schoolId: schoolA.id, programId: energyProgram.id });
  const spB = await m.schoolProgram({ schoolId: schoolB.id, programId: energyProgram.id });
  await m.student({ schoolId: schoolA.id, schoolProgramId: spA.id });
  await m.student({ schoolId: schoolA.id, schoolProgramId: spA.id });
  await m.student({ schoolId: schoolB.id, schoolProgramId: spB.id });
  const bureau = await m.bureau();
  const as = async (role: "SCHOOL_STAFF" | "TEACHER" | "ENTERPRISE_STAFF" | "BUREAU_ADMIN", organisationId: number) =>
    t.clientFor((await m.user({ role, organisationId })).id);
  const student = await m.student({ schoolId: schoolA.id, account: true });
  Object.assign(clients, {
    bureau: await as("BUREAU_ADMIN", bureau.id),
    officeA: await as("SCHOOL_STAFF", schoolA.id),
    officeB: await as("SCHOOL_STAFF", schoolB.id),
    teacherA: await as("TEACHER", schoolA.id),
    enterprise: await as("ENTERPRISE_STAFF", e1.id),
    student: await t.clientFor(student.user.id),
  });
});

async function html(who: string, path: string, status = 200): Promise<string> {
  const response = await clients[who]!.get(path);
  expect(response.status, `${who} ${path}`).toBe(status);
  return response.text();
}
const rowIds = (page: string) => [...page.matchAll(/data-row-id="([^"]+)"/g)].map((m) => m[1]!);
const value = (page: string) => Number(/data-testid="figure-value">(\d+)</.exec(page)?.[1]);
const records = (query: string) => `/bureau/partnerships/records?${query}`;

describe("who sees which dashboard", () => {
  it.each([
    ["bureau", 200, 403],
    ["officeA", 403, 200],
    ["teacherA", 403, 403],
    ["enterprise", 403, 403],
    ["student", 403, 403],
  ] as const)("%s: /bureau/partnerships %s, /school/partnerships %s", async (who, bureauStatus, schoolStatus) => {
    await html(who, "/bureau/partnerships", bureauStatus);
    await html(who, "/school/partnerships", schoolStatus);
    await html(who, records("figure=agreements"), who === "bureau" || who === "officeA" ? 200 : 403);
  });

  it("a visitor is sent to sign in", async () => {
    for (const path of ["/bureau/partnerships", "/school/partnerships", records("figure=agreements")]) {
      const response = await t.visitor().get(path);
      expect(response.status, path).toBe(302);
      expect(response.headers.get("location")).toContain("/login");
    }
  });

  it("the bureau's numbers link to their records; the totals are the world's", async () => {
    const page = await html("bureau", "/bureau/partnerships");
    // 6 agreements; in force: idle, expiring, busy (3); pairs A×e1, A×e2, B×e1 (3); enterprises e1, e2;
    // school C has no partner; idle 1; expiring 1.
    for (const [label, n] of [
      ["合作协议", 6],
      ["生效协议", 3],
      ["校企合作对", 3],
      ["合作企业", 2],
      ["无生效合作企业的学校", 1],
      ["12个月无活动的协议", 1],
      ["90天内到期的协议", 1],
    ] as const) {
      expect(page, label).toContain(`aria-label="${label}：${n}，查看记录"`);
    }
    expect(page).toContain(`aria-label="测试清洁能源产业集群在校生：3，查看记录"`);
    expect(page).toContain(`href="/bureau/partnerships/records?figure=agreements&amp;kind=ORDER_CLASS"`);
  });

  it("a school's office sees its own partnerships only, and its links stay within them", async () => {
    const page = await html("officeA", "/school/partnerships");
    expect(page).toContain(`aria-label="合作协议：3，查看记录"`);
    expect(page).toContain(`aria-label="12个月无活动的协议：1，查看记录"`);
    expect(page).toContain(`aria-label="无生效合作企业的学校：0，查看记录"`);
    expect(page).toContain(`aria-label="测试清洁能源产业集群在校生：2，查看记录"`);
    const all = await html("officeA", records("figure=agreements"));
    expect(rowIds(all).map(Number).sort()).toEqual([ids.idle, ids.terminated, ids.expiring].sort());
    expect(all).not.toContain(`/agreements/${ids.busy}"`);
    // Another school's records: 404, as records it may not know; its own id is fine.
    await html("officeA", records(`figure=agreements&school=${ids.schoolB}`), 404);
    expect(rowIds(await html("officeA", records(`figure=agreements&school=${ids.schoolA}`)))).toHaveLength(3);
    // The school's pairs and its students per cluster are its own.
    expect(value(await html("officeA", records("figure=pairs")))).toBe(2);
    expect(value(await html("officeA", records(`figure=students&cluster=${ids.energy}`)))).toBe(2);
    expect(value(await html("officeB", records("figure=agreements")))).toBe(3);
  });
});

describe("/bureau/partnerships/records driven through the URL", () => {
  it("figure picks the records; without one (or an unknown one) it is 400 with a Chinese message", async () => {
    const expected: Record<string, Array<number | string>> = {
      agreements: [ids.idle, ids.terminated, ids.expiring, ids.busy, ids.proposed, ids.expired],
      idle: [ids.idle],
      expiring: [ids.expiring],
      pairs: [`${ids.schoolA}-${ids.e1}`, `${ids.schoolA}-${ids.e2}`, `${ids.schoolB}-${ids.e1}`],
      enterprises: [ids.e1, ids.e2],
      unpartnered: [ids.schoolC],
      students: [ids.schoolA, ids.schoolB],
    };
    for (const [figure, rows] of Object.entries(expected)) {
      const page = await html("bureau", records(`figure=${figure}`));
      expect(rowIds(page).sort(), figure).toEqual(rows.map(String).sort());
    }
    for (const query of ["", "figure=", "figure=nonsense", "figure=%3Cscript%3E"]) {
      const page = await html("bureau", records(query), 400);
      expect(page).toContain("请从校企合作概览中点开一个数字查看记录");
    }
  });

  it("kind, state, cluster (an id or none), district and school narrow the agreements; nonsense means all", async () => {
    const agreements = async (query: string) => rowIds(await html("bureau", records(`figure=agreements&${query}`))).map(Number).sort();
    expect(await agreements("kind=ORDER_CLASS")).toEqual([ids.expiring]);
    expect(await agreements("state=IN_FORCE")).toEqual([ids.idle, ids.expiring, ids.busy].sort());
    expect(await agreements("state=EXPIRED")).toEqual([ids.expired]);
    expect(await agreements("state=PROPOSED")).toEqual([ids.proposed]);
    expect(await agreements("state=TERMINATED")).toEqual([ids.terminated]);
    expect(await agreements(`cluster=${ids.energy}`)).toEqual([ids.idle, ids.terminated, ids.busy].sort());
    expect(await agreements("cluster=none")).toEqual([ids.expiring, ids.proposed, ids.expired].sort());
    expect(await agreements("district=SAIHAN")).toEqual([ids.busy, ids.proposed, ids.expired].sort());
    expect(await agreements(`school=${ids.schoolA}`)).toEqual([ids.idle, ids.terminated, ids.expiring].sort());
    expect(await agreements(`district=SAIHAN&state=IN_FORCE`)).toEqual([ids.busy]);
    for (const junk of ["kind=NOPE", "state=已到期", "cluster=0", "cluster=1e3", "district=MOON", "school=abc", "school=99999999999"]) {
      expect(await agreements(junk), junk).toHaveLength(6);
    }
    expect(await html("bureau", records("figure=agreements&state=EXPIRED"))).toContain("筛选：已到期");
  });

  it("cluster and district narrow the other figures too", async () => {
    expect(value(await html("bureau", records(`figure=enterprises&cluster=${ids.energy}`)))).toBe(1);
    expect(value(await html("bureau", records("figure=enterprises&cluster=none")))).toBe(1);
    expect(value(await html("bureau", records(`figure=students&cluster=${ids.energy}`)))).toBe(3);
    expect(value(await html("bureau", records("figure=pairs&district=SAIHAN")))).toBe(1);
    expect(value(await html("bureau", records("figure=unpartnered&district=XINCHENG")))).toBe(0);
    expect(value(await html("bureau", records("figure=unpartnered&district=YUQUAN")))).toBe(1);
  });

  it("page: 50 records a page, past the last page redirected to it, nonsense the first", async () => {
    const many = await t.make.school({ district: "HUIMIN" });
    const e = await t.make.enterprise();
    for (let i = 0; i < 51; i++) await t.make.agreement({ schoolId: many.id, enterpriseId: e.id, status: "DECLINED" });
    const first = await html("bureau", records("figure=agreements&state=DECLINED"));
    expect(rowIds(first)).toHaveLength(50);
    expect(value(first)).toBe(51);
    expect(rowIds(await html("bureau", records("figure=agreements&state=DECLINED&page=2")))).toHaveLength(1);
    expect(rowIds(await html("bureau", records("figure=agreements&state=DECLINED&page=abc")))).toHaveLength(50);
    const past = await clients.bureau!.get(records("figure=agreements&state=DECLINED&page=9"));
    expect(past.status).toBe(302);
    expect(past.headers.get("location")).toContain("page=2");
  });
});
