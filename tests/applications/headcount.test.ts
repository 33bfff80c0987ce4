import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { applicationTables } from "../support/snapshots";

// Accepted offers reaching the headcount close the position: audited like any close, re-indexed
// for search, and no acceptance beyond the headcount. (The race for the last seat is in
// concurrency.test.ts, on PostgreSQL.)

const w = useApplicationWorld();

describe("accepting up to headcount closes the position", () => {
  it("the last seat closes it (audited, once); a further acceptance is refused and writes nothing", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id, headcount: 2, title: "凉菜厨师" });
    const students = [await w.student(), await w.student(), await w.student()];
    const applications: Array<{ id: number }> = [];
    for (const s of students) applications.push(await w.make.application({ positionId: position.id, studentId: s.student.id, status: "OFFER" }));
    const accept = (i: number) =>
      students[i]!.client.post("/applications", { confirm: "yes", intent: "accept", applicationId: String(applications[i]!.id) });

    expect((await accept(0)).status).toBe(302);
    expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("PUBLISHED");
    expect((await accept(1)).status).toBe(302);
    expect((await w.db.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("CLOSED");
    const changes = await w.db.prisma.positionChange.findMany({ where: { positionId: position.id } });
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ userId: students[1]!.user.id, changes: { status: ["PUBLISHED", "CLOSED"] } });
    const indexed = await w.db.prisma.positionSearchDocument.findUnique({ where: { positionId: position.id } });
    expect(indexed).toMatchObject({ stale: false, searchable: false });

    const before = await applicationTables(w.db);
    const third = await accept(2);
    expect(third.status).toBe(400);
    // Filling the position closed the third offer (岗位已关闭, issue 8 item 16): nothing left to accept.
    expect(await third.text()).toContain("该申请当前为「岗位已关闭」，不能接受录用");
    expect(await applicationTables(w.db)).toEqual(before);
    expect(await w.db.prisma.application.count({ where: { positionId: position.id, status: "ACCEPTED" } })).toBe(2);

    // An offer still standing on a full position (data from before filling closed the waiting ones)
    // is refused by the headcount itself.
    await w.db.prisma.application.update({ where: { id: applications[2]!.id }, data: { status: "OFFER" } });
    const legacy = await applicationTables(w.db);
    const overHeadcount = await accept(2);
    expect(overHeadcount.status).toBe(400);
    expect(await overHeadcount.text()).toContain("该岗位录用名额已满");
    expect(await applicationTables(w.db)).toEqual(legacy);

    // A closed position takes no new applications.
    const late = await w.student();
    const refused = await late.client.post(`/positions/${position.id}/apply`, {});
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain("该岗位已停止招聘");
  });
});
