import { describe, expect, it } from "vitest";
import { useApplicationWorld, type Client } from "../support/application-world";
import { cohortOn, dayFromToday } from "../support/dates";
import { describeOnPostgres } from "../support/postgres-only";
import { applicationTables } from "../support/snapshots";

// Issue 9 item 3: one accepted job at a time for a graduating student. A student whose class leaves
// school at the end of this school year (third year of 学制三年: cohort = this school year's cohort − 2)
// and who already holds an accepted 就业岗位 (kind JOB) cannot accept another JOB offer: 400, the
// rule stated in Chinese, nothing written. A second-year student is not limited, and internships
// (岗位实习) and apprenticeships are not jobs.

const RULE = "毕业生同一时间只接受一份工作";
const THIRD_YEAR = cohortOn(dayFromToday(0)) - 2; // graduates next June
const SECOND_YEAR = cohortOn(dayFromToday(0)) - 1;

type Kind = "JOB" | "INTERNSHIP" | "APPRENTICESHIP";

function suite(w: ReturnType<typeof useApplicationWorld>) {
  /** A student of `cohortYear` holding an application in `held` on a `heldKind` position and an offer on an `offerKind` one. */
  async function student(cohortYear: number, held: { status: "ACCEPTED" | "OFFER"; kind: Kind }, offerKind: Kind) {
    const who = await w.student({ cohortYear });
    const first = await w.make.position({ enterpriseId: w.enterprise.id, kind: held.kind, title: "已录用的岗位" });
    const heldApplication = await w.make.application({ positionId: first.id, studentId: who.student.id, status: held.status });
    const second = await w.make.position({ enterpriseId: w.enterprise.id, kind: offerKind });
    const offer = await w.make.application({ positionId: second.id, studentId: who.student.id, status: "OFFER" });
    return { ...who, held: heldApplication, offer };
  }
  const accept = (client: Client, id: number) =>
    client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(id) });
  const statusOf = async (id: number) => (await w.db.prisma.application.findUniqueOrThrow({ where: { id } })).status;
  return { student, accept, statusOf };
}

describe("one accepted job at a time for a graduating student", () => {
  const w = useApplicationWorld();
  const { student, accept, statusOf } = suite(w);

  it("a graduating student holding an accepted JOB cannot accept another JOB: 400, the rule in Chinese, nothing written", async () => {
    const { client, offer } = await student(THIRD_YEAR, { status: "ACCEPTED", kind: "JOB" }, "JOB");
    const before = await applicationTables(w.db);
    const response = await accept(client, offer.id);
    expect(response.status).toBe(400);
    const html = await response.text();
    expect(html).toContain(RULE);
    expect(html).toContain("已录用的岗位");
    expect(await applicationTables(w.db)).toEqual(before);
    expect(await statusOf(offer.id)).toBe("OFFER");
  });

  it("asking to decline the others does not get round it", async () => {
    const { client, offer } = await student(THIRD_YEAR, { status: "ACCEPTED", kind: "JOB" }, "JOB");
    const before = await applicationTables(w.db);
    const response = await client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(offer.id), declineOthers: "yes" });
    expect(response.status).toBe(400);
    expect(await applicationTables(w.db)).toEqual(before);
  });

  it("a second-year student holding an accepted JOB may accept another JOB", async () => {
    const { client, offer } = await student(SECOND_YEAR, { status: "ACCEPTED", kind: "JOB" }, "JOB");
    expect((await accept(client, offer.id)).status).toBe(302);
    expect(await statusOf(offer.id)).toBe("ACCEPTED");
  });

  it("a graduating student holding an accepted JOB may accept an internship or an apprenticeship", async () => {
    for (const kind of ["INTERNSHIP", "APPRENTICESHIP"] as const) {
      const { client, offer } = await student(THIRD_YEAR, { status: "ACCEPTED", kind: "JOB" }, kind);
      expect((await accept(client, offer.id)).status).toBe(302);
      expect(await statusOf(offer.id)).toBe("ACCEPTED");
    }
  });

  it("a graduating student holding an accepted internship may accept a JOB", async () => {
    const { client, offer } = await student(THIRD_YEAR, { status: "ACCEPTED", kind: "INTERNSHIP" }, "JOB");
    expect((await accept(client, offer.id)).status).toBe(302);
    expect(await statusOf(offer.id)).toBe("ACCEPTED");
  });

  it("a graduating student holding only another JOB offer (not accepted) may accept", async () => {
    const { client, offer, held } = await student(THIRD_YEAR, { status: "OFFER", kind: "JOB" }, "JOB");
    expect((await accept(client, offer.id)).status).toBe(302);
    expect(await statusOf(offer.id)).toBe("ACCEPTED");
    expect(await statusOf(held.id)).toBe("OFFER");
  });
});

describeOnPostgres("one job at a time, raced on PostgreSQL (skipped on PGlite: one connection cannot race)", () => {
  const w = useApplicationWorld();
  const { accept, statusOf } = suite(w);

  it("a graduating student accepting two JOB offers at once gets one", async () => {
    for (let round = 0; round < 5; round++) {
      const { student, client } = await w.student({ cohortYear: THIRD_YEAR });
      const offers = [];
      for (let i = 0; i < 2; i++) {
        const position = await w.make.position({ enterpriseId: w.enterprise.id, kind: "JOB", headcount: 5 });
        offers.push(await w.make.application({ positionId: position.id, studentId: student.id, status: "OFFER" }));
      }
      const responses = await Promise.all(offers.map((o) => accept(client, o.id)));
      expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
      expect(await w.db.prisma.application.count({ where: { studentId: student.id, status: "ACCEPTED" } })).toBe(1);
      expect((await Promise.all(offers.map((o) => statusOf(o.id)))).sort()).toEqual(["ACCEPTED", "OFFER"]);
    }
  });
});
