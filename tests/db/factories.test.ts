import { describe, expect, it } from "vitest";
import { mayMove, type Side } from "~/features/applications/application-status";
import type { ApplicationStatus } from "~/generated/prisma/client";
import { ResumeSchema } from "~/features/resume/resume-schema";
import { HISTORY } from "../support/factories";
import { useTestDatabase } from "../support/test-database";

// The factories every suite builds on (tests/support/factories/): the records they make must be
// ones the platform itself could have made, or a suite would pass on data production never has.

const t = useTestDatabase();

describe("resume", () => {
  it.each(["phone", "wechat", "both"] as const)("with contact %s (and full) is one the résumé form accepts", async (contact) => {
    for (const full of [false, true]) {
      const { intro, skills, certificates, experience, phone, wechat } = await t.make.resume({ contact, full });
      const posted = Object.fromEntries(
        Object.entries({ intro, skills, certificates, experience, phone, wechat }).filter(([, v]) => v !== null),
      );
      expect(ResumeSchema.safeParse(posted).success).toBe(true);
    }
  });
});

describe("each factory alone", () => {
  it.each([
    "category",
    "cluster",
    "program",
    "school",
    "enterprise",
    "bureau",
    "student",
    "teacher",
    "certificate",
    "resume",
    "position",
    "application",
    "notification",
    "agreement",
    "orderClass",
    "trainingBase",
    "internshipPlacement",
    "teacherPlacement",
    "practiceDay",
    "certification",
    "consortium",
    "consortiumMember",
    "consortiumActivity",
    "jobFair",
    "fairBooth",
    "fairRegistration",
    "fairLead",
    "graduateDestination",
    "savedSearch",
  ] as const)("%s makes a valid record, and what it hangs off, from nothing", async (name) => {
    const record = await t.make[name]();
    expect(record.id).toEqual(expect.any(Number));
  });

  it("a user without an organisation gets one of the kind its role belongs to", async () => {
    const kinds = {
      STUDENT: "SECONDARY_SCHOOL",
      TEACHER: "SECONDARY_SCHOOL",
      SCHOOL_STAFF: "SECONDARY_SCHOOL",
      ENTERPRISE_STAFF: "ENTERPRISE",
      BUREAU_ADMIN: "BUREAU",
    } as const;
    for (const [role, kind] of Object.entries(kinds)) {
      const user = await t.make.user({ role: role as keyof typeof kinds });
      const organisation = await t.db.prisma.organisation.findUniqueOrThrow({ where: { id: user.organisationId } });
      expect([role, organisation.kind]).toEqual([role, kind]);
    }
  });

  it("a student with `account: true` has a STUDENT account at the student's own school", async () => {
    const school = await t.make.school();
    const student = await t.make.student({ schoolId: school.id, account: true });
    expect(student.user).toMatchObject({ role: "STUDENT", organisationId: school.id, id: student.userId });
  });
});

describe("application({ status })", () => {
  // Who makes each move: the enterprise decides, the student answers an offer or withdraws.
  const side = (to: ApplicationStatus): Side => (["ACCEPTED", "DECLINED", "WITHDRAWN"].includes(to) ? "student" : "enterprise");

  it.each(Object.keys(HISTORY) as ApplicationStatus[])("%s: a history of moves the platform allows, ending in that status", async (status) => {
    const application = await t.make.application({ status });
    const events = await t.db.prisma.applicationEvent.findMany({ where: { applicationId: application.id }, orderBy: { id: "asc" } });
    expect(application.status).toBe(status);
    expect(events[0]).toMatchObject({ fromStatus: null, toStatus: "SUBMITTED" });
    expect(events.at(-1)!.toStatus).toBe(status);
    for (const [i, event] of events.entries()) {
      if (i === 0) continue;
      expect(event.fromStatus).toBe(events[i - 1]!.toStatus);
      if (event.toStatus === "CLOSED") {
        // 岗位已关闭 is the platform's move when a position closes: from a waiting status, by neither side.
        expect(["SUBMITTED", "VIEWED", "INTERVIEW", "OFFER"]).toContain(event.fromStatus);
        expect(mayMove("enterprise", event.fromStatus!, "CLOSED") || mayMove("student", event.fromStatus!, "CLOSED")).toBe(false);
        continue;
      }
      expect(mayMove(side(event.toStatus), event.fromStatus!, event.toStatus)).toBe(true);
      expect(event.createdAt.getTime()).toBeGreaterThan(events[i - 1]!.createdAt.getTime());
    }
  });
});

describe("position({ indexed })", () => {
  const documentOf = (positionId: number) => t.db.prisma.positionSearchDocument.findUnique({ where: { positionId } });

  it("with indexed: true, the search index row is written in the position's transaction, fresh", async () => {
    const position = await t.make.position({ title: "中式面点师", indexed: true });
    expect(await documentOf(position.id)).toMatchObject({ stale: false, searchable: true, title: "中式面点师" });
  });

  it("without it, the migration's trigger leaves the row stale for the next search to refresh", async () => {
    const position = await t.make.position({ title: "西式面点师" });
    expect(await documentOf(position.id)).toMatchObject({ stale: true });
  });

  it("updatePosition with indexed keeps the row fresh: a closed position is no longer searchable", async () => {
    const position = await t.make.position({ indexed: true });
    await t.make.updatePosition(position.id, { status: "CLOSED" }, { indexed: true });
    expect(await documentOf(position.id)).toMatchObject({ stale: false, searchable: false });
  });
});
