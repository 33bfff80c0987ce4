import { beforeAll, describe, it } from "vitest";
import { useTestApp, type TestAppHandle } from "../support/test-app";
import { expectTwoPages } from "./list-params";

// /inbox takes one parameter, page: page 2 lists the notices after the first 30, newest first.

const PER_PAGE = 30;

/** The test's data, in one place: 35 notices for one user, made in an order unlike their dates, and some for another user. */
async function makeWorld(t: TestAppHandle) {
  const school = await t.make.school();
  const { user } = await t.make.student({ schoolId: school.id, account: true });
  const { user: other } = await t.make.student({ schoolId: school.id, account: true });
  const base = Date.parse("2026-11-01T02:00:00Z");
  const notices: Array<{ id: number; createdAt: number }> = [];
  for (let i = 0; i < 35; i++) {
    const createdAt = base - ((i * 8) % 35) * 60_000; // one minute apart, shuffled
    const readAt = i % 3 === 0 ? new Date(createdAt + 1000) : null;
    const notice = await t.make.notification({ userId: user.id, title: `测试通知${i}`, body: "测试内容", createdAt: new Date(createdAt), readAt });
    notices.push({ id: notice.id, createdAt });
  }
  for (let i = 0; i < 3; i++) {
    await t.make.notification({ userId: other.id, title: `他人通知${i}`, body: "测试内容", createdAt: new Date(base + i) });
  }
  return { client: await t.clientFor(user.id), notices };
}

const t = useTestApp();
let w: Awaited<ReturnType<typeof makeWorld>>;
beforeAll(async () => {
  w = await makeWorld(t);
});

describe("/inbox query parameters", () => {
  it("page=2 lists the notices after the first 30, newest first, none of them twice", async () => {
    const ordered = [...w.notices].sort((a, b) => b.createdAt - a.createdAt || b.id - a.id).map((n) => n.id);
    await expectTwoPages(w.client, "/inbox", ordered, PER_PAGE);
  });
});
