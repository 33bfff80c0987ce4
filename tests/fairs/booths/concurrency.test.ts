import { beforeAll, expect, it } from "vitest";
import { describeOnPostgres } from "../../support/postgres-only";
import { deskPath, ownPath, useBoothWorld } from "./world";

// Booths under 50 simultaneous decisions, on a real PostgreSQL server with a connection pool (PGlite is
// one connection: the race would be serialised before it starts). Run with
// bash scripts/with-postgres.sh npx vitest run tests/fairs/booths/concurrency.test.ts

const RIVALS = 50;
const BOOTHS = 12;

describeOnPostgres("booths under concurrency (skipped on PGlite: one connection cannot race)", () => {
  const o = useBoothWorld();
  const { w } = o;
  beforeAll(() => o.setup());

  const approvedCount = (fairId: number) => w.db.prisma.fairBooth.count({ where: { fairId, status: "APPROVED" } });

  it(`${RIVALS} approvals at once for ${BOOTHS} booths: exactly ${BOOTHS} approved, the rest told the booths are full`, async () => {
    const fair = await o.fair({ boothCount: BOOTHS });
    const requests = [];
    for (let i = 0; i < RIVALS; i++) requests.push(await w.make.fairBooth({ fairId: fair.id }));
    const responses = await Promise.all(requests.map((b) => o.extra.office.post(deskPath(fair.id), { intent: "approve", boothId: String(b.id) })));
    const statuses = responses.map((r) => r.status);
    expect(statuses.filter((s) => s === 302)).toHaveLength(BOOTHS);
    expect(statuses.filter((s) => s === 400)).toHaveLength(RIVALS - BOOTHS);
    for (const r of responses.filter((r) => r.status === 400)) expect(await r.text()).toContain("展位已满，不能再通过新的展位申请");
    expect(await approvedCount(fair.id)).toBe(BOOTHS);
  });

  it(`${RIVALS} approvals at once, each with a booth number of its own among ${BOOTHS}: never two on one number, never more than ${BOOTHS}`, async () => {
    const fair = await o.fair({ boothCount: BOOTHS });
    const requests = [];
    for (let i = 0; i < RIVALS; i++) requests.push(await w.make.fairBooth({ fairId: fair.id }));
    const responses = await Promise.all(
      requests.map((b, i) => o.extra.office.post(deskPath(fair.id), { intent: "approve", boothId: String(b.id), boothNo: String((i % BOOTHS) + 1) })),
    );
    expect(responses.every((r) => r.status === 302 || r.status === 400)).toBe(true);
    const numbers = (await w.db.prisma.fairBooth.findMany({ where: { fairId: fair.id, status: "APPROVED" }, select: { boothNo: true } })).map((b) => b.boothNo);
    expect(numbers).toHaveLength(BOOTHS);
    expect(new Set(numbers).size).toBe(BOOTHS);
    expect(responses.filter((r) => r.status === 302)).toHaveLength(BOOTHS);
  });

  it(`${RIVALS} enterprises choosing the same booth at once: one gets it, the others are told it is taken`, async () => {
    const fair = await o.fair({ boothCount: RIVALS + 10 });
    const companies = [];
    for (let i = 0; i < RIVALS; i++) {
      const c = await o.company();
      await w.make.fairBooth({ fairId: fair.id, enterpriseId: c.enterprise.id, approved: true, boothNo: null });
      companies.push(c);
    }
    const responses = await Promise.all(companies.map((c) => c.client.post(ownPath(fair.id), { intent: "choose", boothNo: "7" })));
    expect(responses.filter((r) => r.status === 302)).toHaveLength(1);
    expect(responses.filter((r) => r.status === 400)).toHaveLength(RIVALS - 1);
    for (const r of responses.filter((r) => r.status === 400)) expect(await r.text()).toContain("该展位已被占用，请选择其他展位");
    expect(await w.db.prisma.fairBooth.count({ where: { fairId: fair.id, boothNo: 7 } })).toBe(1);
  });

  it("a double tap on 提交申请 makes one request", async () => {
    const fair = await o.fair();
    const c = await o.company();
    const responses = await Promise.all([1, 2].map(() => c.client.post(ownPath(fair.id), { intent: "request", representatives: "2" })));
    expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
    expect(await w.db.prisma.fairBooth.count({ where: { fairId: fair.id, enterpriseId: c.enterprise.id } })).toBe(1);
  });
});
