import { prisma } from "~/db/db.server";
import { assertCan, assertVisible } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { agreementEnded, agreementInForce, agreementStateLabel } from "~/lib/agreements";
import { dayColumn, isoDayOf, moment, todayInHohhot } from "~/lib/dates";
import { saveDocument, type CheckedUpload } from "~/lib/documents.server";
import { json } from "@remix-run/node";
import { notFound, type ErrorBody } from "~/lib/errors.server";
import { hostingProblem } from "~/lib/hosting.server";
import { optionalFilter, pageNumber, paging } from "~/lib/search-params.server";
import { z } from "zod";
import { AGREEMENT_KIND_LABEL, AGREEMENT_KINDS, AGREEMENT_STATES, type AgreementStateName } from "./agreement-labels";
import type { ProposeValue } from "./agreement-schema";
import { agreementsVisibleTo, sideOf } from "./access.server";
import { documentOpen, MOVE_TARGET, moveProblem, movesFor, type AgreementMove, type AgreementSideName } from "./transitions";

// 校企合作协议 (issue 11, item 2; docs/decisions/0011-agreements.md): one side's staff propose, the
// other side's staff confirm or decline; either ends an active one. Every move writes an
// AgreementEvent and tells the other side's staff through the inbox.

export const AGREEMENTS_PAGE = 30;

/** The where-clause of a filter state on `today` (the dates split ACTIVE as agreementStateLabel does). */
function stateWhere(state: AgreementStateName, today: string): Prisma.PartnershipAgreementWhereInput {
  const day = dayColumn(today);
  switch (state) {
    case "PROPOSED":
    case "DECLINED":
    case "TERMINATED":
      return { status: state };
    case "IN_FORCE":
      return agreementInForce(today);
    case "UPCOMING":
      return { status: "ACTIVE", startsOn: { gt: day }, OR: [{ endsOn: null }, { endsOn: { gte: day } }] };
    case "EXPIRED":
      return { status: "ACTIVE", endsOn: { lt: day } };
  }
}

/** The list's query string: ?state=…&kind=…&page=…; a value that does not parse means "all". */
export const AgreementFilters = z.object({
  state: optionalFilter(z.enum(AGREEMENT_STATES)),
  kind: optionalFilter(z.enum(AGREEMENT_KINDS)),
  page: pageNumber,
});
export type AgreementFilters = z.infer<typeof AgreementFilters>;

/** The agreements `user` may see (own side; the bureau all), filtered, newest first, a page at a time. */
export async function listAgreements(user: SessionUser, filters: AgreementFilters, today = todayInHohhot()) {
  assertCan(user, { action: "agreement.list" }, "只有学校、企业人员和市教育局可以查看合作协议");
  const where: Prisma.PartnershipAgreementWhereInput = {
    AND: [agreementsVisibleTo(user), filters.state ? stateWhere(filters.state, today) : {}, filters.kind ? { kind: filters.kind } : {}],
  };
  const db = prisma();
  const total = await db.partnershipAgreement.count({ where });
  const page = paging(filters.page, total, AGREEMENTS_PAGE);
  const rows = await db.partnershipAgreement.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.take,
    select: {
      id: true,
      title: true,
      kind: true,
      status: true,
      startsOn: true,
      endsOn: true,
      school: { select: { organisation: { select: { name: true } } } },
      enterprise: { select: { organisation: { select: { name: true } } } },
    },
  });
  return {
    page,
    canPropose: sideOf(user) !== null,
    agreements: rows.map((a) => ({
      id: a.id,
      title: a.title,
      kind: AGREEMENT_KIND_LABEL[a.kind],
      state: agreementStateLabel(a, today),
      school: a.school.organisation.name,
      enterprise: a.enterprise.organisation.name,
      term: termOf(a),
    })),
  };
}

const termOf = (a: { startsOn: Date; endsOn: Date | null }) => `${isoDayOf(a.startsOn)} 至 ${isoDayOf(a.endsOn) ?? "长期"}`;

