import { z } from "zod";
import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { moment } from "~/lib/dates";
import { notFound } from "~/lib/errors.server";
import { optionalFilter } from "~/lib/search-params.server";
import { BOOTH_STATUS_LABEL, boothLabel, windowOpen, type FairBoothStatus, type FairStatus } from "~/lib/fairs";
import type { BoothDecision, OwnBoothAction } from "./booth-schema";
import { BOOTH_STATUSES, BOOTH_TAKEN_MESSAGE, BOOTHS_FULL_MESSAGE, editableBooth, mayMoveBooth, refusedBoothMessage } from "./booth-status";

// Every change to a fair's booths is one transaction that first takes the fair's row lock (SELECT … FOR
// UPDATE on "JobFair"), so changes to one fair's booths are decided one after the other: the count of
// 已通过 and the numbers taken, read under the lock, are those at commit. A booth number is never given
// twice (also the unique index on fairId, boothNo), never outside 1…boothCount, and the approved booths
// never exceed boothCount, also under 50 approvals or choices at once (tests/fairs/booths/concurrency.test.ts).

type Tx = Prisma.TransactionClient;

// Decisions on one fair queue on its row lock, each holding a pooled connection meanwhile; Prisma's
// defaults (2 s to get a connection, 5 s to finish) would answer the last of 50 with a 500.
const TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;

export type BoothOutcome = { done: true; message: string } | { done: false; message: string };
const refuse = (message: string): BoothOutcome => ({ done: false, message });

const FAIR_SELECT = {
  id: true,
  title: true,
  organiserId: true,
  status: true,
  online: true,
  boothCount: true,
  boothsPerRow: true,
  enterpriseRegistrationOpensAt: true,
  enterpriseRegistrationClosesAt: true,
  startsAt: true,
  endsAt: true,
  venue: true,
  organiser: { select: { name: true } },
} as const satisfies Prisma.JobFairSelect;
type FairRow = Prisma.JobFairGetPayload<{ select: typeof FAIR_SELECT }>;

/** The fair, or 404 when it is missing or the user may not know it exists (a draft of another organiser). */
async function visibleFair(db: Tx, user: SessionUser, fairId: number, lock = false): Promise<FairRow> {
  if (lock) await db.$queryRaw`SELECT 1 FROM "JobFair" WHERE "id" = ${fairId} FOR UPDATE`;
  const fair = await db.jobFair.findUnique({ where: { id: fairId }, select: FAIR_SELECT });
  if (!fair) notFound("找不到该招聘会");
  assertVisible(user, { action: "fair.read", organiserId: fair.organiserId, status: fair.status }, "找不到该招聘会");
  return fair;
}

/** 403 unless `user` is staff of the fair's organiser (fair.manage): only the organiser decides booths. */
function assertOrganiser(user: SessionUser, fair: Pick<FairRow, "organiserId">): void {
  assertCan(user, { action: "fair.manage", organiserId: fair.organiserId }, "只有主办方可以管理展位");
}

/** The fair for `user`'s booth pages before a form is read: 404 unknown, 403 not `side`'s to act on. */
export async function boothPageGate(user: SessionUser, fairId: number, side: "enterprise" | "organiser"): Promise<void> {
  const fair = await visibleFair(prisma(), user, fairId);
  if (side === "enterprise") assertCan(user, { action: "fair.requestBooth" }, "只有企业人员可以申请招聘会展位");
  else assertOrganiser(user, fair);
}

/** Booths are decided while the fair takes enterprises or is under way; not on a closed or cancelled one. */
const fairLive = (status: FairStatus) => status === "OPEN" || status === "RUNNING";

/**
 * Why `enterpriseId` may not have a booth at a fair of `organiserId`, or null (issue 12: fake employers
 * are the peers' failure): the bureau has not verified it or has suspended it, or the organising school
 * keeps it away from its students (SchoolEnterpriseBlock; a bureau fair has no such list).
 */
export async function boothStandingProblem(db: Tx, { organiserId, enterpriseId }: { organiserId: number; enterpriseId: number }): Promise<string | null> {
  const enterprise = await db.enterprise.findUnique({
    where: { organisationId: enterpriseId },
    select: { standing: true, blockedBy: { where: { schoolId: organiserId }, select: { schoolId: true } } },
  });
  if (!enterprise) return "找不到该企业";
  if (enterprise.standing === "UNVERIFIED") return "只有经市教育局核验的企业可以申请招聘会展位";
  if (enterprise.standing === "SUSPENDED") return "该企业已被市教育局暂停，不能参加招聘会";
  if (enterprise.blockedBy.length > 0) return "主办学校已将该企业列入不合作名单，不能参加本场招聘会";
  return null;
}

