// npm run bench:fair — the fair entrance at load (issue 12 item 8), on PostgreSQL through HTTP:
//   bash scripts/with-postgres.sh npm run bench:fair
// Builds, in a fresh database, a RUNNING fair with 2,000 registered students, starts the app's HTTP
// server (Express + the built Remix server, as in production; run `npx remix build` first), signs in
// 10 organiser staff (database sessions, as a sign-in makes them) and scans every pass through
// POST /fairs/:id/check-in/scans with the 10 scanners at once, one scan a request as at a real
// entrance. Every 20th scan is re-sent with the same nonce (a retry after a lost answer) and every
// 20th student is scanned again by another scanner (a second queue at the door). Prints scans per
// second and p50/p95/max latency, then checks that nothing was lost or counted twice:
// checked in = 2,000, FairScan rows = distinct nonces sent, retries answered from the store.
// BENCH_STUDENTS and BENCH_SCANNERS change the defaults. Timing is printed, never asserted.
import { randomBytes, randomUUID } from "node:crypto";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ServerBuild } from "@remix-run/node";
import pg from "pg";
import { openDatabase } from "../app/db/database.server";
import { installDatabase } from "../app/db/db.server";
import { migrate } from "../app/db/migrate.server";
import { createSession } from "../app/features/auth/session.server";
import { passCode } from "../app/lib/fair-pass.server";
import { createHttpApp } from "../app/server/http.server";
import { installRuntime } from "../app/server/runtime.server";

const STUDENTS = Number(process.env.BENCH_STUDENTS ?? 2_000);
const SCANNERS = Number(process.env.BENCH_SCANNERS ?? 10);
const EVERY = 20; // every 20th scan retried with its nonce; every 20th student scanned again elsewhere

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

