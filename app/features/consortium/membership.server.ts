import { prisma } from "~/db/db.server";
import { assertCan } from "~/features/auth/permissions.server";
import type { SessionUser } from "~/features/auth/session.server";
import { sendNotice } from "~/features/inbox/index.server";
import type { Prisma } from "~/generated/prisma/client";
import { dayColumn, isoDayOf, todayInHohhot } from "~/lib/dates";
import type { MembershipAction } from "./consortium-schema";
import { currentConsortium } from "./consortium.server";
import {
  MEMBER_TYPE_LABEL,
  mayMoveMembership,
  memberTypeOf,
  refusedMembershipMessage,
  type MembershipStatus,
} from "./membership-status";

// Asking to join, leaving, and the bureau's decisions. Each is one transaction that first takes the
// consortium's row lock (SELECT … FOR UPDATE): moves are decided one after the other, and an
// organisation's status is re-read under the lock, so a double tap on 申请加入 makes one request
// (tests/consortium/concurrency.test.ts) and a request is decided once.

type Tx = Prisma.TransactionClient;
const TRANSACTION = { maxWait: 20_000, timeout: 20_000 } as const;
export type MembershipOutcome = { done: true; message: string } | { done: false; message: string };
const refuse = (message: string): MembershipOutcome => ({ done: false, message });

const LINK = "/consortium/join";

async function bureauAdminIds(tx: Tx): Promise<number[]> {
  const users = await tx.user.findMany({ where: { role: "BUREAU_ADMIN", disabledAt: null }, select: { id: true } });
  return users.map((u) => u.id);
}

/** The office or staff who speak for an organisation (school office, enterprise staff). */
async function staffOf(tx: Tx, organisationId: number): Promise<number[]> {
  const users = await tx.user.findMany({
    where: { organisationId, role: { in: ["SCHOOL_STAFF", "ENTERPRISE_STAFF"] }, disabledAt: null },
    select: { id: true },
  });
  return users.map((u) => u.id);
}

/** /consortium/join for `user`: their organisation's membership, and for the bureau the requests waiting. */
export async function joinPage(user: SessionUser) {
  const db = prisma();
  const c = await currentConsortium(db);
  const [mine, pending] = await Promise.all([
    db.consortiumMember.findUnique({
      where: { consortiumId_organisationId: { consortiumId: c.id, organisationId: user.organisationId } },
      select: { status: true, joinedOn: true, declineReason: true },
    }),
    user.role === "BUREAU_ADMIN"
      ? db.consortiumMember.findMany({
          where: { consortiumId: c.id, status: "REQUESTED" },
          orderBy: { id: "asc" },
          select: { id: true, organisation: { select: { name: true, kind: true } }, requestedBy: { select: { displayName: true } } },
        })
      : Promise.resolve([]),
  ]);
  return {
    consortium: { name: c.name },
    organisation: user.organisation.name,
    mine: mine ? { status: mine.status, joinedOn: isoDayOf(mine.joinedOn), declineReason: mine.declineReason } : null,
    decides: user.role === "BUREAU_ADMIN",
    pending: pending.map((m) => ({
      id: m.id,
      name: m.organisation.name,
      type: MEMBER_TYPE_LABEL[memberTypeOf(m.organisation.kind)],
      requestedBy: m.requestedBy?.displayName ?? null,
    })),
  };
}

/**
 * One move on the consortium's membership for `user`. Asking and leaving are for the user's own
 * organisation (its school office or enterprise staff, else 403); approving and declining are the
 * bureau's (else 403). A move the rules refuse comes back as { done: false, message }.
 */
export async function actOnMembership(user: SessionUser, action: MembershipAction): Promise<MembershipOutcome> {
  return prisma().$transaction(async (tx) => {
    const c = await currentConsortium(tx);
    await tx.$queryRaw`SELECT 1 FROM "Consortium" WHERE "id" = ${c.id} FOR UPDATE`;
    switch (action.intent) {
      case "ask":
      case "leave": {
        assertCan(user, { action: "consortium.membership", organisationId: user.organisationId }, "只有学校管理人员或企业人员可以为本单位申请加入或退出");
        const mine = await tx.consortiumMember.findUnique({
          where: { consortiumId_organisationId: { consortiumId: c.id, organisationId: user.organisationId } },
          select: { id: true, status: true },
        });
        const from = (mine?.status ?? null) as MembershipStatus | null;
        const to: MembershipStatus = action.intent === "ask" ? "REQUESTED" : "LEFT";
        if (!mayMoveMembership("organisation", from, to)) return refuse(refusedMembershipMessage(from, to));
        if (to === "REQUESTED") {
          const data = { status: to, requestedById: user.id, declineReason: null, decidedById: null, decidedAt: null };
          if (mine) await tx.consortiumMember.update({ where: { id: mine.id }, data });
          else await tx.consortiumMember.create({ data: { ...data, consortiumId: c.id, organisationId: user.organisationId, joinedOn: null } });
          await sendNotice(tx, await bureauAdminIds(tx), {
            title: `${user.organisation.name} 申请加入「${c.name}」`,
            body: "请在共同体入会页面审核。",
            link: LINK,
          });
          return { done: true, message: "已提交入会申请，等待教育局审核" };
        }
        await tx.consortiumMember.update({ where: { id: mine!.id }, data: { status: "LEFT", decidedAt: new Date() } });
        await sendNotice(tx, await bureauAdminIds(tx), { title: `${user.organisation.name} 退出了「${c.name}」`, body: "该单位已不再是共同体成员。", link: "/consortium" });
        return { done: true, message: "本单位已退出共同体" };
      }
      case "approve":
      case "decline": {
        assertCan(user, { action: "consortium.decide" }, "只有教育局可以审核入会申请");
        const member = await tx.consortiumMember.findFirst({
          where: { id: action.memberId, consortiumId: c.id },
          select: { id: true, status: true, organisationId: true, requestedById: true },
        });
        if (!member) return refuse("找不到该申请");
        const to: MembershipStatus = action.intent === "approve" ? "APPROVED" : "DECLINED";
        if (!mayMoveMembership("bureau", member.status, to)) return refuse(refusedMembershipMessage(member.status, to));
        const reason = action.intent === "decline" ? action.reason : null;
        await tx.consortiumMember.update({
          where: { id: member.id },
          data: {
            status: to,
            declineReason: reason,
            joinedOn: to === "APPROVED" ? dayColumn(todayInHohhot()) : undefined,
            decidedById: user.id,
            decidedAt: new Date(),
          },
        });
        const recipients = new Set(await staffOf(tx, member.organisationId));
        if (member.requestedById) recipients.add(member.requestedById);
        await sendNotice(
          tx,
          [...recipients],
          to === "APPROVED"
            ? { title: `已加入「${c.name}」`, body: "教育局通过了本单位的入会申请。", link: "/consortium" }
            : { title: `「${c.name}」入会申请未通过`, body: `原因：${reason}`, link: LINK },
        );
        return { done: true, message: to === "APPROVED" ? "已通过，该单位成为共同体成员" : "已标记为未通过" };
      }
    }
  }, TRANSACTION);
}