/** Why the enterprise window does not take a request now (opensAt inclusive, closesAt exclusive), or null. */
export function requestWindowProblem(fair: Pick<FairRow, "status" | "enterpriseRegistrationOpensAt" | "enterpriseRegistrationClosesAt">, now = new Date()): string | null {
  if (fair.status !== "OPEN") return "本场招聘会不在报名中，不能申请展位";
  const window = { opensAt: fair.enterpriseRegistrationOpensAt, closesAt: fair.enterpriseRegistrationClosesAt };
  if (windowOpen(window, now)) return null;
  return now < window.opensAt ? `企业报名尚未开始（${moment(window.opensAt)} 开始）` : "企业报名已截止";
}

/** Why booth `boothNo` cannot go to booth request `boothId` at `fair`, or null: off the map, or someone else's. */
async function numberProblem(tx: Tx, fair: FairRow, boothNo: number, boothId: number): Promise<string | null> {
  if (fair.online) return "线上招聘会没有展位图，无需安排展位号";
  if (boothNo < 1 || boothNo > fair.boothCount) return `展位号须在 1 至 ${fair.boothCount} 之间`;
  const holder = await tx.fairBooth.findFirst({ where: { fairId: fair.id, boothNo, NOT: { id: boothId } }, select: { id: true } });
  return holder ? BOOTH_TAKEN_MESSAGE : null;
}

/** Whether one more booth may be approved: 已通过 counted under the fair's row lock (the caller holds it). */
async function boothFree(tx: Tx, fair: FairRow): Promise<boolean> {
  const approved = await tx.fairBooth.count({ where: { fairId: fair.id, status: "APPROVED" } });
  return approved < fair.boothCount;
}

/** Which of `programIds` and `positionIds` are not acceptable: unknown programs, positions not the enterprise's published ones. */
async function detailsProblem(tx: Tx, enterpriseId: number, programIds: number[], positionIds: number[]): Promise<string | null> {
  const programs = [...new Set(programIds)];
  const positions = [...new Set(positionIds)];
  if (programs.length > 0 && (await tx.program.count({ where: { id: { in: programs } } })) !== programs.length) return "所选专业不存在";
  if (positions.length > 0) {
    const own = await tx.position.count({ where: { id: { in: positions }, enterpriseId, status: "PUBLISHED" } });
    if (own !== positions.length) return "只能带本企业已发布的岗位";
  }
  return null;
}

function detailsData(programIds: number[], positionIds: number[]) {
  return {
    programs: { create: [...new Set(programIds)].map((programId) => ({ programId })) },
    positions: { create: [...new Set(positionIds)].map((positionId) => ({ positionId })) },
  };
}

async function staffIds(tx: Tx, organisationId: number, roles: Array<"ENTERPRISE_STAFF" | "SCHOOL_STAFF" | "BUREAU_ADMIN">): Promise<number[]> {
  const users = await tx.user.findMany({ where: { organisationId, role: { in: roles }, disabledAt: null }, select: { id: true } });
  return users.map((u) => u.id);
}
const organiserStaff = (tx: Tx, fair: FairRow) => staffIds(tx, fair.organiserId, ["SCHOOL_STAFF", "BUREAU_ADMIN"]);
const enterpriseStaff = (tx: Tx, enterpriseId: number) => staffIds(tx, enterpriseId, ["ENTERPRISE_STAFF"]);

const label = (fair: Pick<FairRow, "boothsPerRow">, boothNo: number | null) => (boothNo === null ? null : boothLabel(boothNo, fair.boothsPerRow));

// ---------------------------------------------------------------- the enterprise's side

const OWN_BOOTH_SELECT = {
  id: true,
  status: true,
  representatives: true,
  note: true,
  refusalReason: true,
  boothNo: true,
  arrivedAt: true,
  programs: { select: { programId: true } },
  positions: { select: { positionId: true } },
} as const satisfies Prisma.FairBoothSelect;

