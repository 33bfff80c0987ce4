import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "~/features/auth/session.server";
import { retentionPeople, retentionReport } from "~/features/retention/retention.server";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { EXPECTED, makeRetentionWorld, sessionUser, type RetentionWorld } from "./world";

// The tracker's counts for a world built by hand (world.ts, EXPECTED counted from the rules), through
// the service and through the pages: every figure links to a list of exactly that many people.

const t = useTestApp();
let w: RetentionWorld;
let bureauUser: SessionUser;
let officeA: SessionUser;
const clients = {} as Record<string, Client>;
const TODAY = "2026-11-29";

beforeAll(async () => {
  w = await makeRetentionWorld(t);
  const bureauOrg = await t.make.bureau();
  const b = await t.make.user({ role: "BUREAU_ADMIN", organisationId: bureauOrg.id });
  const o = await t.make.user({ role: "SCHOOL_STAFF", organisationId: w.schoolA.id });
  bureauUser = sessionUser(b, "BUREAU_ADMIN", bureauOrg);
  officeA = sessionUser(o, "SCHOOL_STAFF", w.schoolA);
  clients.bureau = await t.clientFor(b.id);
  clients.officeA = await t.clientFor(o.id);
});

describe("the service", () => {
  it("counts each person once, in the earliest month, from the three sources", async () => {
    const report = await retentionReport(bureauUser, { today: TODAY });
    expect(report.total).toBe(EXPECTED.total);
    expect(report.bySource).toEqual(EXPECTED.bySource);
    expect(report.inSeveral).toBe(EXPECTED.inSeveral);
    const added = Object.fromEntries(report.rows.filter((r) => r.added > 0).map((r) => [r.month, r.added]));
    expect(added).toEqual(EXPECTED.byMonth);
    expect(report.rows[0]!.month).toBe("2023-11");
    expect(report.rows.at(-1)).toMatchObject({ month: "2026-11", cumulative: 6 });
    expect(report.goal).toEqual({ people: 50_000, years: 3, startMonth: "2023-11", deadlineMonth: "2026-11" });
    // November 2026 is the deadline month: the whole remainder is due in it.
    expect(report.pace).toEqual({ state: "on", remaining: 49_994, monthsLeft: 1, perMonth: 49_994 });
    // Equal counts: by name, in pinyin order (甲 jiǎ before 乙 yǐ).
    expect(report.bySchool.map((s) => [s.name, s.people])).toEqual([
      ["留呼测试学校甲", EXPECTED.schoolA],
      ["留呼测试学校乙", EXPECTED.schoolB],
    ]);
  });

  it("the month after the deadline says the deadline passed, with the shortfall", async () => {
    const report = await retentionReport(bureauUser, { today: "2026-12-01" });
    expect(report.pace).toEqual({ state: "passed", countedByDeadline: 6, shortfall: 49_994 });
  });

  it("a school's office gets its own students' part, whatever it asks for", async () => {
    const report = await retentionReport(officeA, { today: TODAY });
    expect(report.scope).toEqual({ id: w.schoolA.id, name: w.schoolA.name });
    expect(report.total).toBe(EXPECTED.schoolA);
    await expect(retentionReport(officeA, { school: w.schoolB.id, today: TODAY })).rejects.toMatchObject({ status: 404 });
  });

  it("the people behind the figures are exactly the counted ones, the earlier record deciding the month", async () => {
    const found = await retentionPeople(bureauUser, {}, TODAY);
    expect(found.people.map((p) => p.personId).sort()).toEqual(
      EXPECTED.counted.map((name) => Object.values(w.names).find((s) => s.name === name)!.id).sort(),
    );
    const b1 = found.people.find((p) => p.personId === w.names.b1.id)!;
    expect(b1).toMatchObject({ month: "2025-03", sources: ["LOCAL_EMPLOYMENT", "KEPT_ON"] });
  });
});

const numbers = (html: string) => [...html.matchAll(/<a [^>]*href="(\/retention\/people[^"]*)"[^>]*>([\d,]+)<\/a>/g)].map((m) => ({ href: m[1]!.replaceAll("&amp;", "&"), value: Number(m[2]!.replaceAll(",", "")) }));
const peopleTotal = (html: string) => Number(/data-testid="people-total">(\d+)</.exec(html)?.[1]);

describe("the pages", () => {
  it("every number on /retention links to exactly that many people", async () => {
    const html = await (await clients.bureau!.get("/retention")).text();
    const links = numbers(html);
    expect(links.length).toBeGreaterThan(10);
    expect(links[0]).toEqual({ href: "/retention/people", value: EXPECTED.total });
    for (const link of links) {
      const response = await clients.bureau!.get(link.href);
      expect(response.status, link.href).toBe(200);
      expect(peopleTotal(await response.text()), link.href).toBe(link.value);
    }
  });

  it("the month, source and school parameters each narrow the list", async () => {
    const get = async (query: string) => peopleTotal(await (await clients.bureau!.get(`/retention/people${query}`)).text());
    expect(await get("?month=2024-07")).toBe(2);
    expect(await get("?month=2024-08")).toBe(0);
    expect(await get("?source=KEPT_ON")).toBe(1);
    expect(await get("?source=ORDER_CLASS_HIRE")).toBe(1);
    expect(await get(`?school=${w.schoolA.id}`)).toBe(3);
    expect(await get(`?school=${w.schoolB.id}&month=2025-07&source=ORDER_CLASS_HIRE`)).toBe(1);
    // Nonsense is no filter, not an error.
    expect(await get("?month=2024-13&source=NOPE")).toBe(EXPECTED.total);
    // The school filter on the tracker itself.
    const schoolPage = await (await clients.bureau!.get(`/retention?school=${w.schoolB.id}`)).text();
    expect(numbers(schoolPage)[0]).toEqual({ href: `/retention/people?school=${w.schoolB.id}`, value: EXPECTED.schoolB });
  });

  it("hostile query strings are no filter, never an error", async () => {
    for (const query of ["?school=abc", "?school=-1", "?month=%3Cscript%3E", "?month=2024-07%00", `?source=${"x".repeat(5000)}`, "?page=-3", "?page=1e9", "?__proto__=1&constructor=2"]) {
      const people = await clients.bureau!.get(`/retention/people${query}`);
      expect(people.status, query).toBe(200);
      expect(peopleTotal(await people.text()), query).toBe(EXPECTED.total);
      expect((await clients.bureau!.get(`/retention${query}`)).status, query).toBe(200);
    }
  });

  it("page walks the list and a page past the last is sent to the last", async () => {
    const first = await (await clients.bureau!.get("/retention/people?page=1")).text();
    expect(first).toContain("第 1 / 1 页");
    const past = await clients.bureau!.get("/retention/people?page=9");
    expect(past.status).toBe(302);
    expect(past.headers.get("location")).toBe("/retention/people?page=1");
  });

  it("the list names the people with the records behind them", async () => {
    const html = await (await clients.officeA!.get("/retention/people?month=2024-07")).text();
    expect(html).toContain("甲一");
    expect(html).toContain("甲二");
    expect(html).toContain("留呼测试呼市企业");
    expect(html).not.toContain("甲三");
  });
});
