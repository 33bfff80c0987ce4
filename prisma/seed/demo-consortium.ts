import type { OrganisationKind, Prisma, PrismaClient } from "~/generated/prisma/client";
import { prng } from "../../shared/prng";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { day } from "./generate";
import { creditCode as newCreditCode, REGION_OF_DISTRICT } from "./hosts";
import { DEMO_MARK } from "./positions/generate";
import { BUREAU_NAME, CONSORTIUM } from "./report-2023";

// The 五万产业工人留呼 consortium's demo (issue 13 item 4): the 2023 launch composition of 6.5 案例19 —
// 36 government units, 7 universities, 7 higher vocational colleges, 10 secondary schools, 63
// enterprises, 15 media — its goal (50,000 people in 3 years, 案例19 "实施 3 年“五万产业工人留呼”"),
// the two meetings the report tells of (案例18, 案例19) and a few made-up trainings and joint projects,
// and one request waiting for the bureau.
//
// seed.ts already makes the report's named organisations members and the 10 public schools ("10 家中职学校");
// the rest of each type is made up here, marked 示例· (示例·共同体政府单位01 …). The bureau counts as a government
// unit. The made-up enterprises get what every enterprise row must hold (credit code, staff count, business
// category, size, district) and nothing else: no cluster, no positions, no fair booths, unverified, so no
// figure of search, positions, fairs or clusters moves. The made-up secondary schools: none, the 10 are the
// public schools. Idempotent: every step looks before it writes.

const LOCK = 72707380;

/** 6.5 案例19's launch composition, per member type (the bureau a government unit). */
export const LAUNCH_COMPOSITION = { GOVERNMENT: 36, UNIVERSITY: 7, HIGHER_VOCATIONAL: 7, SECONDARY_SCHOOL: 10, ENTERPRISE: 63, MEDIA: 15 } as const;
type LaunchType = keyof typeof LAUNCH_COMPOSITION;
const TYPE_WORD: Record<LaunchType, string> = {
  GOVERNMENT: "政府单位",
  UNIVERSITY: "本科高校",
  HIGHER_VOCATIONAL: "高职院校",
  SECONDARY_SCHOOL: "中职学校",
  ENTERPRISE: "企业",
  MEDIA: "媒体",
};
const typeOf = (kind: OrganisationKind): LaunchType | null => (kind === "BUREAU" ? "GOVERNMENT" : kind in LAUNCH_COMPOSITION ? (kind as LaunchType) : null);
const madeUpName = (type: LaunchType, i: number) => `${DEMO_MARK}共同体${TYPE_WORD[type]}${String(i).padStart(2, "0")}`;

export const LAUNCH_TITLE = "“五万产业工人留呼工程”政校企媒产教融合共同体战略合作启动大会";
export const FORUM_TITLE = "“五万产业工人留呼工程”产教融合座谈会";
/** 案例18's participants besides the bureau and the 10 public schools. */
const FORUM_NAMED = ["赛罕区人力资源和社会保障局", "阿特斯阳光电力集团", "金山高新技术开发区", "航天开发区"];

