import type { Database } from "~/db/database.server";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// The cast of the certification suites: a school with its office and a teacher account, a second
// school (a stranger), an enterprise, the bureau; teachers to submit.

export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const pdfFile = (name = "证书.pdf") => new File([PDF_BYTES], name, { type: "application/pdf" });

export function useCertificationWorld() {
  const t = useTestApp();
  return fromBeforeAll("useCertificationWorld()", async () => {
    const { make } = t;
    const school = await make.school();
    const otherSchool = await make.school();
    const enterprise = await make.enterprise();
    const bureauOrg = await make.bureau();
    return {
      db: t.db,
      make,
      clientFor: t.clientFor,
      visitor: t.visitor,
      school,
      otherSchool,
      enterprise,
      schoolStaff: await t.signedIn("SCHOOL_STAFF", school.id),
      otherSchoolStaff: await t.signedIn("SCHOOL_STAFF", otherSchool.id),
      enterpriseStaff: await t.signedIn("ENTERPRISE_STAFF", enterprise.id),
      teacherUser: await t.signedIn("TEACHER", school.id),
      bureau: await t.signedIn("BUREAU_ADMIN", bureauOrg.id),
      staffClient: t.signedIn,
    };
  });
}

/** Posts fields (and files) as multipart/form-data, as the submission form does. */
export function postMultipart(client: Client, path: string, fields: Record<string, string | string[] | File>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return client.request(path, { method: "POST", body });
}

/** A valid submission of `teacherId` (override any field). */
export const submission = (teacherId: number, over: Record<string, string | string[] | File> = {}) => ({
  teacherId: String(teacherId),
  level: "JUNIOR",
  certificates: "中式烹调师 二级（技师）",
  enterprisePost: "西贝餐饮集团 厨师长 2018—2021",
  ...over,
});

/** The id a redirect to /certifications/:id names. */
export const idFrom = (response: Response) => Number(response.headers.get("location")!.split("/").pop());

/** Rows of the tables a certification move writes, to show a refusal wrote nothing. */
export async function certificationTables(db: Database) {
  const p = db.prisma;
  const [certifications, events, documents, notifications, levels] = await Promise.all([
    p.dualTeacherCertification.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, validFrom: true, validUntil: true, refusalReason: true } }),
    p.certificationEvent.count(),
    p.document.count(),
    p.notification.count(),
    p.teacher.findMany({ orderBy: { id: "asc" }, select: { id: true, dualTeacherLevel: true } }),
  ]);
  return { certifications, events, documents, notifications, levels };
}
