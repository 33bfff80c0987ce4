import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import type { Database } from "~/db/database.server";
import { currentCohort } from "~/features/applications/eligibility";
import { createTestDatabase, destroyTestDatabase, serverUrlOf } from "../support/database";
import { dayFromToday } from "../support/dates";
import { makeFactories, TEST_PASSWORD, type Factories } from "../support/factories";
import { describeOnPostgres } from "../support/postgres-only";

// The README's way to grow: several instances of the app on one PostgreSQL, sharing SESSION_SECRET.
// Two real server processes (server.ts, as `npm start` runs it) on a database of this file's own:
// a session made through one is good on the other, signing out on one ends it on both, and two
// students racing for the last place through different instances leave exactly one accepted.
// PostgreSQL only: PGlite is one process's embedded database, so two instances cannot share it.

const SESSION_SECRET = "two-instances-test-secret";
const STARTUP_MS = 120_000;

type Instance = { name: string; url: string; child: ChildProcess; output: string[] };

/** A browser-less visitor of one instance: keeps every cookie it is given, never follows redirects. */
class Visitor {
  constructor(
    public cookies: Map<string, string>,
    readonly baseUrl: string,
  ) {}

  /** The same cookies, sent to another instance. */
  at(instance: Instance): Visitor {
    return new Visitor(new Map(this.cookies), instance.url);
  }