async function main() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    console.error("bench:fair runs on PostgreSQL: bash scripts/with-postgres.sh npm run bench:fair");
    process.exit(64);
  }
  const name = `qc_fair_${randomBytes(4).toString("hex")}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openDatabase({ kind: "postgres", url: url.toString() });
  let server: ReturnType<ReturnType<typeof createHttpApp>["listen"]> | undefined;
  try {
    await migrate(db.sql);
    installDatabase(db);
    installRuntime({ sessionSecret: randomBytes(32).toString("hex"), secureCookies: false });
    const p = db.prisma;

    // The world: a school with one program, its students, 10 staff, a fair held today, running.
    let start = performance.now();
    const category = await p.programCategory.create({ data: { code: "BENCH", name: "基准测试类" } });
    const program = await p.program.create({ data: { name: "基准测试专业", categoryId: category.id } });
    const org = await p.organisation.create({ data: { kind: "SECONDARY_SCHOOL", name: "呼和浩特基准职业学校" } });
    await p.school.create({ data: { organisationId: org.id, ownership: "PUBLIC", supervisingLevel: "CITY" } });
    const offering = await p.schoolProgram.create({ data: { schoolId: org.id, programId: program.id } });
    const now = Date.now();
    const fair = await p.jobFair.create({
      data: {
        organiserId: org.id,
        title: "基准测试双选会",
        venue: "体育馆",
        startsAt: new Date(now - 60 * 60 * 1000),
        endsAt: new Date(now + 60 * 60 * 1000),
        boothCount: 50,
        boothsPerRow: 10,
        enterpriseRegistrationOpensAt: new Date(now - 7 * 86_400_000),
        enterpriseRegistrationClosesAt: new Date(now - 86_400_000),
        studentRegistrationOpensAt: new Date(now - 7 * 86_400_000),
        studentRegistrationClosesAt: new Date(now - 86_400_000),
        status: "RUNNING",
        schools: { create: [{ schoolId: org.id }] },
      },
    });
    const students = await p.student.createManyAndReturn({
      data: Array.from({ length: STUDENTS }, (_, i) => ({
        schoolId: org.id,
        schoolProgramId: offering.id,
        name: `基准学生${i + 1}`,
        studentNumber: `B${String(i + 1).padStart(6, "0")}`,
        birthDate: new Date("2008-03-01T00:00:00Z"),
        cohortYear: 2024,
        graduationYear: 2027,
      })),
      select: { id: true },
    });
    const registrations = await p.fairRegistration.createManyAndReturn({
      data: students.map((s) => ({ fairId: fair.id, studentId: s.id })),
      select: { id: true, studentId: true },
    });
    const staff = await p.user.createManyAndReturn({
      data: Array.from({ length: SCANNERS }, (_, i) => ({
        username: `bench-gate-${i + 1}`,
        displayName: `入口${i + 1}`,
        passwordHash: "-", // never signs in with a password: sessions are made below
        role: "SCHOOL_STAFF" as const,
        organisationId: org.id,
      })),
      select: { id: true },
    });
    console.log(`world: ${STUDENTS} registered students, ${SCANNERS} scanners (${((performance.now() - start) / 1000).toFixed(1)} s)`);

    const buildUrl = pathToFileURL(path.resolve("build/index.js")).href;
    const build = (await import(buildUrl)) as ServerBuild;
    server = createHttpApp(build).listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server!.once("listening", () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const cookies = await Promise.all(staff.map(async (u) => (await createSession(u.id, new Request(base), "127.0.0.1")).split(";")[0]!));

    // Each scanner's work: its share of the passes, a retry of every 20th scan, and a second look at
    // every 20th student of the next scanner's share (a duplicate across scanners).
    type Job = { code: string; nonce: string; retry: boolean };
    const codes = registrations.map((r) => passCode({ fairId: fair.id, registrationId: r.id, studentId: r.studentId }));
    const queues: Job[][] = Array.from({ length: SCANNERS }, () => []);
    codes.forEach((code, i) => {
      const job = { code, nonce: randomUUID(), retry: false };
      queues[i % SCANNERS]!.push(job);
      if (i % EVERY === 0) queues[i % SCANNERS]!.push({ ...job, retry: true });
      if (i % EVERY === 7) queues[(i + 1) % SCANNERS]!.push({ code, nonce: randomUUID(), retry: false });
    });
    const sentNonces = new Set(queues.flat().map((j) => j.nonce));
    const latencies: number[] = [];
    const outcomes = new Map<string, number>();
    let replays = 0;
    let failures = 0;

    // Warm-up: one request per scanner (connections, plans) outside the timing.
    await Promise.all(cookies.map((cookie) => fetch(`${base}/fairs/${fair.id}/check-in`, { headers: { cookie } })));

    start = performance.now();
    await Promise.all(
      queues.map(async (queue, s) => {
        for (const job of queue) {
          const t0 = performance.now();
          const response = await fetch(`${base}/fairs/${fair.id}/check-in/scans`, {
            method: "POST",
            headers: { cookie: cookies[s]!, "content-type": "application/json" },
            body: JSON.stringify({ scans: [{ code: job.code, nonce: job.nonce, scannedAt: new Date().toISOString() }] }),
          });
          const body = (await response.json()) as { answers?: { outcome: string; replay: boolean }[] };
          latencies.push(performance.now() - t0);
          const answer = body.answers?.[0];
          if (response.status !== 200 || !answer) {
            failures++;
            continue;
          }
          if (answer.replay) replays++;
          else outcomes.set(answer.outcome, (outcomes.get(answer.outcome) ?? 0) + 1);
        }
      }),
    );
    const elapsed = (performance.now() - start) / 1000;
    const sorted = [...latencies].sort((a, b) => a - b);
    const requests = latencies.length;
    console.log(`\n${requests} scan requests by ${SCANNERS} scanners in ${elapsed.toFixed(2)} s: ${(requests / elapsed).toFixed(0)} scans/s`);
    console.log(
      `latency  p50 ${percentile(sorted, 50).toFixed(1)} ms   p95 ${percentile(sorted, 95).toFixed(1)} ms   max ${sorted.at(-1)!.toFixed(1)} ms   (target p95 ≤ 100 ms)`,
    );
    console.log(`answers  ${[...outcomes].map(([o, n]) => `${o} ${n}`).join(", ")}, replays ${replays}, failed requests ${failures}`);

    const checkedIn = await p.fairRegistration.count({ where: { fairId: fair.id, checkedInAt: { not: null } } });
    const rows = await p.fairScan.count({ where: { fairId: fair.id } });
    const firstScans = await p.fairScan.count({ where: { fairId: fair.id, outcome: "CHECKED_IN" } });
    const retries = queues.flat().filter((j) => j.retry).length;
    const checks: Array<[string, number, number]> = [
      ["students checked in", checkedIn, STUDENTS],
      ["CHECKED_IN scans (one per student)", firstScans, STUDENTS],
      ["FairScan rows = distinct nonces sent", rows, sentNonces.size],
      ["retries answered from the store", replays, retries],
      ["failed requests", failures, 0],
    ];
    let ok = true;
    for (const [what, got, want] of checks) {
      const pass = got === want;
      ok &&= pass;
      console.log(`${pass ? "ok  " : "FAIL"} ${what}: ${got}${pass ? "" : ` (expected ${want})`}`);
    }
    if (!ok) process.exitCode = 1;
  } finally {
    if (server) await new Promise<void>((resolve) => server!.close(() => resolve()));
    await db.close();
    await admin(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  }
}

await main();
