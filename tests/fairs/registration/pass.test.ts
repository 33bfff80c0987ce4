import { beforeAll, describe, expect, it } from "vitest";
import { readPass } from "~/lib/fair-pass.server";
import type { WorldStudent } from "../../support/application-world";
import { decodeQrSvg } from "./qr";
import { useFairWorld } from "./world";

// The 入场码 page (issue 12 item 3): the student's own registration only, everyone else 404; the QR
// really holds the pass (decoded here with zxing from the served SVG, error correction M); the code as
// text grouped for reading aloud; the student's name, school and program; the fair's title, place and
// days; a cancelled registration says so and shows no code.

const f = useFairWorld();
const { w } = f;
let fairId: number;
let registrationId: number;
let owner: WorldStudent;

const passPath = (id: number) => `/fairs/${id}/pass`;

beforeAll(async () => {
  const fair = await f.fair({
    title: "携手名企 职引未来",
    venue: "内蒙古商贸职业学院体育馆",
    startsAt: new Date("2026-12-14T01:00:00Z"), // 09:00 in Hohhot
    endsAt: new Date("2026-12-15T09:00:00Z"), // 17:00 the next day
  });
  fairId = fair.id;
  owner = await w.student();
  registrationId = (await w.make.fairRegistration({ fairId, studentId: owner.student.id })).id;
});

function svgOf(html: string): string {
  const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0];
  if (!svg) throw new Error("no SVG on the page");
  return svg.replace(/&quot;/g, '"');
}
const codeOf = (html: string) => /data-code="([^"]+)"/.exec(html)?.[1];

describe("the student's own pass", () => {
  let html: string;
  beforeAll(async () => {
    const response = await owner.client.get(passPath(fairId));
    expect(response.status).toBe(200);
    html = await response.text();
  });

  it("its QR decodes, with error correction M, to a pass naming this fair and registration, signed for this student", () => {
    const decoded = decodeQrSvg(svgOf(html));
    expect(decoded.errorCorrection).toBe("M");
    expect(decoded.text).toBe(codeOf(html));
    const pass = readPass(decoded.text);
    expect(pass).toMatchObject({ fairId, registrationId });
    expect(pass!.verify(owner.student.id)).toBe(true);
    expect(pass!.verify(owner.student.id + 1)).toBe(false);
  });

  it("shows the code grouped for reading aloud, and the grouped form is still read as the pass", () => {
    const code = codeOf(html)!;
    expect(code).toMatch(/^F\d+-R\d+-[0-9A-Z]{10}$/);
    const grouped = `${code.slice(0, -5)} ${code.slice(-5)}`;
    expect(html).toContain(grouped);
    expect(readPass(grouped)?.verify(owner.student.id)).toBe(true);
  });

  it("names the student, school, program, the fair, its place and its days in Hohhot", async () => {
    const school = await w.db.prisma.organisation.findUniqueOrThrow({ where: { id: w.school.id } });
    for (const text of [owner.student.name, school.name, w.program.name, "携手名企 职引未来", "内蒙古商贸职业学院体育馆", "有效日期：2026-12-14 至 2026-12-15", "打印"]) {
      expect(html).toContain(text);
    }
  });
});

describe("who may open it", () => {
  it("another student, the school's office and teacher, the enterprise and the bureau are told it does not exist (404)", async () => {
    const office = await w.clientFor((await w.make.user({ role: "SCHOOL_STAFF", organisationId: w.school.id })).id);
    const teacher = await w.clientFor((await w.make.user({ role: "TEACHER", organisationId: w.school.id })).id);
    const bureau = await w.clientFor((await w.make.user({ role: "BUREAU_ADMIN", organisationId: (await w.make.bureau()).id })).id);
    const classmate = (await w.student()).client;
    for (const client of [classmate, office, teacher, w.staff, bureau]) {
      const response = await client.get(passPath(fairId));
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain(owner.student.name);
    }
  });

  it("a visitor is sent to sign in; a missing fair or a garbage id is 404", async () => {
    const visitor = await w.visitor().get(passPath(fairId));
    expect(visitor.status).toBe(302);
    expect((await owner.client.get(passPath(2_147_483_647))).status).toBe(404);
    expect((await owner.client.get("/fairs/abc/pass")).status).toBe(404);
  });
});

describe("a pass that is void", () => {
  it("a cancelled registration says so and carries no code", async () => {
    const s = await w.student();
    await w.make.fairRegistration({ fairId, studentId: s.student.id, cancelledAt: new Date() });
    const html = await (await s.client.get(passPath(fairId))).text();
    expect(html).toContain("你已取消报名，入场码无效。");
    expect(html).not.toContain("<svg");
    expect(html).not.toMatch(/F\d+-R\d+-/);
  });

  it("a cancelled fair says so and carries no code", async () => {
    const fair = await f.fair({ status: "CANCELLED", cancelReason: "场地维修" });
    const s = await w.student();
    await w.make.fairRegistration({ fairId: fair.id, studentId: s.student.id });
    const html = await (await s.client.get(passPath(fair.id))).text();
    expect(html).toContain("本场招聘会已取消，入场码无效。");
    expect(html).not.toContain("<svg");
  });
});
