import type { Database } from "~/db/database.server";
import { CREDIT_CODE_CHARS, creditCodeCheckChar } from "~/lib/credit-code";

// Helpers for the standing suites: well-formed 统一社会信用代码 made the way the standard computes the
// check character (tested on its own in tests/lib), and snapshots of what a standing move writes.

let serial = 0;
/** A fresh, valid code: 91 (企业) + 150100 (呼和浩特市) + a 9-character serial + the check character. */
export function validCreditCode(): string {
  serial += 1;
  const body = `91150100${String(process.pid % 1000).padStart(3, "0")}${String(serial).padStart(6, "0")}`;
  return body + creditCodeCheckChar(body);
}

/** The same code with a wrong check character. */
export function wrongCheckCode(): string {
  const code = validCreditCode();
  const wrong = CREDIT_CODE_CHARS[(CREDIT_CODE_CHARS.indexOf(code[17]!) + 1) % CREDIT_CODE_CHARS.length]!;
  return code.slice(0, 17) + wrong;
}

/** Everything a standing move or a block writes. */
export async function standingTables(db: Database) {
  const [enterprises, events, blocks, notifications] = await Promise.all([
    db.prisma.enterprise.findMany({ orderBy: { organisationId: "asc" }, select: { organisationId: true, standing: true, standingReason: true, standingAt: true } }),
    db.prisma.enterpriseStandingEvent.findMany({ orderBy: { id: "asc" } }),
    db.prisma.schoolEnterpriseBlock.findMany({ orderBy: [{ schoolId: "asc" }, { enterpriseId: "asc" }] }),
    db.prisma.notification.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { enterprises, events, blocks, notifications };
}
