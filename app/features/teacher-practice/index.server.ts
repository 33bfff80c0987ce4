// The teacher-practice feature's public entry for other features (the certification part reads the ledger
// here, and only here).
export { ledgerOf, ledgersOf, type TeacherLedger } from "./ledger.server";
export { REQUIRED_DAYS, type LedgerStatus } from "~/lib/practice-ledger";
