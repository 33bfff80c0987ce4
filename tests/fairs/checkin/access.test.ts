import { beforeAll, describe, expect, it } from "vitest";
import { useTestApp } from "../../support/test-app";
import { checkInWorld, postScans } from "./world";

// Role × organisation at a fair's entrance and at a booth's lead scanner (issue 12 items 4, 5, 9):
// the organiser's staff and teachers scan; another school's organiser and the bureau (for a school's
// fair) are told the entrance does not exist (404); enterprises and students are refused (403).
// Every refusal writes nothing.

const t = useTestApp();
let w: Awaited<ReturnType<typeof checkInWorld>>;
let code: string;
beforeAll(async () => {
  w = await checkInWorld(t);
  code = (await w.registered()).code;
});

async function as(
  role:
    | "SCHOOL_STAFF"
    | "TEACHER"
    | "BUREAU_ADMIN"
    | "ENTERPRISE_STAFF"
    | "STUDENT",
  organisationId?: number
) {
  return t.clientFor((await t.make.user({ role, organisationId })).id);
}

describe("the entrance (/check-in and its scan API)", () => {
  const cases: Array<
    [string, () => Promise<Awaited<ReturnType<typeof as>>>, number]
  > = [
    ["another school's office", () => as("SCHOOL_STAFF"), 404],
    ["another school's teacher", () => as("TEACHER"), 404],
    ["the bureau (a school's fair)", () => as("BUREAU_ADMIN"), 404],
    ["an enterprise", () => as("ENTERPRISE_STAFF"), 403],
    [
      "a student of the organising school",
      () => as("STUDENT", w.school.id),
      403,
    ],
  ];
  for (const [who, client, status] of cases) {
    it(`${who}: ${status} on the page and the API, nothing written`, async () => {
      const c = await client();
      const before = await t.db.prisma.fairScan.count();
      expect((await c.get(`/fairs/${w.fair.id}/check-in`)).status).toBe(status);
      expect((await postScans(c, w.fair.id, [{ code }])).status).toBe(status);
      expect(await t.db.prisma.fairScan.count()).toBe(before);
    });
  }

  it("the organiser's office and teachers open the page; a visitor is sent to sign in", async () => {
    expect((await w.staff.get(`/fairs/${w.fair.id}/check-in`)).status).toBe(
      200
    );
    expect((await w.teacher.get(`/fairs/${w.fair.id}/check-in`)).status).toBe(
      200
    );
    const visitor = await t
      .visitor()
      .request(`/fairs/${w.fair.id}/check-in/scans`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ scans: [] }),
      });
    expect(visitor.status).toBe(302);
    expect(visitor.headers.get("location")).toMatch(/^\/login/);
  });

  it("the bureau checks in at its own fair; a school's office there is 404", async () => {
    const bureauUser = await t.make.user({ role: "BUREAU_ADMIN" });
    const fair = await t.make.jobFair({
      organiserId: bureauUser.organisationId,
      running: true,
    });
    const s = await w.registered(fair.id);
    const bureau = await t.clientFor(bureauUser.id);
    const answer = (await (
      await postScans(bureau, fair.id, [{ code: s.code }])
    ).json()) as { answers: { outcome: string }[] };
    expect(answer.answers[0]!.outcome).toBe("CHECKED_IN");
    expect((await postScans(w.staff, fair.id, [{ code: s.code }])).status).toBe(
      404
    );
  });

  it("a draft fair of another organiser and a fair that does not exist are 404 alike", async () => {
    const draft = await t.make.jobFair({ status: "DRAFT" });
    expect((await postScans(w.staff, draft.id, [{ code }])).status).toBe(404);
    expect((await postScans(w.staff, 999_999, [{ code }])).status).toBe(404);
    expect((await w.staff.get(`/fairs/abc/check-in`)).status).toBe(404);
  });
});

describe("the booth's lead scanner (/booth/scan)", () => {
  it("a school's people, a student, and an enterprise without an approved booth are refused", async () => {
    const requested = await t.make.fairBooth({ fairId: w.fair.id });
    const requestedStaff = await t.clientFor(
      (
        await t.make.user({
          role: "ENTERPRISE_STAFF",
          organisationId: requested.enterpriseId,
        })
      ).id
    );
    const noBooth = await as("ENTERPRISE_STAFF");
    for (const c of [
      w.staff,
      await as("STUDENT", w.school.id),
      requestedStaff,
      noBooth,
    ]) {
      expect((await c.get(`/fairs/${w.fair.id}/booth/scan`)).status).toBe(403);
    }
    expect(
      await t.db.prisma.fairLead.count({ where: { fairId: w.fair.id } })
    ).toBe(0);
  });

  it("an approved booth's staff open it", async () => {
    const booth = await t.make.fairBooth({ fairId: w.fair.id, approved: true });
    const staff = await t.clientFor(
      (
        await t.make.user({
          role: "ENTERPRISE_STAFF",
          organisationId: booth.enterpriseId,
        })
      ).id
    );
    const html = await (
      await staff.get(`/fairs/${w.fair.id}/booth/scan`)
    ).text();
    expect(html).toContain("记录求职意向");
  });
});
