import { beforeAll, describe, expect, it } from "vitest";
import type { WorldStudent } from "../../support/application-world";
import { useFairWorld } from "./world";

// Applying at a fair (issue 12 item 5): the fair's page links each booth position to
// /positions/:id?fair=<fairId>; the apply form carries `fair` along. The application is marked with
// the fair only when the fair is running (RUNNING, or published and within its days in Hohhot), the
// position is at an approved booth of it and the student holds a live registration; otherwise it is
// made all the same, without the fair — never refused for it.

const f = useFairWorld();
const { w } = f;
let running: number;
let atBooth: number;

beforeAll(async () => {
  running = (await f.fair({ running: true })).id;
  atBooth = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
  await w.make.fairBooth({ fairId: running, enterpriseId: w.enterprise.id, approved: true, positionIds: [atBooth] });
});

async function registered(fairId = running) {
  const s = await w.student();
  await w.make.fairRegistration({ fairId, studentId: s.student.id });
  return s;
}
async function applyAt(s: WorldStudent, positionId: number, fair: string) {
  const response = await s.client.post(`/positions/${positionId}/apply`, { note: "招聘会上聊过", fair });
  expect(response.status).toBe(302);
  return w.db.prisma.application.findUniqueOrThrow({ where: { positionId_studentId: { positionId, studentId: s.student.id } } });
}

it("the position page opened from a fair's booth carries the fair in the apply form", async () => {
  const s = await registered();
  const html = await (await s.client.get(`/positions/${atBooth}?fair=${running}`)).text();
  expect(html).toMatch(new RegExp(`<input type="hidden" name="fair" value="${running}"`));
  const plain = await (await s.client.get(`/positions/${atBooth}`)).text();
  expect(plain).not.toContain('name="fair"');
});

it("a registered student applying for a booth's position at a running fair: the application is the fair's", async () => {
  const s = await registered();
  expect(await applyAt(s, atBooth, String(running))).toMatchObject({ fairId: running, status: "SUBMITTED", note: "招聘会上聊过" });
});

it("an OPEN fair within its days counts too; one held next week does not", async () => {
  const today = await f.fair({ startsAt: new Date(Date.now() - 60_000), endsAt: new Date(Date.now() + 3_600_000), studentRegistrationClosesAt: new Date() });
  const nextWeek = await f.fair();
  for (const [fair, expected] of [[today.id, today.id], [nextWeek.id, null]] as const) {
    const position = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
    await w.make.fairBooth({ fairId: fair, approved: true, positionIds: [position] });
    const s = await registered(fair);
    expect((await applyAt(s, position, String(fair))).fairId).toBe(expected);
  }
});

describe("a claim that does not hold is dropped, the application made", () => {
  it("not registered, or registration cancelled", async () => {
    expect((await applyAt(await w.student(), atBooth, String(running))).fairId).toBeNull();
    const cancelled = await w.student();
    await w.make.fairRegistration({ fairId: running, studentId: cancelled.student.id, cancelledAt: new Date() });
    expect((await applyAt(cancelled, atBooth, String(running))).fairId).toBeNull();
  });

  it("the position is not at the fair, or its booth is only requested", async () => {
    const elsewhere = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
    expect((await applyAt(await registered(), elsewhere, String(running))).fairId).toBeNull();
    const requested = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
    await w.make.fairBooth({ fairId: running, positionIds: [requested] });
    expect((await applyAt(await registered(), requested, String(running))).fairId).toBeNull();
  });

  it("a cancelled fair on its own days", async () => {
    const fair = await f.fair({ running: true, status: "CANCELLED", cancelReason: "天气" });
    const position = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
    await w.make.fairBooth({ fairId: fair.id, approved: true, positionIds: [position] });
    expect((await applyAt(await registered(fair.id), position, String(fair.id))).fairId).toBeNull();
  });

  it.each([["letters", "abc"], ["zero", "0"], ["negative", "-1"], ["too big", "99999999999"], ["markup", "<b>1</b>"], ["a missing fair", "999999999"]])(
    "a fair claim of %s",
    async (_name, fair) => {
      const position = (await w.make.position({ enterpriseId: w.enterprise.id, indexed: true })).id;
      expect((await applyAt(await registered(), position, fair)).fairId).toBeNull();
    },
  );
});