/** What the proposal form offers `user`: the other side's organisations they may propose to, and programs. */
export async function proposeContext(user: SessionUser) {
  assertCan(user, { action: "agreement.propose" }, "只有学校或企业人员可以提出合作协议");
  const side = sideOf(user)!;
  const db = prisma();
  // The same rule as hostingProblem (app/lib/hosting.server.ts): a verified enterprise, not suspended,
  // not blocked by the school. An enterprise sees the schools that have not blocked it.
  const counterparts =
    side === "SCHOOL"
      ? (
          await db.enterprise.findMany({
            where: { standing: "VERIFIED", blockedBy: { none: { schoolId: user.organisationId } } },
            select: { organisationId: true, organisation: { select: { name: true } } },
            orderBy: { organisation: { name: "asc" } },
          })
        ).map((e) => ({ id: e.organisationId, name: e.organisation.name }))
      : (
          await db.school.findMany({
            where: { blocks: { none: { enterpriseId: user.organisationId } } },
            select: { organisationId: true, organisation: { select: { name: true } } },
            orderBy: { organisation: { name: "asc" } },
          })
        ).map((s) => ({ id: s.organisationId, name: s.organisation.name }));
  const [categories, programs] = await Promise.all([
    db.programCategory.findMany({ orderBy: { code: "asc" }, select: { id: true, name: true } }),
    db.program.findMany({ orderBy: [{ categoryId: "asc" }, { name: "asc" }], select: { id: true, name: true, categoryId: true } }),
  ]);
  // An enterprise the bureau has not verified (or has suspended) may not propose at all.
  const ownProblem = side === "ENTERPRISE" ? await standingProblem(db, user.organisationId) : null;
  return { side, counterparts, categories, programs, ownProblem, today: todayInHohhot() };
}

async function standingProblem(db: Prisma.TransactionClient, enterpriseId: number): Promise<string | null> {
  const e = await db.enterprise.findUnique({ where: { organisationId: enterpriseId }, select: { standing: true } });
  if (e?.standing === "UNVERIFIED") return "本企业尚未通过市教育局核验，核验后才能提出合作协议";
  if (e?.standing === "SUSPENDED") return "本企业已被市教育局暂停，不能提出合作协议";
  return null;
}

