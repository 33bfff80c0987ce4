import { beforeAll, describe, expect, it } from "vitest";
import { compositionOf, currentConsortium } from "~/features/consortium/index.server";
import { positionSearchFor } from "~/lib/position-search.server";
import { seedDemo } from "../../prisma/seed/demo";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";

// The consortium's demo, read through the product's own service and page and compared with figures typed
// here from the 2023 report (/work/shared/reference/000_7d1635ab68301fb1.txt, 6.5 案例18 and 案例19).

const t = useTestApp();
let bureau: Client;
let enterprise: Client;
let school: Client;

beforeAll(async () => {
  await seedDemo(t.db.prisma, positionSearchFor(t.db.prisma));
  const user = (username: string) => t.db.prisma.user.findUniqueOrThrow({ where: { username }, select: { id: true } });
  bureau = await t.clientFor((await user("bureau")).id);
  enterprise = await t.clientFor((await user("enterprise")).id);
  school = await t.clientFor((await user("school")).id);
}, 600_000);

describe("the 五万产业工人留呼 consortium in the demo", () => {
  it("案例19: 36 government units, 7 universities, 7 higher vocational colleges, 10 secondary schools, 63 enterprises, 15 media", async () => {
    const c = await currentConsortium(t.db.prisma);
    expect(c.name).toBe("五万产业工人留呼工程政校企媒产教融合共同体");
    expect(c.foundedOn?.toISOString().slice(0, 10)).toBe("2023-11-30");
    expect([c.goalPeople, c.goalYears]).toEqual([50_000, 3]); // 实施 3 年“五万产业工人留呼”
    expect(await compositionOf(c.id, t.db.prisma)).toEqual({
      GOVERNMENT: 36,
      UNIVERSITY: 7,
      HIGHER_VOCATIONAL: 7,
      SECONDARY_SCHOOL: 10,
      ENTERPRISE: 63,
      MEDIA: 15,
      INDUSTRY_ASSOCIATION: 0,
    });
  });

  it("the page shows the same counts, to the bureau and a school alike", async () => {
    for (const client of [bureau, school]) {
      const html = await (await client.get("/consortium")).text();
      const stat = (type: string) => Number(new RegExp(`data-testid="type-${type}">(\\d+)<`).exec(html)?.[1]);
      expect(["GOVERNMENT", "UNIVERSITY", "HIGHER_VOCATIONAL", "SECONDARY_SCHOOL", "ENTERPRISE", "MEDIA"].map(stat)).toEqual([36, 7, 7, 10, 63, 15]);
      expect(html).toContain("成立日期</dt><dd>2023-11-30");
    }
  });

  it("the 10 secondary schools are the public schools; the members the report names are there", async () => {
    const members = await t.db.prisma.consortiumMember.findMany({
      where: { consortium: { name: "五万产业工人留呼工程政校企媒产教融合共同体" }, status: "APPROVED" },
      select: { organisation: { select: { name: true, kind: true, school: { select: { ownership: true } } } } },
    });
    const schools = members.filter((m) => m.organisation.kind === "SECONDARY_SCHOOL");
    expect(schools).toHaveLength(10);
    expect(schools.every((m) => m.organisation.school?.ownership === "PUBLIC")).toBe(true);
    expect(await t.db.prisma.school.count({ where: { ownership: "PUBLIC" } })).toBe(10);
    const names = members.map((m) => m.organisation.name);
    for (const named of ["赛罕区人力资源和社会保障局", "内蒙古大学", "内蒙古工业大学", "内蒙古电子信息职业技术学院", "呼和浩特市商贸旅游职业学校", "呼和浩特阿特斯电子材料科技有限公司", "人民网内蒙古频道", "呼和浩特职业学院"]) {
      expect(names, named).toContain(named);
    }
    // beyond the 11 the report names and the 10 public schools, every member is made up and says so:
    // 36−4 government units, 7−2 universities, 7−2 colleges, 63−2 enterprises, 15−1 media
    expect(names.filter((n) => n.startsWith("示例·共同体"))).toHaveLength(32 + 5 + 5 + 61 + 14);
    expect(members).toHaveLength(11 + 10 + 117);
  });

  it("案例18 and 案例19 are recorded: the 11-10 座谈会 with the 10 schools and 4 named partners, the launch with 300 people", async () => {
    const activities = await t.db.prisma.consortiumActivity.findMany({
      select: { title: true, heldOn: true, peopleCount: true, participants: { select: { member: { select: { organisation: { select: { name: true, kind: true } } } } } } },
    });
    const forum = activities.find((a) => a.title.includes("产教融合座谈会"))!;
    expect(forum.heldOn.toISOString().slice(0, 10)).toBe("2023-11-10");
    const forumOrgs = forum.participants.map((p) => p.member.organisation);
    expect(forumOrgs.filter((o) => o.kind === "SECONDARY_SCHOOL")).toHaveLength(10);
    for (const name of ["呼和浩特市教育局", "赛罕区人力资源和社会保障局", "阿特斯阳光电力集团", "金山高新技术开发区", "航天开发区"]) expect(forumOrgs.map((o) => o.name)).toContain(name);
    const launch = activities.find((a) => a.title.includes("战略合作启动大会"))!;
    expect(launch.heldOn.toISOString().slice(0, 10)).toBe("2023-11-30");
    expect(launch.peopleCount).toBe(300); // 300 余人参会
    expect(launch.participants).toHaveLength(36 + 7 + 7 + 10 + 63 + 15);
    expect(activities.filter((a) => a.title.startsWith("示例·")).length).toBeGreaterThanOrEqual(3);
  });

  it("a request waits for the bureau (西贝餐饮集团), which the enterprise account sees as 待审核", async () => {
    const page = await (await bureau.get("/consortium/join")).text();
    expect(page).toContain("西贝餐饮集团");
    expect(await (await enterprise.get("/consortium/join")).text()).toContain("待审核");
  });

  it("running the demo again writes nothing new", async () => {
    const count = () => Promise.all([t.db.prisma.organisation.count(), t.db.prisma.consortiumMember.count(), t.db.prisma.consortiumActivity.count()]);
    const before = await count();
    await seedDemo(t.db.prisma, positionSearchFor(t.db.prisma));
    expect(await count()).toEqual(before);
  }, 600_000);
});