export async function seedDemoConsortium(prisma: PrismaClient): Promise<{ created: number }> {
  const c = await prisma.consortium.findUnique({ where: { name: CONSORTIUM.name }, select: { id: true } });
  if (!c) return { created: 0 };
  return prisma.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${LOCK})`);
      return { created: await write(tx, c.id) };
    },
    { timeout: 300_000, maxWait: 60_000 },
  );
}

async function write(tx: Prisma.TransactionClient, consortiumId: number): Promise<number> {
  let created = 0;
  const foundedOn = day(CONSORTIUM.foundedOn);
  await tx.consortium.updateMany({ where: { id: consortiumId, goalPeople: null }, data: { goalPeople: 50_000, goalYears: 3 } });

  // Members: the made-up organisations each type lacks of the launch composition.
  const members = await tx.consortiumMember.findMany({
    where: { consortiumId, status: "APPROVED" },
    select: { organisation: { select: { kind: true, name: true } } },
  });
  const have = Object.fromEntries(Object.keys(LAUNCH_COMPOSITION).map((t) => [t, 0])) as Record<LaunchType, number>;
  for (const m of members) {
    const t = typeOf(m.organisation.kind);
    if (t && !m.organisation.name.startsWith(`${DEMO_MARK}共同体`)) have[t] += 1;
  }
  const random = prng(63);
  const codes = new Set((await tx.enterprise.findMany({ select: { creditCode: true } })).map((e) => e.creditCode));
  for (const type of Object.keys(LAUNCH_COMPOSITION) as LaunchType[]) {
    if (type === "SECONDARY_SCHOOL") continue; // the 10 public schools (seed.ts), none made up
    const missing = LAUNCH_COMPOSITION[type] - have[type];
    for (let i = 1; i <= missing; i++) {
      const name = madeUpName(type, i);
      let org = await tx.organisation.findUnique({ where: { name }, select: { id: true } });
      if (!org) {
        org = await tx.organisation.create({
          data: { kind: type, name, district: "SAIHAN", description: "“五万产业工人留呼工程”共同体成员单位。" },
          select: { id: true },
        });
        created += 1;
      }
      if (type === "ENTERPRISE" && (await tx.enterprise.count({ where: { organisationId: org.id } })) === 0) {
        let creditCode = newCreditCode(REGION_OF_DISTRICT.SAIHAN!, random);
        while (codes.has(creditCode)) creditCode = newCreditCode(REGION_OF_DISTRICT.SAIHAN!, random);
        codes.add(creditCode);
        await tx.enterprise.create({ data: { organisationId: org.id, creditCode, size: "SMALL", staffCount: 60, businessCategory: "MANUFACTURING" } });
      }
      const joined = await tx.consortiumMember.findUnique({ where: { consortiumId_organisationId: { consortiumId, organisationId: org.id } }, select: { id: true } });
      if (!joined) await tx.consortiumMember.create({ data: { consortiumId, organisationId: org.id, status: "APPROVED", joinedOn: foundedOn } });
    }
  }

  // Activities, each written once (by title).
  const memberIdsOf = async (where: Prisma.ConsortiumMemberWhereInput) =>
    (await tx.consortiumMember.findMany({ where: { consortiumId, status: "APPROVED", ...where }, select: { id: true }, orderBy: { id: "asc" } })).map((m) => m.id);
  const publicSchools = { organisation: { school: { ownership: "PUBLIC" as const } } };
  const named = (names: string[]) => ({ organisation: { name: { in: names } } });
  const bureauUser = await tx.user.findUnique({ where: { username: DEMO_ACCOUNTS.find((a) => a.role === "BUREAU_ADMIN")!.username }, select: { id: true } });
  const activities: Array<{ title: string; kind: "MEETING" | "JOINT_PROJECT" | "TRAINING"; heldOn: string; description: string; peopleCount: number | null; members: () => Promise<number[]> }> = [
    {
      title: FORUM_TITLE,
      kind: "MEETING",
      heldOn: "2023-11-10",
      description: "呼和浩特市教育局组织呼和浩特市10所中职学校与赛罕区人社局、阿特斯阳光电力集团、金山高新技术开发区、航天开发区共同开展“五万产业工人留呼工程”产教融合座谈会。",
      peopleCount: null,
      members: async () => [...(await memberIdsOf(named([BUREAU_NAME, ...FORUM_NAMED]))), ...(await memberIdsOf(publicSchools))],
    },
    {
      title: LAUNCH_TITLE,
      kind: "MEETING",
      heldOn: CONSORTIUM.foundedOn,
      description: "在呼和浩特职业学院举行。政府单位36家、本科高校7家、高职院校7家、中职学校10家、企业63家、媒体15家达成合作意向，300余人参会。",
      peopleCount: 300,
      members: () => memberIdsOf({ joinedOn: foundedOn }),
    },
    {
      title: `${DEMO_MARK}光伏组件产线订单培养项目`,
      kind: "JOINT_PROJECT",
      heldOn: "2024-03-15",
      description: "企业与院校共同制定光伏组件产线岗位的培养方案，学生毕业后留在企业就业。",
      peopleCount: 80,
      members: () => memberIdsOf(named(["阿特斯阳光电力集团", "呼和浩特阿特斯电子材料科技有限公司", "内蒙古电子信息职业技术学院", "呼和浩特市现代信息技术学校"])),
    },
    {
      title: `${DEMO_MARK}新入职产业工人岗前技能培训`,
      kind: "TRAINING",
      heldOn: "2024-07-08",
      description: "院校教师为成员企业新入职员工开展岗前技能培训。",
      peopleCount: 120,
      members: () => memberIdsOf(named(["呼和浩特职业学院", "呼和浩特阿特斯电子材料科技有限公司", "赛罕区人力资源和社会保障局"])),
    },
    {
      title: `${DEMO_MARK}中职教师产业实践培训`,
      kind: "TRAINING",
      heldOn: "2024-10-21",
      description: "成员企业为中职学校专业课教师开展产业实践培训。",
      peopleCount: 60,
      members: async () => [...(await memberIdsOf(named(["阿特斯阳光电力集团", BUREAU_NAME]))), ...(await memberIdsOf(publicSchools))],
    },
    {
      title: `${DEMO_MARK}留呼就业政策进校园宣讲`,
      kind: "JOINT_PROJECT",
      heldOn: "2025-04-18",
      description: "人社部门、媒体与学校共同开展留呼就业政策宣讲。",
      peopleCount: 450,
      members: () => memberIdsOf(named(["赛罕区人力资源和社会保障局", "人民网内蒙古频道", "呼和浩特市商贸旅游职业学校", "呼和浩特市食品与医药卫生学校"])),
    },
  ];
  for (const a of activities) {
    if ((await tx.consortiumActivity.count({ where: { consortiumId, title: a.title } })) > 0) continue;
    const memberIds = [...new Set(await a.members())];
    await tx.consortiumActivity.create({
      data: {
        consortiumId,
        kind: a.kind,
        title: a.title,
        heldOn: day(a.heldOn),
        description: a.description,
        peopleCount: a.peopleCount,
        recordedById: bureauUser?.id ?? null,
        participants: { create: memberIds.map((memberId) => ({ memberId })) },
      },
    });
    created += 1;
  }

  // A request waiting for the bureau: the demo enterprise account's 西贝餐饮集团.
  const account = DEMO_ACCOUNTS.find((a) => a.username === "enterprise")!;
  const [org, user] = await Promise.all([
    tx.organisation.findUnique({ where: { name: account.organisation }, select: { id: true } }),
    tx.user.findUnique({ where: { username: account.username }, select: { id: true } }),
  ]);
  if (org && !(await tx.consortiumMember.findUnique({ where: { consortiumId_organisationId: { consortiumId, organisationId: org.id } }, select: { id: true } }))) {
    await tx.consortiumMember.create({ data: { consortiumId, organisationId: org.id, status: "REQUESTED", requestedById: user?.id ?? null, joinedOn: null } });
    created += 1;
  }
  return created;
}