/** /fairs/:fairId/booth for enterprise staff: the fair, its map's free numbers, the enterprise's request and what it may attach. */
export async function ownBoothPage(user: SessionUser, fairId: number) {
  const db = prisma();
  const fair = await visibleFair(db, user, fairId);
  assertCan(user, { action: "fair.requestBooth" }, "只有企业人员可以申请招聘会展位");
  const enterpriseId = user.organisationId;
  const [booth, taken, positions, programs, standing] = await Promise.all([
    db.fairBooth.findUnique({ where: { fairId_enterpriseId: { fairId, enterpriseId } }, select: OWN_BOOTH_SELECT }),
    db.fairBooth.findMany({ where: { fairId, boothNo: { not: null } }, select: { boothNo: true } }),
    db.position.findMany({ where: { enterpriseId, status: "PUBLISHED" }, select: { id: true, title: true, headcount: true }, orderBy: { id: "desc" }, take: 200 }),
    db.program.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    boothStandingProblem(db, { organiserId: fair.organiserId, enterpriseId }),
  ]);
  const mine = booth
    ? {
        id: booth.id,
        status: booth.status as FairBoothStatus,
        representatives: booth.representatives,
        note: booth.note,
        refusalReason: booth.refusalReason,
        boothNo: booth.boothNo,
        label: label(fair, booth.boothNo),
        arrived: booth.arrivedAt !== null,
        programIds: booth.programs.map((p) => p.programId),
        positionIds: booth.positions.map((p) => p.positionId),
      }
    : null;
  const editable = mine !== null && editableBooth(mine.status) && fairLive(fair.status as FairStatus);
  return {
    fair: facts(fair),
    mine,
    // Why a request cannot be made now (standing first: it does not pass with time), or null.
    requestProblem: mine ? null : (standing ?? requestWindowProblem(fair)),
    editable,
    // Approved without a number and the fair has a map: the enterprise picks its booth (decision 0014).
    chooses: mine !== null && mine.status === "APPROVED" && mine.boothNo === null && !fair.online && fairLive(fair.status as FairStatus),
    taken: taken.map((b) => b.boothNo!).sort((a, b) => a - b),
    positions,
    programs,
  };
}

function facts(fair: FairRow) {
  return {
    id: fair.id,
    title: fair.title,
    status: fair.status as FairStatus,
    organiser: fair.organiser.name,
    online: fair.online,
    venue: fair.venue,
    boothCount: fair.boothCount,
    boothsPerRow: fair.boothsPerRow,
    startsAt: moment(fair.startsAt),
    endsAt: moment(fair.endsAt),
    windowOpensAt: moment(fair.enterpriseRegistrationOpensAt),
    windowClosesAt: moment(fair.enterpriseRegistrationClosesAt),
  };
}

/**
 * One of the enterprise's acts on its own booth at `fairId`. A fair the user may not know is 404, a
 * user who is no enterprise staff 403; an edit, withdrawal or choice without a request of its own is
 * 404 (the enterprise reaches only its own); a move the rules refuse is { done: false, message }.
 */
