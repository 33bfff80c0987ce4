import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { positionIdOf, validPositionForm } from "../support/forms";
import { useTestApp } from "../support/test-app";

// Two identical POSTs at once, as a double tap on a slow phone sends them.
// Create: there is no natural key for "the same position" (an enterprise may well post two
// identical seats), so both are saved: two drafts, each with its own audit row. That is accepted:
// drafts are visible only to the enterprise, which sees both in its list and publishes one.
// Status changes: the second finds the state already changed under the row lock and is refused (409).

const t = useTestApp();
let staff: Client;

beforeAll(async () => {
  const enterprise = await t.make.enterprise();
  staff = await t.clientFor((await t.make.user({ role: "ENTERPRISE_STAFF", organisationId: enterprise.id })).id);
});

const changesOf = (positionId: number) => t.db.prisma.positionChange.findMany({ where: { positionId } });
const editPath = (id: number) => `/enterprise/positions/${id}/edit`;

describe("double submits", () => {
  it("a double submit of the create form makes two drafts, each audited (accepted: drafts are private until published)", async () => {
    const before = await t.db.prisma.position.count();
    const form = validPositionForm({ title: "双击测试岗位" });
    const [first, second] = await Promise.all([
      staff.post("/enterprise/positions/new", form),
      staff.post("/enterprise/positions/new", form),
    ]);
    expect([first.status, second.status]).toEqual([302, 302]);
    const ids = [positionIdOf(first), positionIdOf(second)];
    expect(new Set(ids).size).toBe(2);
    expect(await t.db.prisma.position.count()).toBe(before + 2);
    for (const id of ids) expect(await changesOf(id)).toHaveLength(1);
  });

  it("a double submit of publish changes the status once and records one change", async () => {
    const id = positionIdOf(await staff.post("/enterprise/positions/new", validPositionForm()));
    const responses = await Promise.all([
      staff.post(editPath(id), { intent: "publish" }),
      staff.post(editPath(id), { intent: "publish" }),
    ]);
    expect(responses.map((r) => r.status).sort()).toEqual([302, 409]);
    expect(await changesOf(id)).toHaveLength(2);
  });
});
