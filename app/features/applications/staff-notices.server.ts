import type { Prisma } from "~/generated/prisma/client";
import { staffNotice, type StaffNoticeSubject } from "./application-notice";
import type { ApplicationStatus } from "./application-status";

/** Tells every active staff member of the enterprise, in the transaction of the change itself. */
export async function notifyEnterpriseStaff(
  tx: Prisma.TransactionClient,
  enterpriseId: number,
  to: ApplicationStatus,
  subject: StaffNoticeSubject,
  note?: string | null,
): Promise<void> {
  const notice = staffNotice(to, subject, note);
  if (!notice) return;
  const staff = await tx.user.findMany({
    where: { organisationId: enterpriseId, role: "ENTERPRISE_STAFF", disabledAt: null },
    select: { id: true },
  });
  if (staff.length) await tx.notification.createMany({ data: staff.map((u) => ({ userId: u.id, ...notice })) });
}
