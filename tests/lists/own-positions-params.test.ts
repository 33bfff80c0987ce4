import { beforeAll, describe, it } from "vitest";
import type { PositionStatus } from "~/generated/prisma/client";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { expectTwoPages } from "./list-params";

// /enterprise/positions takes one parameter, page: page 2 lists the enterprise's positions after
// the first 50, newest change first, in every status.

const PER_PAGE = 50;
const STATUSES: PositionStatus[] = ["DRAFT", "PUBLISHED", "CLOSED"];

/** The test's data, in one place: 55 positions of one enterprise in every status, and another enterprise's. */
async function makeWorld(t: TestAppHandle) {
  const enterprise = await t.make.enterprise();
  const staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
  const made: number[] = [];
  for (let i = 0; i < 55; i++) made.push((await t.make.position({ enterpriseId: enterprise.id, status: STATUSES[i % 3] })).id);
  const other = await t.make.enterprise();
  for (let i = 0; i < 3; i++) await t.make.position({ enterpriseId: other.id });
  // The list runs newest change first; when each of these records changed is read back from them.
  const stamps = await t.db.prisma.position.findMany({ where: { id: { in: made } }, select: { id: true, updatedAt: true } });
  const positions = stamps.map((p) => ({ id: p.id, updatedAt: p.updatedAt.getTime() }));
  return { staff, positions };
}

const t = useTestApp();
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  w = await makeWorld(t);
});

describe("/enterprise/positions query parameters", () => {
  it("page=2 lists the positions after the first 50, newest change first, none of them twice", async () => {
    const ordered = [...w.positions].sort((a, b) => b.updatedAt - a.updatedAt || b.id - a.id).map((p) => p.id);
    await expectTwoPages(w.staff, "/enterprise/positions", ordered, PER_PAGE);
  });
});
