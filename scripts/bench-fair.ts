// npm run bench:fair — the fair entrance at load (issue 12 item 8), on PostgreSQL through HTTP:
//   bash scripts/with-postgres.sh npm run bench:fair
// Builds, in a fresh database, a RUNNING fair with 2,000 registered students, starts the platform as
// production does (`tsx server.ts`, NODE_ENV=production, its own process: the phones at the door are
// not the server, so their HTTP work is not charged to its event loop; run `npx remix build` first), signs in
// 10 organiser staff (database sessions, as a sign-in makes them) and scans every pass through
// POST /fairs/:id/check-in/scans with the 10 scanners at once, one scan a request as at a real
// entrance. Every 20th scan is re-sent with the same nonce (a retry after a lost answer) and every
// 20th student is scanned again by another scanner (a second queue at the door). Prints scans per
// second and p50/p95/max latency, then checks that nothing was lost or counted twice:
// checked in = 2,000, FairScan rows = distinct nonces sent, retries answered from the store.
// BENCH_STUDENTS and BENCH_SCANNERS change the defaults. Timing is printed, never asserted.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes, randomUUID } from "node:crypto";
import http from "node:http";
import { createServer, type AddressInfo } from "node:net";
import { openDatabase } from "../app/db/database.server";
import { installDatabase } from "../app/db/db.server";
import { migrate } from "../app/db/migrate.server";
import { createSession } from "../app/features/auth/session.server";
import { passCode } from "../app/lib/fair-pass.server";
import { installRuntime } from "../app/server/runtime.server";
import { scratchPostgres } from "./bench/scratch-postgres";

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
  const scratch = await scratchPostgres(adminUrl, "qc_fair");
  const url = scratch.url;
  const db = await openDatabase({ kind: "postgres", url });
  let server: ChildProcess | undefined;
  try {
    await migrate(db.sql);
    installDatabase(db);
    const sessionSecret = randomBytes(32).toString("hex"); // shared with the server: cookies and passes
    installRuntime({ sessionSecret, secureCookies: false });
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

    const port = await freePort();
    server = spawn(process.execPath, [...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []), "--import", "tsx", "server.ts"], {
      env: { ...process.env, NODE_ENV: "production", DATABASE_URL: url, SESSION_SECRET: sessionSecret, PORT: String(port) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    await started(server);
    const base = `http://127.0.0.1:${port}`;
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
          const response = await post(`${base}/fairs/${fair.id}/check-in/scans`, cookies[s]!, {
            scans: [{ code: job.code, nonce: job.nonce, scannedAt: new Date().toISOString() }],
          });
          const body = response.body as { answers?: { outcome: string; replay: boolean }[] };
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
    if (server && server.exitCode === null) {
      const exited = new Promise((resolve) => server!.once("exit", resolve));
      server.kill("SIGTERM");
      await exited;
    }
    await db.close();
    await scratch.drop();
  }
}

// The scanners' side: node:http on kept-alive connections, one per scanner, as a phone keeps its own.
// (fetch costs several times the CPU per request, and here the phones share the server's two cores.)
const agent = new http.Agent({ keepAlive: true, maxSockets: SCANNERS });

function post(url: string, cookie: string, json: unknown): Promise<{ status: number; body: unknown }> {
  const payload = Buffer.from(JSON.stringify(json));
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method: "POST", agent, headers: { cookie, "content-type": "application/json", "content-length": payload.length } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          try {
            resolve({ status: response.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) });
          } catch {
            resolve({ status: response.statusCode ?? 0, body: null });
          }
        });
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(payload);
  });
}

/** A port nothing listens on now, for the server to take. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

/** Resolves when the server prints that it has started; rejects if it exits first. */
function started(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("青城产教通已启动")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`server exited (${code}) before it started:\n${seen}`)));
  });
}

await main();