/** Staff users of one party (the ones who act for it), to be told of a move. */
async function staffOf(tx: Prisma.TransactionClient, side: AgreementSideName, organisationId: number): Promise<number[]> {
  const users = await tx.user.findMany({
    where: { organisationId, role: side === "SCHOOL" ? "SCHOOL_STAFF" : "ENTERPRISE_STAFF", disabledAt: null },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

const otherSide = (side: AgreementSideName): AgreementSideName => (side === "SCHOOL" ? "ENTERPRISE" : "SCHOOL");

type Refusal = { field: "counterpartId" | "document" | "form"; message: string };

export const DUPLICATE_PROPOSAL = "已有一份相同的协议等待对方确认，请勿重复提交";

/**
 * Records `user`'s proposal with its programs, the optional signed document and the first history
 * line (→ PROPOSED), and tells the other side's staff. Refused (nothing written) when the pair fails
 * hostingProblem, or when the pair already has the same proposal (kind, title, term) 待确认.
 */
export async function proposeAgreement(
  user: SessionUser,
  value: ProposeValue,
  upload: CheckedUpload | null,
): Promise<{ id: number } | Refusal> {
  assertCan(user, { action: "agreement.propose" }, "只有学校或企业人员可以提出合作协议");
  const side = sideOf(user)!;
  const pair =
    side === "SCHOOL"
      ? { schoolId: user.organisationId, enterpriseId: value.counterpartId }
      : { schoolId: value.counterpartId, enterpriseId: user.organisationId };
  return prisma().$transaction(async (tx) => {
    if (side === "ENTERPRISE") {
      const school = await tx.school.findUnique({ where: { organisationId: pair.schoolId }, select: { organisationId: true } });
      if (!school) return { field: "counterpartId", message: "请选择合作学校" } as const;
      const own = await standingProblem(tx, pair.enterpriseId);
      if (own) return { field: "form", message: own } as const;
    }
    // Proposals to one enterprise are decided one after the other under its row lock, so a double tap
    // (or a retried post) finds the first and makes no second proposal for the other side to answer.
    await tx.$queryRaw`SELECT 1 FROM "Enterprise" WHERE "organisationId" = ${pair.enterpriseId} FOR UPDATE`;
    const problem = await hostingProblem(tx, pair);
    if (problem) return { field: "counterpartId", message: problem === "找不到该企业" ? "请选择合作企业" : problem } as const;
    const same = { ...pair, status: "PROPOSED", kind: value.kind, title: value.title, startsOn: dayColumn(value.startsOn), endsOn: dayColumn(value.endsOn) } as const;
    if ((await tx.partnershipAgreement.count({ where: same })) > 0) return { field: "form", message: DUPLICATE_PROPOSAL } as const;
    const documentId = upload ? await saveDocument(tx, user, upload) : null;
    const created = await tx.partnershipAgreement.create({
      data: {
        ...pair,
        kind: value.kind,
        title: value.title,
        startsOn: dayColumn(value.startsOn),
        endsOn: dayColumn(value.endsOn),
        notes: value.notes || null,
        proposedBy: side,
        status: "PROPOSED",
        documentId,
        programs: { create: [...new Set(value.programIds)].map((programId) => ({ programId })) },
        events: { create: { fromStatus: null, toStatus: "PROPOSED", actorId: user.id } },
      },
      select: { id: true, school: { select: { organisation: { select: { name: true } } } }, enterprise: { select: { organisation: { select: { name: true } } } } },
    });
    const proposer = side === "SCHOOL" ? created.school.organisation.name : created.enterprise.organisation.name;
    await sendNotice(tx, await staffOf(tx, otherSide(side), side === "SCHOOL" ? pair.enterpriseId : pair.schoolId), {
      title: `${proposer}提出合作协议`,
      body: `《${value.title}》（${AGREEMENT_KIND_LABEL[value.kind]}）等待你方确认。`,
      link: `/agreements/${created.id}`,
    });
    return { id: created.id };
  });
}

const accessSelect = { schoolId: true, enterpriseId: true } as const;

/** One agreement with its programs and history, for who may read it (else 404). */
export async function openAgreement(user: SessionUser, agreementId: number, today = todayInHohhot()) {
  const a = await prisma().partnershipAgreement.findUnique({
    where: { id: agreementId },
    select: {
      ...accessSelect,
      id: true,
      title: true,
      kind: true,
      status: true,
      proposedBy: true,
      startsOn: true,
      endsOn: true,
      notes: true,
      createdAt: true,
      school: { select: { organisation: { select: { name: true } } } },
      enterprise: { select: { organisation: { select: { name: true } } } },
      document: { select: { fileName: true, byteSize: true, mediaType: true } },
      programs: { select: { program: { select: { id: true, name: true } } }, orderBy: { program: { name: "asc" } } },
      events: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          fromStatus: true,
          toStatus: true,
          reason: true,
          createdAt: true,
          actor: { select: { displayName: true, organisation: { select: { name: true } } } },
        },
      },
    },
  });
  if (!a) return notFoundAgreement();
  assertVisible(user, { action: "agreement.read", schoolId: a.schoolId, enterpriseId: a.enterpriseId }, "找不到该协议");
  const side = sideOf(user);
  const party = side !== null && (side === "SCHOOL" ? user.organisationId === a.schoolId : user.organisationId === a.enterpriseId);
  const facts = { status: a.status, proposedBy: a.proposedBy, hasDocument: a.document !== null, ended: agreementEnded(a, today) };
  return {
    agreement: {
      id: a.id,
      title: a.title,
      kind: AGREEMENT_KIND_LABEL[a.kind],
      state: agreementStateLabel(a, today),
      proposedBy: a.proposedBy,
      school: a.school.organisation.name,
      enterprise: a.enterprise.organisation.name,
      term: termOf(a),
      notes: a.notes,
      document: a.document,
      programs: a.programs.map((p) => p.program),
      history: a.events.map((e) => ({
        id: e.id,
        from: e.fromStatus,
        to: e.toStatus,
        note: e.reason,
        at: moment(e.createdAt),
        who: e.actor ? `${e.actor.displayName}（${e.actor.organisation.name}）` : "系统",
      })),
    },
    moves: party && side ? movesFor(facts, side) : [],
    canAttach: party && documentOpen(a.status),
  };
}

const notFoundAgreement = (): never => notFound("找不到该协议");

/** The parties' facts for a move, or 404 for who may not see it, 403 for who sees it but is no party (the bureau). */
async function partyAgreement(tx: Prisma.TransactionClient, user: SessionUser, agreementId: number) {
  const a = await tx.partnershipAgreement.findUnique({
    where: { id: agreementId },
    select: { ...accessSelect, id: true, title: true, status: true, proposedBy: true, documentId: true, endsOn: true },
  });
  if (!a) return notFoundAgreement();
  assertVisible(user, { action: "agreement.read", ...pick(a) }, "找不到该协议");
  assertCan(user, { action: "agreement.move", ...pick(a) }, "只有协议双方可以处理协议");
  return { ...a, side: sideOf(user)! };
}
const pick = (a: { schoolId: number; enterpriseId: number }) => ({ schoolId: a.schoolId, enterpriseId: a.enterpriseId });

/** Refuses early, before a body is read: 404 for who may not know the agreement, 403 for the bureau. */
export async function assertParty(user: SessionUser, agreementId: number): Promise<void> {
  await partyAgreement(prisma(), user, agreementId);
}

/**
 * Makes `move` for `user`'s side: checked by the state machine (transitions.ts) and, on confirming,
 * hostingProblem again (the enterprise may have been suspended or blocked since). The status changes
 * only if it is still what was read (a second answer in a race finds nothing to move).
 */
export async function moveAgreement(
  user: SessionUser,
  agreementId: number,
  move: AgreementMove,
  reason: string | undefined,
): Promise<{ moved: true } | { moved: false; message: string }> {
  return prisma().$transaction(async (tx) => {
    const a = await partyAgreement(tx, user, agreementId);
    const facts = { status: a.status, proposedBy: a.proposedBy, hasDocument: a.documentId !== null, ended: agreementEnded(a, todayInHohhot()) };
    const problem = moveProblem(facts, a.side, move);
    if (problem) return { moved: false, message: problem };
    if (move === "confirm") {
      const hosting = await hostingProblem(tx, pick(a));
      if (hosting) return { moved: false, message: hosting };
    }
    const to = MOVE_TARGET[move];
    const { count } = await tx.partnershipAgreement.updateMany({ where: { id: a.id, status: a.status }, data: { status: to } });
    if (count === 0) return { moved: false, message: "协议状态已变化，请刷新后再试" };
    await tx.agreementEvent.create({ data: { agreementId: a.id, fromStatus: a.status, toStatus: to, reason: reason || null, actorId: user.id } });
    const other = otherSide(a.side);
    const verb = { confirm: "已确认", decline: "已拒绝", terminate: "已终止" }[move];
    await sendNotice(tx, await staffOf(tx, other, other === "SCHOOL" ? a.schoolId : a.enterpriseId), {
      title: `合作协议${verb}`,
      body: `《${a.title}》${verb}${reason ? `：${reason}` : "。"}`,
      link: `/agreements/${a.id}`,
    });
    return { moved: true };
  });
}

/** Attaches (or replaces) the signed document while the agreement is proposed; a party's staff only. */
export async function attachDocument(
  user: SessionUser,
  agreementId: number,
  upload: CheckedUpload,
): Promise<{ attached: true } | { attached: false; message: string }> {
  return prisma().$transaction(async (tx) => {
    const a = await partyAgreement(tx, user, agreementId);
    if (!documentOpen(a.status)) return { attached: false, message: "协议已处理，不能再更换协议文本" };
    const documentId = await saveDocument(tx, user, upload);
    const { count } = await tx.partnershipAgreement.updateMany({ where: { id: a.id, status: "PROPOSED" }, data: { documentId } });
    // Moved by the other side meanwhile: throwing rolls the saved document back with it.
    if (count === 0) throw json<ErrorBody>({ message: "协议状态已变化，请刷新后再试" }, { status: 409 });
    return { attached: true };
  });
}

/** The signed document of an agreement `user` may read; 404 otherwise, and when there is none. */
export async function agreementDocument(user: SessionUser, agreementId: number) {
  const a = await prisma().partnershipAgreement.findUnique({
    where: { id: agreementId },
    select: { ...accessSelect, document: { select: { fileName: true, mediaType: true, bytes: true } } },
  });
  if (!a) return notFoundAgreement();
  assertVisible(user, { action: "agreement.read", ...pick(a) }, "找不到该协议");
  if (!a.document) return notFoundAgreement();
  return a.document;
}
