import { prisma } from "~/db/db.server";
import type { Prisma } from "~/generated/prisma/client";
import type { SessionUser } from "~/features/auth/session.server";
import { assertCan, can } from "~/features/auth/permissions.server";
import { forbidden } from "~/lib/errors.server";
import type { ResumeInput, SharedResume } from "./resume-schema";

// The student's résumé: written only by the student (resume.editOwn), read live by the student and
// their school's office (resume.read), and copied onto an application at applying so the enterprise
// reads what the student agreed to share then (docs/decisions/0008).

export const resumeSelect = {
  intro: true,
  skills: true,
  certificates: true,
  experience: true,
  phone: true,
  wechat: true,
  updatedAt: true,
} as const;
export type ResumeRecord = Prisma.ResumeGetPayload<{ select: typeof resumeSelect }>;

async function ownStudentId(user: SessionUser): Promise<number> {
  assertCan(user, { action: "resume.editOwn" }, "只有学生可以编辑简历");
  const student = await prisma().student.findUnique({ where: { userId: user.id }, select: { id: true } });
  if (!student) forbidden("你的账号未关联学籍，请联系学校");
  return student.id;
}

/** The acting student's résumé, or null before they write one; 403 for anyone but a student. */
export async function ownResume(user: SessionUser): Promise<ResumeRecord | null> {
  const studentId = await ownStudentId(user);
  return prisma().resume.findUnique({ where: { studentId }, select: resumeSelect });
}

/** Writes the acting student's résumé; a field left empty is cleared. Applications already sent keep their copy. */
export async function saveOwnResume(user: SessionUser, input: ResumeInput): Promise<void> {
  const studentId = await ownStudentId(user);
  const data = {
    intro: input.intro ?? null,
    skills: input.skills ?? null,
    certificates: input.certificates ?? null,
    experience: input.experience ?? null,
    phone: input.phone ?? null,
    wechat: input.wechat ?? null,
  };
  await prisma().resume.upsert({ where: { studentId }, create: { studentId, ...data }, update: data });
}

/**
 * The copy an application carries from the moment of applying (`at`), read inside the apply
 * transaction; null when the student has no résumé (then nothing but the application is shared).
 */
export async function resumeSnapshot(tx: Prisma.TransactionClient, studentId: number, at: Date): Promise<SharedResume | null> {
  const resume = await tx.resume.findUnique({ where: { studentId }, select: resumeSelect });
  if (!resume) return null;
  const { updatedAt: _updatedAt, ...fields } = resume;
  return { ...fields, sharedAt: at.toISOString() };
}

/** A student's live résumé for their record page: the student and their own school office, otherwise null (never loaded). */
export async function studentResume(
  user: SessionUser,
  student: { id: number; schoolId: number; userId: number | null },
): Promise<ResumeRecord | null> {
  if (!can(user, { action: "resume.read", schoolId: student.schoolId, studentUserId: student.userId })) return null;
  return prisma().resume.findUnique({ where: { studentId: student.id }, select: resumeSelect });
}
