import type { Database } from "~/db/database.server";

// Every row a kind of write could touch, read in a stable order: compare a snapshot before and
// after a refused request to prove it wrote nothing.

/** What a position write touches: positions, their audit rows, programs and categories. */
export async function positionTables(db: Database) {
  const [positions, changes, programs, categories] = await Promise.all([
    db.prisma.position.findMany({ orderBy: { id: "asc" } }),
    db.prisma.positionChange.findMany({ orderBy: { id: "asc" } }),
    db.prisma.positionProgram.findMany({ orderBy: [{ positionId: "asc" }, { programId: "asc" }] }),
    db.prisma.positionCategory.findMany({ orderBy: [{ positionId: "asc" }, { categoryId: "asc" }] }),
  ]);
  return { positions, changes, programs, categories };
}

/** What an application change touches: applications, their events, notices, and the positions they may close. */
export async function applicationTables(db: Database) {
  const [applications, events, notifications, positions, changes] = await Promise.all([
    db.prisma.application.findMany({ orderBy: { id: "asc" } }),
    db.prisma.applicationEvent.findMany({ orderBy: { id: "asc" } }),
    db.prisma.notification.findMany({ orderBy: { id: "asc" } }),
    db.prisma.position.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true } }),
    db.prisma.positionChange.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { applications, events, notifications, positions, changes };
}
