import { describe, expect, it } from "vitest";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// break14b, issue 14's forms under hostile bodies from every role: /destinations/:id (the school's form),
// /my/destination (the graduate's answer), /destinations/proposals (accept/dismiss), /mentors (hours), and
// posts to the report pages (no form there). Huge values, control characters, markup, wrong types, lists,
// ids of other schools, a JSON body: never 500, and nothing written (destinations, their audit, mentors' hours).

const t = useTestApp();
const w = fromBeforeAll("the cast", async () => {
  const { make } = t;
  const school = await make.school();
  const other = await make.school();
  const graduate = await make.student({ account: true, status: "GRADUATED", schoolId: school.id, graduationYear: 2026, cohortYear: 2023 });
  const stranger = await make.student({ status: "GRADUATED", schoolId: other.id, graduationYear: 2026, cohortYear: 2023 });
  await make.graduateDestination({ studentId: graduate.id, kind: "EMPLOYED_CONTRACT", employerName: "示例·企业", employerProvince: "内蒙古自治区", employerCity: "呼和浩特市" });
  const enterprise = await make.enterprise();
  const clients = {
    staff: await t.clientFor((await make.user({ role: "SCHOOL_STAFF", organisationId: school.id })).id),
    otherStaff: await t.clientFor((await make.user({ role: "SCHOOL_STAFF", organisationId: other.id })).id),
    bureau: await t.clientFor((await make.user({ role: "BUREAU_ADMIN", organisationId: (await make.bureau()).id })).id),
    graduate: await t.clientFor(graduate.user.id),
    enterprise: await t.clientFor((await make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id),
    visitor: t.visitor(),
  };
  return { graduate, stranger, enterprise, clients };
});

const HUGE = "呼".repeat(100_000);
const BAD_VALUES = ["", " ", HUGE, "\u0000\u0007\u001b[31m", "<script>alert(1)</script>", "<b>x</b>", "-1", "1e400", "99999999999999999999", "NaN", "Infinity", "0x10", "１２", "\u202e"];

async function written() {
  const p = t.db.prisma;
  const d = await p.graduateDestination.findMany({ orderBy: { id: "asc" } });
  return { d: JSON.stringify(d), changes: await p.destinationChange.count(), hours: await p.mentorTeaching.count(), decisions: await p.destinationProposalDecision.count() };
}

describe("hostile bodies on issue 14's forms", () => {
  it("never 500, nothing written", async () => {
    const before = await written();
    const bad: string[] = [];
    const forms: Array<[string, string[]]> = [
      [`/destinations/${w.graduate.id}`, ["kind", "employerName", "employerProvince", "employerCity", "employerSize", "sector", "monthlyIncome", "promoted", "employedOn", "note", "source", "sourceId", "confirm"]],
      [`/destinations/${w.stranger.id}`, ["kind", "employerName", "monthlyIncome"]],
      ["/my/destination", ["intent", "note", "version"]],
      ["/destinations/proposals", ["intent", "source", "sourceId", "confirm"]],
      ["/mentors", ["enterpriseId", "mentorName", "schoolYear", "hours", "orderClassId", "placementId"]],
      ["/reports/2026", ["intent"]],
      ["/reports/2026/records?figure=附表1.1", ["intent"]],
    ];
    for (const [who, client] of Object.entries(w.clients)) {
      for (const [path, fields] of forms) {
        for (const value of BAD_VALUES) {
          const body = Object.fromEntries(fields.map((f) => [f, value]));
          const r = await client.post(path, body);
          await r.arrayBuffer();
          if (r.status >= 500) bad.push(`${who} POST ${path} “${value.slice(0, 12)}” → ${r.status}`);
        }
        // A list where one value is expected, and a body that is not a form.
        const listed = new URLSearchParams(fields.flatMap((f) => [[f, "1"], [f, "2"]]));
        for (const init of [
          { method: "POST", body: listed, headers: { "content-type": "application/x-www-form-urlencoded" } },
          { method: "POST", body: JSON.stringify({ intent: "confirm" }), headers: { "content-type": "application/json" } },
          { method: "POST", body: "%%%&&&=\u0000", headers: { "content-type": "application/x-www-form-urlencoded" } },
        ]) {
          const r = await client.request(path, init);
          await r.arrayBuffer();
          if (r.status >= 500) bad.push(`${who} POST ${path} ${init.headers["content-type"]} → ${r.status}`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(await written()).toEqual(before);
    // The other side: the same route with a good body writes (the posts above reached the action).
    const good = await w.clients.staff.post(`/destinations/${w.graduate.id}`, { kind: "EMPLOYED_CONTRACT", employerName: "示例·另一企业", employerProvince: "内蒙古", employerCity: "包头" });
    expect(good.status).toBe(302);
    expect((await written()).changes).toBe(before.changes + 1);
  }, 600_000);
});