export async function actOnOwnBooth(user: SessionUser, fairId: number, action: OwnBoothAction): Promise<BoothOutcome> {
  return prisma().$transaction(async (tx) => {
    const fair = await visibleFair(tx, user, fairId, true);
    assertCan(user, { action: "fair.requestBooth" }, "只有企业人员可以申请招聘会展位");
    const enterpriseId = user.organisationId;
    const mine = await tx.fairBooth.findUnique({
      where: { fairId_enterpriseId: { fairId, enterpriseId } },
      select: { id: true, status: true, boothNo: true, enterprise: { select: { organisation: { select: { name: true } } } } },
    });
    const link = `/fairs/${fair.id}/booths`;

    if (action.intent === "request") {
      if (mine) return refuse("本企业已申请过本场招聘会的展位，每场只能申请一次");
      const problem =
        (await boothStandingProblem(tx, { organiserId: fair.organiserId, enterpriseId })) ??
        requestWindowProblem(fair) ??
        (await detailsProblem(tx, enterpriseId, action.programIds, action.positionIds));
      if (problem) return refuse(problem);
      if (!mayMoveBooth("enterprise", null, "REQUESTED")) return refuse(refusedBoothMessage(null, "REQUESTED"));
      await tx.fairBooth.create({
        data: {
          fairId,
          enterpriseId,
          representatives: action.representatives,
          note: action.note || null,
          requestedById: user.id,
          ...detailsData(action.programIds, action.positionIds),
        },
      });
      const name = (await tx.organisation.findUnique({ where: { id: enterpriseId }, select: { name: true } }))?.name ?? "一家企业";
      await sendNotice(tx, await organiserStaff(tx, fair), { title: `${name} 申请了「${fair.title}」的展位`, body: "请在展位管理页面审核。", link });
      return { done: true, message: "已提交展位申请，等待主办方审核" };
    }

    if (!mine) notFound("找不到本企业在本场招聘会的展位申请");
    assertCan(user, { action: "fair.booth", enterpriseId }, "只有本企业人员可以管理本企业的展位");
    const from = mine.status as FairBoothStatus;
    const name = mine.enterprise.organisation.name;
    switch (action.intent) {
      case "edit": {
        if (!editableBooth(from)) return refuse(`「${BOOTH_STATUS_LABEL[from]}」的展位申请不能再修改`);
        if (!fairLive(fair.status as FairStatus)) return refuse("本场招聘会已结束或已取消，不能再修改展位");
        const problem = await detailsProblem(tx, enterpriseId, action.programIds, action.positionIds);
        if (problem) return refuse(problem);
        await tx.fairBoothProgram.deleteMany({ where: { boothId: mine.id } });
        await tx.fairBoothPosition.deleteMany({ where: { boothId: mine.id } });
        await tx.fairBooth.update({
          where: { id: mine.id },
          data: { representatives: action.representatives, note: action.note || null, ...detailsData(action.programIds, action.positionIds) },
        });
        return { done: true, message: "已保存展位信息" };
      }
      case "withdraw": {
        if (!mayMoveBooth("enterprise", from, "WITHDRAWN")) return refuse(refusedBoothMessage(from, "WITHDRAWN"));
        if (!fairLive(fair.status as FairStatus)) return refuse("本场招聘会已结束或已取消，不能再撤回");
        // Withdrawing frees the number for another enterprise.
        await tx.fairBooth.update({ where: { id: mine.id }, data: { status: "WITHDRAWN", boothNo: null } });
        await sendNotice(tx, await organiserStaff(tx, fair), {
          title: `${name} 撤回了「${fair.title}」的展位申请`,
          body: mine.boothNo === null ? "申请已撤回。" : `展位 ${label(fair, mine.boothNo)} 已空出。`,
          link,
        });
        return { done: true, message: "已撤回展位申请" };
      }
      case "choose": {
        if (from !== "APPROVED") return refuse("展位申请通过后才能选择展位");
        if (mine.boothNo !== null) return refuse(`已确定展位 ${label(fair, mine.boothNo)}，如需调整请联系主办方`);
        if (!fairLive(fair.status as FairStatus)) return refuse("本场招聘会已结束或已取消，不能再选择展位");
        const problem = await numberProblem(tx, fair, action.boothNo, mine.id);
        if (problem) return refuse(problem);
        await tx.fairBooth.update({ where: { id: mine.id }, data: { boothNo: action.boothNo } });
        return { done: true, message: `已选定展位 ${label(fair, action.boothNo)}` };
      }
    }
  }, TRANSACTION);
}

// ---------------------------------------------------------------- the organiser's side

/** The desk's query string: ?status= one of the four (anything else: no filter). */
export const BoothFilters = z.object({ status: optionalFilter(z.enum(BOOTH_STATUSES)) });

/** /fairs/:fairId/booths for the organiser (fair.manage): the requests, filtered by status, and the map's use. */
export async function organiserBoothsPage(user: SessionUser, fairId: number, filters: { status?: FairBoothStatus }) {
  const db = prisma();
  const fair = await visibleFair(db, user, fairId);
  assertOrganiser(user, fair);
  const [booths, counts] = await Promise.all([
    db.fairBooth.findMany({
      where: { fairId, ...(filters.status ? { status: filters.status } : {}) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        status: true,
        representatives: true,
        note: true,
        refusalReason: true,
        boothNo: true,
        arrivedAt: true,
        enterprise: { select: { standing: true, organisation: { select: { name: true } } } },
        programs: { select: { program: { select: { name: true } } } },
        positions: { select: { position: { select: { title: true, headcount: true } } } },
      },
    }),
    db.fairBooth.groupBy({ by: ["status"], where: { fairId }, _count: { _all: true } }),
  ]);
  const count = (status: FairBoothStatus) => counts.find((c) => c.status === status)?._count._all ?? 0;
  const taken = await db.fairBooth.findMany({ where: { fairId, boothNo: { not: null } }, select: { boothNo: true } });
  return {
    fair: facts(fair),
    live: fairLive(fair.status as FairStatus),
    counts: { REQUESTED: count("REQUESTED"), APPROVED: count("APPROVED"), REFUSED: count("REFUSED"), WITHDRAWN: count("WITHDRAWN") },
    taken: taken.map((b) => b.boothNo!).sort((a, b) => a - b),
    booths: booths.map((b) => ({
      id: b.id,
      enterprise: b.enterprise.organisation.name,
      standing: b.enterprise.standing,
      status: b.status as FairBoothStatus,
      representatives: b.representatives,
      note: b.note,
      refusalReason: b.refusalReason,
      boothNo: b.boothNo,
      label: label(fair, b.boothNo),
      arrived: b.arrivedAt ? moment(b.arrivedAt) : null,
      programs: b.programs.map((p) => p.program.name),
      positions: b.positions.map((p) => p.position.title),
      headcount: b.positions.reduce((sum, p) => sum + p.position.headcount, 0),
    })),
  };
}

