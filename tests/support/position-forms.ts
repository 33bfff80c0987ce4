import type { Database } from "~/db/database.server";
import type { PositionKind, PositionStatus } from "~/generated/prisma/client";

// Helpers for the positions suites: form bodies as a browser posts them, a factory for positions
// that a test needs to exist already (made directly, without the audit row a real edit writes),
// and a snapshot of everything a position write touches, to prove that a refused request wrote nothing.

/** A date `days` from today in Hohhot, as a date input sends it. */
export function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export type FormBody = Record<string, string | string[]>;

/** A complete, valid apprenticeship seat; override any field. */
export function validPositionForm(overrides: FormBody = {}): FormBody {
  return {
    intent: "create",
    title: "中式烹调学徒",
    kind: "APPRENTICESHIP",
    description: "在企业师傅带领下学习中式热菜烹调，轮岗切配、打荷、炉灶。",
    headcount: "3",
    district: "SAIHAN",
    address: "呼和浩特市赛罕区昭乌达路 1 号",
    payMin: "3000",
    payMax: "4500",
    startDate: dayFromToday(60),
    durationMonths: "24",
    minAge: "16",
    wantedCertificates: "中式烹调师（初级）\n食品安全知识培训合格证",
    contact: "0471-6660000",
    deadline: dayFromToday(30),
    ...overrides,
  };
}

/** Where a successful create/edit redirected to, and the position id in it. */
export function positionIdOf(response: Response): number {
  const location = response.headers.get("location") ?? "";
  const match = /^\/enterprise\/positions\/(\d+)\/edit/.exec(location);
  if (!match) throw new Error(`expected a redirect to the edit page, got ${response.status} ${location}`);
  return Number(match[1]);
}

export function positionFactories(db: Database) {
  const prisma = db.prisma;
  let n = 0;

  async function position(data: {
    enterpriseId: number;
    status?: PositionStatus;
    kind?: PositionKind;
    title?: string;
    deadline?: string | null;
  }) {
    n += 1;
    return prisma.position.create({
      data: {
        enterpriseId: data.enterpriseId,
        status: data.status ?? "DRAFT",
        kind: data.kind ?? "JOB",
        title: data.title ?? `测试岗位${n}`,
        description: "测试岗位描述",
        headcount: 2,
        deadline: data.deadline ? new Date(`${data.deadline}T00:00:00Z`) : null,
        publishedAt: data.status && data.status !== "DRAFT" ? new Date() : null,
      },
    });
  }

  /** 医药卫生大类 as the 2021 catalogue codes it: its internships may last up to 10 months. */
  async function medicalCategory() {
    return prisma.programCategory.create({ data: { code: "72", name: "医药卫生大类" } });
  }

  async function application(positionId: number, studentId: number) {
    return prisma.application.create({ data: { positionId, studentId } });
  }

  return { position, medicalCategory, application };
}

/** Every row a position write could touch, to compare before and after a refused request. */
export async function positionTables(db: Database) {
  const [positions, changes, programs, categories] = await Promise.all([
    db.prisma.position.findMany({ orderBy: { id: "asc" } }),
    db.prisma.positionChange.findMany({ orderBy: { id: "asc" } }),
    db.prisma.positionProgram.findMany({ orderBy: [{ positionId: "asc" }, { programId: "asc" }] }),
    db.prisma.positionCategory.findMany({ orderBy: [{ positionId: "asc" }, { categoryId: "asc" }] }),
  ]);
  return { positions, changes, programs, categories };
}
