import { randomUUID } from "node:crypto";
import { passCode } from "~/lib/fair-pass.server";
import type { Client } from "../../support/http";
import type { TestAppHandle } from "../../support/test-app";

// The check-in suites' world: a school organising a RUNNING fair, its staff and a teacher at the
// entrance, and helpers to register students and post scans. Fairs held on fixed past days are made
// where a test needs exact edges (a scan's device time may not be ahead of the server's clock).

export const scansPath = (fairId: number) => `/fairs/${fairId}/check-in/scans`;

export type Scan = {
  code: string;
  nonce?: string;
  scannedAt?: string;
  offline?: boolean;
};

export async function postScans(
  client: Client,
  fairId: number,
  scans: Scan[] | unknown
) {
  const body = Array.isArray(scans)
    ? {
        scans: scans.map((s: Scan) => ({
          nonce: randomUUID(),
          scannedAt: new Date().toISOString(),
          ...s,
        })),
      }
    : scans;
  return client.request(scansPath(fairId), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
}

export type Answer = {
  nonce: string;
  outcome: string | null;
  message: string;
  replay: boolean;
  scannedAt: string;
  student?: { name: string; school: string; program: string };
  checkedInAt?: string;
  checkedInBy?: string | null;
};

/** Posts one scan and returns its answer (the request must succeed). */
export async function scanOne(
  client: Client,
  fairId: number,
  scan: Scan
): Promise<Answer> {
  const response = await postScans(client, fairId, [scan]);
  if (response.status !== 200)
    throw new Error(
      `scan answered ${response.status}: ${await response.text()}`
    );
  const { answers } = (await response.json()) as { answers: Answer[] };
  return answers[0]!;
}

export async function checkInWorld(t: TestAppHandle) {
  const school = await t.make.school();
  const staffUser = await t.make.user({
    role: "SCHOOL_STAFF",
    organisationId: school.id,
    displayName: "入口甲",
  });
  const staff2User = await t.make.user({
    role: "SCHOOL_STAFF",
    organisationId: school.id,
    displayName: "入口乙",
  });
  const teacherUser = await t.make.user({
    role: "TEACHER",
    organisationId: school.id,
  });
  const fair = await t.make.jobFair({ organiserId: school.id, running: true });
  const registered = async (
    fairId = fair.id,
    traits: { cancelledAt?: Date } = {}
  ) => {
    const student = await t.make.student({
      schoolId: school.id,
      account: true,
    });
    const registration = await t.make.fairRegistration({
      fairId,
      studentId: student.id,
      ...traits,
    });
    return {
      student,
      registration,
      code: passCode({
        fairId,
        registrationId: registration.id,
        studentId: student.id,
      }),
    };
  };
  return {
    school,
    fair,
    staffUser,
    staff: await t.clientFor(staffUser.id),
    staff2: await t.clientFor(staff2User.id),
    teacher: await t.clientFor(teacherUser.id),
    registered,
  };
}
