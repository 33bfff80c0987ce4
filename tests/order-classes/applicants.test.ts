import { beforeAll, describe, expect, it } from "vitest";
import type { Client } from "../support/http";
import { classPath, useOrderClassWorld } from "./world";

// Who learns which students asked for a class and were not taken (PIPL minimisation, decision 0006):
// the enterprise and the bureau read the class's 已入班 members, their apprentices; the students who
// asked (待审核), were declined (未通过) or withdrew (已退出) are the school's business, read by its
// office and its teachers only.

const o = useOrderClassWorld();
const { w } = o;
let classId: number;
const names = {} as Record<"ENROLLED" | "REQUESTED" | "DECLINED" | "WITHDRAWN", string>;
const clients = {} as Record<"office" | "teacher" | "enterprise" | "bureau", Client>;

beforeAll(async () => {
  await o.setup();
  classId = (await o.orderClass()).id;
  for (const status of ["ENROLLED", "REQUESTED", "DECLINED", "WITHDRAWN"] as const) {
    const s = await w.student();
    names[status] = s.student.name;
    await w.db.prisma.orderClassMember.create({ data: { orderClassId: classId, studentId: s.student.id, status } });
  }
  const bureau = await w.make.bureau();
  Object.assign(clients, {
    office: o.extra.office,
    teacher: o.extra.teacher,
    enterprise: w.staff,
    bureau: await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: bureau.id })).id),
  });
});

describe("members by status on the class page", () => {
  it.each([
    ["office", true],
    ["teacher", true],
    ["enterprise", false],
    ["bureau", false],
  ] as const)("%s: 已入班 shown; 待审核 / 未通过 / 已退出 shown: %s", async (who, all) => {
    const html = await (await clients[who].get(classPath(classId))).text();
    expect(html).toContain(`>${names.ENROLLED}<`);
    for (const status of ["REQUESTED", "DECLINED", "WITHDRAWN"] as const) expect(html.includes(`>${names[status]}<`), status).toBe(all);
  });
});
