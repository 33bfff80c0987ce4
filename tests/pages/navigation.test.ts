import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/client";
import { useApplicationWorld } from "../support/application-world";

// The header is how people find their work: each role sees its own pages and not the others',
// the inbox shows how many notices are unread, and a student who applied sees where the
// application stands instead of the form again.

const w = useApplicationWorld();

const ROLE_PAGES: Record<Role, string[]> = {
  STUDENT: ["/recommended", "/applications"],
  ENTERPRISE_STAFF: ["/enterprise/positions", "/enterprise/matching"],
  SCHOOL_STAFF: ["/school/applications"],
  TEACHER: ["/school/applications"],
  BUREAU_ADMIN: ["/bureau/positions"],
};
const EVERYONE = ["/", "/positions", "/directory", "/inbox", "/account"];
const ALL_ROLE_PAGES = [...new Set(Object.values(ROLE_PAGES).flat())];

/** The hrefs of the links inside the main navigation. */
async function navLinks(client: { get(path: string): Promise<Response> }): Promise<string[]> {
  const html = await (await client.get("/")).text();
  const nav = html.match(/<nav aria-label="主导航">(.*?)<\/nav>/s)?.[1] ?? "";
  return [...nav.matchAll(/<a [^>]*href="([^"]+)"/g)].map((m) => m[1]!);
}

describe("navigation by role", () => {
  let clients: Record<Role, { get(path: string): Promise<Response> }>;
  beforeAll(async () => {
    const bureau = await w.make.bureau();
    const staffOf = async (role: Role, organisationId: number) => w.clientFor((await w.make.user({ role, organisationId })).id);
    clients = {
      STUDENT: (await w.student()).client,
      ENTERPRISE_STAFF: w.staff,
      SCHOOL_STAFF: await staffOf("SCHOOL_STAFF", w.school.id),
      TEACHER: await staffOf("TEACHER", w.school.id),
      BUREAU_ADMIN: await staffOf("BUREAU_ADMIN", bureau.id),
    };
  });

  it.each(Object.keys(ROLE_PAGES) as Role[])("%s sees its own pages and nobody else's", async (role) => {
    const links = await navLinks(clients[role]);
    expect(links).toEqual(expect.arrayContaining([...EVERYONE, ...ROLE_PAGES[role]]));
    for (const other of ALL_ROLE_PAGES.filter((page) => !ROLE_PAGES[role].includes(page))) expect(links).not.toContain(other);
    // Every link leads somewhere this role may go.
    for (const link of links) expect((await clients[role].get(link)).status, link).toBe(200);
  });

  it.each(Object.keys(ROLE_PAGES) as Role[])("%s's home page offers the same work as next steps", async (role) => {
    const html = await (await clients[role].get("/")).text();
    const main = html.match(/<main class="page">(.*?)<\/main>/s)?.[1] ?? "";
    for (const page of ROLE_PAGES[role]) expect(main).toContain(`href="${page}"`);
  });

  it("a visitor sees only the sign-in link", async () => {
    const html = await (await w.visitor().get("/login")).text();
    const nav = html.match(/<nav aria-label="主导航">(.*?)<\/nav>/s)?.[1] ?? "";
    expect([...nav.matchAll(/href="([^"]+)"/g)].map((m) => m[1])).toEqual(["/login"]);
  });
});

describe("unread notices and the applied state", () => {
  it("counts unread notices in the header until they are read", async () => {
    const { client, student } = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id, title: "冷菜厨师" });
    expect(await (await client.get("/")).text()).toContain('aria-label="消息"');

    // Applying is the student's own act: no notice to themselves (issue 9 item 6), so still none unread.
    expect((await client.post(`/positions/${position.id}/apply`, { note: "" })).status).toBe(302);
    expect(await (await client.get("/")).text()).toContain('aria-label="消息"');
    // The enterprise opening the application tells the student: one unread.
    const application = await w.db.prisma.application.findFirstOrThrow({ where: { studentId: student.id, positionId: position.id } });
    expect((await w.staff.get(`/enterprise/positions/${position.id}/applicants/${application.id}`)).status).toBe(200);
    const html = await (await client.get("/")).text();
    expect(html).toContain('aria-label="消息，1 条未读"');
    expect(html).toMatch(/<span class="badge">1<\/span>/);

    expect((await client.post("/inbox", { intent: "readAll" })).status).toBe(302);
    expect(await (await client.get("/")).text()).toContain('aria-label="消息"');
  });

  it("a student who applied sees the status and a link to it, not the form; another student sees the form", async () => {
    const applicant = await w.student();
    const other = await w.student();
    const position = await w.make.position({ enterpriseId: w.enterprise.id, title: "面点师" });
    const application = await w.make.application({ positionId: position.id, studentId: applicant.student.id, status: "INTERVIEW" });

    const mine = await (await applicant.client.get(`/positions/${position.id}`)).text();
    expect(mine).toContain("你已申请该岗位，当前状态：邀请面试。");
    expect(mine).toContain(`href="/applications#application-${application.id}"`);
    expect(mine).not.toContain(`action="/positions/${position.id}/apply"`);

    const theirs = await (await other.client.get(`/positions/${position.id}`)).text();
    expect(theirs).not.toContain("你已申请该岗位");
    expect(theirs).toContain(`action="/positions/${position.id}/apply"`);
  });

  it("the owning enterprise's staff reach the applicants from the position page; others do not get the link", async () => {
    const position = await w.make.position({ enterpriseId: w.enterprise.id, title: "西点师" });
    const applicants = `href="/enterprise/positions/${position.id}/applicants"`;
    expect(await (await w.staff.get(`/positions/${position.id}`)).text()).toContain(applicants);
    const rival = await w.make.enterprise();
    const rivalStaff = await w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId: rival.id })).id);
    expect(await (await rivalStaff.get(`/positions/${position.id}`)).text()).not.toContain(applicants);
  });
});