  async request(pathname: string, body?: Record<string, string>): Promise<Response> {
    const headers: Record<string, string> = {
      cookie: [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; "),
    };
    const response = await fetch(this.baseUrl + pathname, {
      method: body ? "POST" : "GET",
      body: body ? new URLSearchParams(body) : undefined,
      headers,
      redirect: "manual",
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  }
}

async function signIn(instance: Instance, username: string): Promise<Visitor> {
  const visitor = new Visitor(new Map(), instance.url);
  const response = await visitor.request("/login", { username, password: TEST_PASSWORD, redirectTo: "/" });
  expect(response.status, `sign-in of ${username} through ${instance.name}`).toBe(302);
  expect(response.headers.get("location")).toBe("/");
  return visitor;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.once("error", reject);
  });
}

/** server.ts in a process of its own, on a free port, over `databaseUrl`; resolves once it answers HTTP. */
async function startInstance(name: string, databaseUrl: string, started: Instance[]): Promise<Instance> {
  const port = await freePort();
  // node --import tsx rather than the tsx CLI: one process, so the kill in afterAll reaches the server itself.
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts"], {
    cwd: path.resolve("."),
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      SESSION_SECRET,
      // Not NODE_ENV=production: that marks cookies Secure, which a client on plain http must not send back.
      NODE_ENV: "test",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const instance: Instance = { name, url: `http://127.0.0.1:${port}`, child, output: [] };
  started.push(instance);
  child.stdout!.on("data", (chunk: Buffer) => instance.output.push(chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => instance.output.push(chunk.toString()));
  const deadline = Date.now() + STARTUP_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited (${child.exitCode}):\n${instance.output.join("")}`);
    try {
      if ((await fetch(`${instance.url}/login`, { redirect: "manual" })).status === 200) return instance;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${name} did not answer within ${STARTUP_MS / 1000} s:\n${instance.output.join("")}`);
}

async function stop(instance: Instance): Promise<void> {
  const { child } = instance;
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
  await exited;
  clearTimeout(killer);
}

describeOnPostgres("two app instances on one PostgreSQL", () => {
  let db: Database | undefined;
  const instances: Instance[] = [];
  let a: Instance;
  let b: Instance;
  let make: Factories;
  let schoolId: number;
  let enterpriseId: number;

  beforeAll(async () => {
    db = await createTestDatabase();
    make = makeFactories(db);
    const url = serverUrlOf(db)!;
    [a, b] = await Promise.all([startInstance("instance A", url, instances), startInstance("instance B", url, instances)]);
    schoolId = (await make.school()).id;
    enterpriseId = (await make.enterprise()).id;
  }, 2 * STARTUP_MS);

  // Registered before any test can fail, and run whatever happened: no server process outlives the file.
  afterAll(async () => {
    await Promise.all(instances.map(stop));
    if (db) await destroyTestDatabase(db);
  });

  it("a session made through A is good on B; signing out on B ends it on A too", async () => {
    const user = await make.user({ role: "SCHOOL_STAFF", organisationId: schoolId });
    expect((await new Visitor(new Map(), a.url).request("/account")).status).toBe(302); // a visitor is sent to sign in

    const onA = await signIn(a, user.username);
    const onB = onA.at(b);
    const account = await onB.request("/account");
    expect(account.status).toBe(200);
    expect(await account.text()).toContain(user.username);

    const staleCookies = new Map(onB.cookies); // what a second tab on A still holds
    const out = await onB.request("/logout", {});
    expect(out.status).toBe(302);
    expect(out.headers.get("location")).toBe("/login");

    const stale = new Visitor(staleCookies, a.url);
    const refused = await stale.request("/account");
    expect(refused.status).toBe(302);
    expect(refused.headers.get("location")).toMatch(/^\/login/);
  });

  it("two students accepting the last place through different instances: one wins, the position closes", async () => {
    for (let round = 0; round < 3; round++) {
      const position = await make.position({ enterpriseId, headcount: 1 });
      const rivals = [];
      for (const instance of [a, b]) {
        const user = await make.user({ role: "STUDENT", organisationId: schoolId });
        // A second-year student, as the applications suites make them: one who may take a place.
        const student = await make.student({ schoolId, userId: user.id, cohortYear: currentCohort(dayFromToday(0)) - 1 });
        const offer = await make.application({ positionId: position.id, studentId: student.id, status: "OFFER" });
        rivals.push({ visitor: await signIn(instance, user.username), offer });
      }
      const responses = await Promise.all(
        rivals.map(({ visitor, offer }) =>
          visitor.request("/applications", { confirm: "yes", intent: "accept", applicationId: String(offer.id) }),
        ),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
      expect(await db!.prisma.application.count({ where: { positionId: position.id, status: "ACCEPTED" } })).toBe(1);
      expect((await db!.prisma.position.findUniqueOrThrow({ where: { id: position.id } })).status).toBe("CLOSED");
      expect(await db!.prisma.positionChange.count({ where: { positionId: position.id } })).toBe(1);
    }
  });

  it("an order-class's last seats approved through both instances at once: exactly the seats left, never more", async () => {
    // Issue 11 item 3: the class's row lock holds across app processes, since it is the database's.
    const office = await make.user({ role: "SCHOOL_STAFF", organisationId: schoolId });
    const onA = await signIn(a, office.username);
    const onB = onA.at(b);
    const offering = await make.schoolProgram({ schoolId });
    const agreement = await make.agreement({ schoolId, enterpriseId, kind: "ORDER_CLASS" });
    const cohortYear = currentCohort(dayFromToday(0)) - 1;
    const orderClass = await make.orderClass({ schoolId, enterpriseId, agreementId: agreement.id, schoolProgramId: offering.id, cohortYear, capacity: 5 });
    const student = () => make.student({ schoolId, schoolProgramId: offering.id, cohortYear });
    for (let i = 0; i < 3; i++) {
      await db!.prisma.orderClassMember.create({ data: { orderClassId: orderClass.id, studentId: (await student()).id, status: "ENROLLED" } });
    }
    const requests = [];
    for (let i = 0; i < 20; i++) {
      requests.push(await db!.prisma.orderClassMember.create({ data: { orderClassId: orderClass.id, studentId: (await student()).id, status: "REQUESTED" } }));
    }
    const responses = await Promise.all(
      requests.map((m, i) => (i % 2 === 0 ? onA : onB).request(`/order-classes/${orderClass.id}`, { intent: "approve", memberId: String(m.id) })),
    );
    expect(responses.filter((r) => r.status === 302)).toHaveLength(2);
    expect(responses.filter((r) => r.status === 400)).toHaveLength(18);
    expect(await db!.prisma.orderClassMember.count({ where: { orderClassId: orderClass.id, status: "ENROLLED" } })).toBe(5);
  });
});
