import type { Database } from "~/db/database.server";
import { hashPassword } from "~/features/auth/password.server";
import type { Role } from "~/generated/prisma/client";

// Test data comes from here, never from ad-hoc inserts in test files. Each factory makes the
// smallest valid record and takes overrides; names carry a counter so records never collide.
let counter = 0;
const next = () => ++counter;

export const TEST_PASSWORD = "correct horse battery";
let passwordHash: Promise<string> | undefined;
const testPasswordHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

export function factories(db: Database) {
  const prisma = db.prisma;

  async function category() {
    const n = next();
    return prisma.programCategory.create({ data: { code: `C${n}`, name: `测试专业大类${n}` } });
  }

  async function cluster() {
    const n = next();
    return prisma.industryCluster.create({ data: { code: `K${n}`, name: `测试产业集群${n}`, sortOrder: n } });
  }

  async function program(data: { clusterId?: number | null; categoryId?: number } = {}) {
    const n = next();
    const categoryId = data.categoryId ?? (await category()).id;
    return prisma.program.create({ data: { name: `测试专业${n}`, categoryId, clusterId: data.clusterId ?? null } });
  }

  async function school(data: { name?: string; ownership?: "PUBLIC" | "PRIVATE" } = {}) {
    const n = next();
    return prisma.organisation.create({
      data: {
        kind: "SECONDARY_SCHOOL",
        name: data.name ?? `测试职业学校${n}`,
        district: "XINCHENG",
        school: { create: { ownership: data.ownership ?? "PUBLIC", supervisingLevel: "CITY" } },
      },
    });
  }

  async function enterprise(data: { name?: string; clusterId?: number | null } = {}) {
    const n = next();
    return prisma.organisation.create({
      data: {
        kind: "ENTERPRISE",
        name: data.name ?? `测试企业${n}有限公司`,
        district: "SAIHAN",
        enterprise: { create: { size: "SMALL", clusterId: data.clusterId ?? null } },
      },
    });
  }

  async function bureau() {
    const n = next();
    return prisma.organisation.create({ data: { kind: "BUREAU", name: `测试教育局${n}` } });
  }

  async function schoolProgram(schoolId: number, programId?: number) {
    const pid = programId ?? (await program()).id;
    return prisma.schoolProgram.create({ data: { schoolId, programId: pid } });
  }

  async function user(data: { role: Role; organisationId: number; username?: string; disabled?: boolean }) {
    const n = next();
    return prisma.user.create({
      data: {
        username: data.username ?? `user${n}`,
        displayName: `测试用户${n}`,
        passwordHash: await testPasswordHash(),
        role: data.role,
        organisationId: data.organisationId,
        disabledAt: data.disabled ? new Date() : null,
      },
    });
  }

  async function student(data: { schoolId: number; schoolProgramId?: number; userId?: number; cohortYear?: number }) {
    const n = next();
    const schoolProgramId = data.schoolProgramId ?? (await schoolProgram(data.schoolId)).id;
    const cohortYear = data.cohortYear ?? 2023;
    return prisma.student.create({
      data: {
        name: `测试学生${n}`,
        schoolId: data.schoolId,
        schoolProgramId,
        userId: data.userId ?? null,
        cohortYear,
        graduationYear: cohortYear + 3,
        birthDate: new Date(`${cohortYear - 15}-03-0${(n % 9) + 1}`),
        phone: `139-0000-${String(n).padStart(4, "0")}`,
      },
    });
  }

  async function teacher(data: { schoolId: number; userId?: number }) {
    const n = next();
    return prisma.teacher.create({ data: { name: `测试教师${n}`, schoolId: data.schoolId, userId: data.userId ?? null } });
  }

  /** A student with a sign-in account at `schoolId`. */
  async function studentUser(schoolId: number) {
    const account = await user({ role: "STUDENT", organisationId: schoolId });
    const record = await student({ schoolId, userId: account.id });
    return { user: account, student: record };
  }

  return { category, cluster, program, school, enterprise, bureau, schoolProgram, user, student, teacher, studentUser };
}
