import { describe, expect, it } from "vitest";
import { useApplicationWorld, type Client } from "../support/application-world";

// Issue 9 item 2: the student's home leads with what waits for them, and every count links to the
// filtered list. Each count is followed through its URL here and the list's rows are counted.

const w = useApplicationWorld();

/** The count and the address of one to-do line of the home page, by its data-todo key. */
async function todo(client: Client, key: string) {
  const html = await (await client.get("/")).text();
  const line = new RegExp(`<li data-todo="${key}"><a[^>]*href="([^"]*)"[^>]*><strong class="todo-count">(\\d+)</strong>`).exec(html);
  expect(line, `to-do line ${key}`).not.toBeNull();
  return { href: line![1]!.replaceAll("&amp;", "&"), count: Number(line![2]) };
}

/** The applications shown on 我的申请 at `href`: offer cards and rows alike, by data-row-id. */
async function listed(client: Client, href: string) {
  const response = await client.get(href);
  expect(response.status).toBe(200);
  const html = await response.text();
  return [...html.matchAll(/data-row-id="(\d+)"/g)].map((m) => Number(m[1]));
}

describe("the student's to-do counts link to the filtered list", () => {
  it("offers and interviews: the link's list has exactly the counted applications", async () => {
    const { student, client } = await w.student();
    const made: Record<string, number[]> = { OFFER: [], INTERVIEW: [], SUBMITTED: [] };
    for (const status of ["OFFER", "OFFER", "INTERVIEW", "SUBMITTED", "OFFER"] as const) {
      const position = await w.make.position({ enterpriseId: w.enterprise.id });
      made[status]!.push((await w.make.application({ positionId: position.id, studentId: student.id, status })).id);
    }
    const offers = await todo(client, "offers");
    expect(offers).toEqual({ href: "/applications?status=OFFER", count: 3 });
    expect((await listed(client, offers.href)).sort()).toEqual([...made.OFFER!].sort());

    const interviews = await todo(client, "interviews");
    expect(interviews).toEqual({ href: "/applications?status=INTERVIEW", count: 1 });
    expect(await listed(client, interviews.href)).toEqual(made.INTERVIEW);

    // Unfiltered, the list has all five; an unknown status means no filter.
    expect((await listed(client, "/applications")).length).toBe(5);
    expect((await listed(client, "/applications?status=NOPE")).length).toBe(5);
  });

  it("a filter with nothing in it says so and offers the whole list", async () => {
    const { client } = await w.student();
    const html = await (await client.get("/applications?status=INTERVIEW")).text();
    expect(html).toContain("没有「邀请面试」的申请");
    expect(html).toContain('href="/applications"');
  });
});
