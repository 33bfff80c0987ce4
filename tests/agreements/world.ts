import type { Database } from "~/db/database.server";
import type { Client } from "../support/http";
import { useTestApp } from "../support/test-app";
import { fromBeforeAll } from "../support/test-database";

// The cast of the agreement suites: a school and a verified enterprise, each with a signed-in staff
// member; a second school and enterprise (strangers); the bureau; and a program to name.

/** A small but real PDF: the first bytes are what makes it one (app/lib/documents.server.ts reads them). */
export const PDF_BYTES = new TextEncoder().encode("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
export const pdfFile = (name = "合作协议.pdf") => new File([PDF_BYTES], name, { type: "application/pdf" });

export function useAgreementWorld() {
  const t = useTestApp();
  return fromBeforeAll("useAgreementWorld()", async () => {
    const { make } = t;
    const school = await make.school();
    const enterprise = await make.enterprise();
    const otherSchool = await make.school();
    const otherEnterprise = await make.enterprise();
    const bureauOrg = await make.bureau();
    const program = await make.program();
    return {
      db: t.db,
      make,
      app: t.app,
      clientFor: t.clientFor,
      visitor: t.visitor,
      school,
      enterprise,
      otherSchool,
      otherEnterprise,
      program,
      schoolStaff: await t.signedIn("SCHOOL_STAFF", school.id),
      enterpriseStaff: await t.signedIn("ENTERPRISE_STAFF", enterprise.id),
      otherSchoolStaff: await t.signedIn("SCHOOL_STAFF", otherSchool.id),
      otherEnterpriseStaff: await t.signedIn("ENTERPRISE_STAFF", otherEnterprise.id),
      teacher: await t.signedIn("TEACHER", school.id),
      bureau: await t.signedIn("BUREAU_ADMIN", bureauOrg.id),
      staffClient: t.signedIn,
    };
  });
}

/** Posts fields (and files) as multipart/form-data, as the agreement forms do. */
export function postMultipart(client: Client, path: string, fields: Record<string, string | string[] | File>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const v of Array.isArray(value) ? value : [value]) body.append(name, v);
  }
  return client.request(path, { method: "POST", body });
}

/** Row counts of the tables an agreement move writes, to show a refusal wrote nothing. */
export async function agreementTables(db: Database) {
  const p = db.prisma;
  const [agreements, programs, events, documents, notifications] = await Promise.all([
    p.partnershipAgreement.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, documentId: true } }),
    p.agreementProgram.count(),
    p.agreementEvent.count(),
    p.document.count(),
    p.notification.count(),
  ]);
  return { agreements, programs, events, documents, notifications };
}

/** A valid proposal from the school to the enterprise (override any field). */
export const proposal = (enterpriseId: number, programId: number, over: Record<string, string | string[] | File> = {}) => ({
  kind: "ORDER_CLASS",
  title: "西贝喜悦班订单培养协议",
  counterpartId: String(enterpriseId),
  programIds: [String(programId)],
  startsOn: "2026-09-01",
  endsOn: "2029-07-31",
  notes: "每届 40 人",
  ...over,
});