/**
 * One of the organiser's decisions on a booth request of `fairId`: approve (optionally with a number),
 * refuse with a reason, assign or reassign a number, mark 到场. A fair the user may not know is 404; a
 * user who does not organise it 403; a request of another fair 404; a move the rules refuse comes back
 * as { done: false, message }. The enterprise's staff are told of approvals, refusals and numbers.
 */
export async function decideBooth(user: SessionUser, fairId: number, decision: BoothDecision): Promise<BoothOutcome> {
  return prisma().$transaction(async (tx) => {
    const fair = await visibleFair(tx, user, fairId, true);
    assertOrganiser(user, fair);
    const booth = await tx.fairBooth.findFirst({
      where: { id: decision.boothId, fairId },
      select: { id: true, status: true, boothNo: true, arrivedAt: true, enterpriseId: true },
    });
    if (!booth) notFound("找不到该展位申请");
    if (!fairLive(fair.status as FairStatus)) return refuse("本场招聘会已结束或已取消，不能再处理展位");
    const from = booth.status as FairBoothStatus;
    const link = `/fairs/${fair.id}/booth`;
    const tell = async (title: string, body: string) => sendNotice(tx, await enterpriseStaff(tx, booth.enterpriseId), { title, body, link });

    switch (decision.intent) {
      case "approve": {
        if (!mayMoveBooth("organiser", from, "APPROVED")) return refuse(refusedBoothMessage(from, "APPROVED"));
        // Standing may have changed since the request: a suspended or blocked enterprise gets no booth.
        const standing = await boothStandingProblem(tx, { organiserId: fair.organiserId, enterpriseId: booth.enterpriseId });
        if (standing) return refuse(standing);
        if (!(await boothFree(tx, fair))) return refuse(BOOTHS_FULL_MESSAGE);
        const boothNo = decision.boothNo ?? null;
        if (boothNo !== null) {
          const problem = await numberProblem(tx, fair, boothNo, booth.id);
          if (problem) return refuse(problem);
        }
        await tx.fairBooth.update({ where: { id: booth.id }, data: { status: "APPROVED", boothNo, decidedById: user.id, decidedAt: new Date(), refusalReason: null } });
        await tell(
          `「${fair.title}」的展位申请已通过`,
          boothNo !== null ? `展位 ${label(fair, boothNo)}。` : fair.online ? "线上招聘会，无需展位号。" : "请在展位图上选择展位。",
        );
        return { done: true, message: boothNo !== null ? `已通过，展位 ${label(fair, boothNo)}` : "已通过，由企业在展位图上选择展位" };
      }
      case "refuse": {
        if (!mayMoveBooth("organiser", from, "REFUSED")) return refuse(refusedBoothMessage(from, "REFUSED"));
        await tx.fairBooth.update({
          where: { id: booth.id },
          data: { status: "REFUSED", refusalReason: decision.reason, boothNo: null, decidedById: user.id, decidedAt: new Date() },
        });
        await tell(`「${fair.title}」的展位申请未通过`, `原因：${decision.reason}`);
        return { done: true, message: "已标记为未通过" };
      }
      case "assign": {
        if (from !== "APPROVED") return refuse("只能为已通过的展位申请安排展位");
        if (booth.boothNo === decision.boothNo) return refuse(`该企业已在展位 ${label(fair, booth.boothNo)}`);
        const problem = await numberProblem(tx, fair, decision.boothNo, booth.id);
        if (problem) return refuse(problem);
        await tx.fairBooth.update({ where: { id: booth.id }, data: { boothNo: decision.boothNo } });
        const to = label(fair, decision.boothNo);
        await tell(
          booth.boothNo === null ? `「${fair.title}」已为你安排展位 ${to}` : `「${fair.title}」的展位已调整为 ${to}`,
          booth.boothNo === null ? `展位 ${to}。` : `原展位 ${label(fair, booth.boothNo)}，现为 ${to}。`,
        );
        return { done: true, message: booth.boothNo === null ? `已安排展位 ${to}` : `已调整为展位 ${to}` };
      }
      case "arrive": {
        if (from !== "APPROVED") return refuse("只有已通过的展位可以标记到场");
        if (booth.arrivedAt) return refuse("该企业已标记到场");
        await tx.fairBooth.update({ where: { id: booth.id }, data: { arrivedAt: new Date() } });
        return { done: true, message: "已标记到场" };
      }
    }
  }, TRANSACTION);
}
