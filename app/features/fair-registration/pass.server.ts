import QRCode from "qrcode";
import { prisma } from "~/db/db.server";
import type { SessionUser } from "~/features/auth/session.server";
import { notFound } from "~/lib/errors.server";
import { passCode } from "~/lib/fair-pass.server";
import { fairDays } from "~/lib/fairs";

// 入场码 (issue 12 item 3): the student's own registration only. Anyone else — another student, the
// school's office, an enterprise, the bureau — is told it does not exist (404): a pass is a key.

/** The pass text grouped for reading aloud: "F12-R345-ABCDE FGHJK" (readPass ignores the space). */
export function groupedCode(code: string): string {
  return code.replace(/-([0-9A-Z]{5})([0-9A-Z]{5})$/, "-$1 $2");
}

/**
 * The QR code of `code` as an inline SVG: error correction M (a phone screen's glare or a crease in
 * paper still reads), a quiet zone of 4 modules as the standard asks, black on white.
 */
export async function passSvg(code: string): Promise<string> {
  return QRCode.toString(code, { type: "svg", errorCorrectionLevel: "M", margin: 4, color: { dark: "#000000", light: "#ffffff" } });
}

export async function ownPass(user: SessionUser, fairId: number) {
  if (user.role !== "STUDENT") notFound("找不到该入场码");
  const registration = await prisma().fairRegistration.findFirst({
    where: { fairId, student: { userId: user.id } },
    select: {
      id: true,
      cancelledAt: true,
      checkedInAt: true,
      student: {
        select: {
          id: true,
          name: true,
          school: { select: { organisation: { select: { name: true } } } },
          schoolProgram: { select: { program: { select: { name: true } } } },
        },
      },
      fair: { select: { id: true, title: true, status: true, online: true, venue: true, startsAt: true, endsAt: true } },
    },
  });
  if (!registration || registration.fair.status === "DRAFT") notFound("找不到该入场码");
  const { fair, student } = registration;
  const cancelled = registration.cancelledAt !== null || fair.status === "CANCELLED";
  const code = cancelled ? null : passCode({ fairId: fair.id, registrationId: registration.id, studentId: student.id });
  return {
    fair: {
      id: fair.id,
      title: fair.title,
      status: fair.status,
      place: fair.online ? "线上" : (fair.venue ?? ""),
      days: fairDays(fair),
    },
    student: { name: student.name, school: student.school.organisation.name, program: student.schoolProgram.program.name },
    cancelled: registration.cancelledAt !== null ? ("registration" as const) : fair.status === "CANCELLED" ? ("fair" as const) : null,
    checkedIn: registration.checkedInAt !== null,
    code: code && { text: code, grouped: groupedCode(code), svg: await passSvg(code) },
  };
}
