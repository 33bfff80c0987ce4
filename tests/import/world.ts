import type { Database } from "~/db/database.server";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";
import { STUDENT_HEADERS, type Cell } from "./files";

// The cast of the import suites: a school with two programs and its office, a second school (a
// stranger) with its office, a teacher, an enterprise, the bureau.

export const PROGRAMS = ["数控技术应用", "会计事务"] as const;

export function useImportWorld() {
  const t = useTestApp();
  return fromBeforeAll("useImportWorld()", async () => {
    const { make } = t;
    const school = await make.school();
    const otherSchool = await make.school();
    const programs = [];
    for (const name of PROGRAMS) {
      const program = await make.program({ name: `${name}${school.id}` });
      programs.push(await make.schoolProgram({ schoolId: school.id, programId: program.id }));
    }
    const otherProgram = await make.schoolProgram({ schoolId: otherSchool.id, programId: programs[0]!.programId });
    const enterprise = await make.enterprise();
    const bureauOrg = await make.bureau();
    return {
      db: t.db,
      make,
      url: t.url,
      clientFor: t.clientFor,
      visitor: t.visitor,
      school,
      otherSchool,
      programs,
      programNames: PROGRAMS.map((n) => `${n}${school.id}`),
      otherProgram,
      schoolStaff: await t.signedIn("SCHOOL_STAFF", school.id),
      otherSchoolStaff: await t.signedIn("SCHOOL_STAFF", otherSchool.id),
      teacherUser: await t.signedIn("TEACHER", school.id),
      enterpriseStaff: await t.signedIn("ENTERPRISE_STAFF", enterprise.id),
      bureau: await t.signedIn("BUREAU_ADMIN", bureauOrg.id),
    };
  });
}

export type ImportWorld = ReturnType<typeof useImportWorld>;

/** Posts a file to /imports/new as the form does. */
export function upload(client: Client, kind: "STUDENTS" | "DESTINATIONS" | string, bytes: Uint8Array<ArrayBuffer> | null, fileName = "名册.xlsx") {
  const body = new FormData();
  body.append("kind", kind);
  if (bytes) body.append("file", new File([bytes], fileName));
  return client.request("/imports/new", { method: "POST", body });
}

/** The job id a redirect to /imports/:id names. */
export const jobIdFrom = (response: Response) => Number(response.headers.get("location")!.split("/").pop());

/** A student row of `schoolName` in `program` (override by header). */
export function studentRow(schoolName: string, program: string, number: string, over: Partial<Record<(typeof STUDENT_HEADERS)[number], Cell>> = {}): Cell[] {
  const row: Record<string, Cell> = { 学校: schoolName, 学号: number, 姓名: `学生${number}`, 性别: "女", 出生日期: "2008-03-07", 专业: program, 入学年份: 2023, 毕业年份: 2026, ...over };
  return STUDENT_HEADERS.map((h) => row[h] ?? null);
}

/** Rows of the tables an import writes, to show a refusal wrote nothing. */
export async function importTables(db: Database) {
  const p = db.prisma;
  const [students, destinations, changes] = await Promise.all([
    p.student.findMany({ orderBy: { id: "asc" }, select: { id: true, studentNumber: true, name: true, birthDate: true, gender: true, schoolProgramId: true, graduationYear: true, status: true } }),
    p.graduateDestination.findMany({ orderBy: { id: "asc" } }),
    p.destinationChange.count(),
  ]);
  return { students, destinations: destinations.map((d) => ({ ...d, updatedAt: undefined })), changes };
}
