import { describe, expect, it } from "vitest";
import { useApplicationWorld, type Client } from "../support/application-world";

// Issue 8, item 19: a URL past the last page (a stale or hand-edited link) is sent to the last page,
// its filters kept, on every paged list — never "共 611 个岗位" above "没有符合条件的岗位". The last
// page itself is shown (the other side of the edge). One mechanism (redirectPastLastPage) for all.

const w = useApplicationWorld();

/** GET `path`: expects a 302 to `to` (pathname + query). */
async function expectRedirect(client: Client, path: string, to: string) {
  const response = await client.get(path);
  expect(response.status, `GET ${path}`).toBe(302);
  expect(response.headers.get("location")).toBe(to);
}

async function expectShown(client: Client, path: string) {
  expect((await client.get(path)).status, `GET ${path}`).toBe(200);
}

/** `count` notices for `userId`: enough for a second inbox page at 31 (30 a page). */
async function notices(userId: number, count: number) {
  await w.db.prisma.notification.createMany({
    data: Array.from({ length: count }, (_, i) => ({ userId, title: `通知${i}`, body: "正文", link: "/inbox" })),
  });
}

async function signedIn(role: "SCHOOL_STAFF", organisationId: number) {
  return w.clientFor((await w.make.user({ role, organisationId })).id);
}

describe("each list page past its last page redirects to the last page, filters kept", () => {
  it("/positions: a search with one (empty) page, asked for page 40", async () => {
    const { client } = await w.student();
    await expectRedirect(client, "/positions?q=%E4%B8%8D%E5%AD%98%E5%9C%A8&kind=JOB&page=40", "/positions?q=%E4%B8%8D%E5%AD%98%E5%9C%A8&kind=JOB&page=1");
    await expectShown(client, "/positions?q=%E4%B8%8D%E5%AD%98%E5%9C%A8&kind=JOB&page=1");
  });

  it("/inbox: 31 notices are two pages; page 3 goes to page 2, page 2 is shown", async () => {
    const { user, client } = await w.student();
    await notices(user.id, 31 - (await w.db.prisma.notification.count({ where: { userId: user.id } })));
    await expectShown(client, "/inbox?page=2");
    await expectRedirect(client, "/inbox?page=3", "/inbox?page=2");
  });

  it("/enterprise/positions (own positions)", async () => {
    await expectShown(w.staff, "/enterprise/positions?page=1");
    await expectRedirect(w.staff, "/enterprise/positions?page=2", "/enterprise/positions?page=1");
  });

  it("/enterprises (directory)", async () => {
    await expectShown(w.staff, `/enterprises?cluster=${w.cluster.id}&page=1`);
    await expectRedirect(w.staff, `/enterprises?cluster=${w.cluster.id}&page=9`, `/enterprises?cluster=${w.cluster.id}&page=1`);
  });

  it("/school/applications and /schools/:id/students", async () => {
    const office = await signedIn("SCHOOL_STAFF", w.school.id);
    await expectShown(office, "/school/applications?status=SUBMITTED&page=1");
    await expectRedirect(office, "/school/applications?status=SUBMITTED&page=2", "/school/applications?status=SUBMITTED&page=1");
    const roll = `/schools/${w.school.id}/students`;
    await expectShown(office, `${roll}?page=1`);
    await expectRedirect(office, `${roll}?page=5`, `${roll}?page=1`);
  });
});
