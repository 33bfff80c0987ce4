import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/client";
import { describeOnPostgres } from "../support/postgres-only";
import { useTestApp } from "../support/test-app";

// An enterprise's own profile (issue 9 item 5): cluster, size, district, address, contact person and
// phone, website, 统一社会信用代码 (GB 32100-2015, checked in tests/lib/credit-code.test.ts; here
// through the form) unique across enterprises.

const t = useTestApp();
let enterprise: number;
let clusterId: number;

// Codes from real business licences (tests/lib/credit-code.test.ts says whose).
const TENCENT = "91440300708461136T";
const HUAWEI = "914403001922038216";

beforeAll(async () => {
  clusterId = (await t.make.cluster()).id;
  enterprise = (await t.make.enterprise()).id;
});

const valid = () => ({
  district: "HUIMIN",
  address: "呼和浩特市回民区中山西路 1 号",
  contactName: "李经理",
  contactPhone: "0471-6900000",
  website: "https://example.cn",
  description: "酒店与餐饮",
  clusterId: String(clusterId),
  size: "LARGE",
  creditCode: "",
});

const snapshot = (id: number) =>
  t.db.prisma.organisation.findUniqueOrThrow({
    where: { id },
    select: {
      district: true,
      address: true,
      contactName: true,
      contactPhone: true,
      website: true,
      description: true,
      enterprise: { select: { clusterId: true, size: true, creditCode: true } },
    },
  });

async function staffOf(organisationId: number, role: Role = "ENTERPRISE_STAFF") {
  return t.clientFor((await t.make.user({ role, organisationId })).id);
}

describe("enterprise profile: saving", () => {
  it("staff set cluster, size, district, address, contact, website and credit code; the company page shows them", async () => {
    const id = (await t.make.enterprise()).id;
    const client = await staffOf(id);
    const form = await (await client.get(`/organisations/${id}/edit`)).text();
    for (const label of ["产业集群", "企业规模", "所在区县", "地址", "联系人", "联系电话", "网址", "统一社会信用代码"]) expect(form).toContain(label);

    const response = await client.post(`/organisations/${id}/edit`, { ...valid(), creditCode: ` ${TENCENT.toLowerCase()} ` });
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe(`/enterprises/${id}?saved=1`);
    expect(await snapshot(id)).toEqual({
      district: "HUIMIN",
      address: "呼和浩特市回民区中山西路 1 号",
      contactName: "李经理",
      contactPhone: "0471-6900000",
      website: "https://example.cn",
      description: "酒店与餐饮",
      enterprise: { clusterId, size: "LARGE", creditCode: TENCENT },
    });
    const page = await (await client.get(`/enterprises/${id}`)).text();
    for (const shown of ["李经理", "0471-6900000", TENCENT, "大型"]) expect(page).toContain(shown);
  });

  it("a code typed in full-width (a Chinese IME's 全角) or in groups with spaces is the same code, stored in the standard's form", async () => {
    const fullWidth = [...TENCENT].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(""); // ９１４４…Ｔ
    const cases: Array<[string, string]> = [
      [fullWidth, TENCENT],
      ["9144 0300 1922 0382 16", HUAWEI],
      [`\u3000${TENCENT.toLowerCase()}\u3000`, TENCENT],
    ];
    for (const [typed, stored] of cases) {
      // A code belongs to one enterprise (other tests here save these too): free it first.
      await t.db.prisma.enterprise.updateMany({ where: { creditCode: stored }, data: { creditCode: null } });
      const id = (await t.make.enterprise()).id;
      const response = await (await staffOf(id)).post(`/organisations/${id}/edit`, { ...valid(), creditCode: typed });
      expect(response.status, typed).toBe(302);
      expect((await snapshot(id)).enterprise?.creditCode, typed).toBe(stored);
    }
    await t.db.prisma.enterprise.updateMany({ where: { creditCode: { in: [TENCENT, HUAWEI] } }, data: { creditCode: null } });
  });

  it("an empty credit code clears it (optional until the bureau verifies enterprises: tests/standing/credit-code-locked.test.ts)", async () => {
    const id = (await t.make.enterprise({ creditCode: HUAWEI, standing: "UNVERIFIED" })).id;
    const response = await (await staffOf(id)).post(`/organisations/${id}/edit`, valid());
    expect(response.status).toBe(302);
    expect((await snapshot(id)).enterprise?.creditCode).toBeNull();
  });
});

describe("enterprise profile: bad input → 400, a Chinese message, nothing written", () => {
  const cases: Array<[string, Record<string, string | string[]>, string]> = [
    ["missing cluster", { clusterId: "" }, "请选择有效的产业集群"],
    ["cluster not a number", { clusterId: "abc" }, "请选择有效的产业集群"],
    ["cluster that does not exist", { clusterId: "2147483647" }, "请选择有效的产业集群"],
    ["cluster beyond the id range", { clusterId: "99999999999" }, "请选择有效的产业集群"],
    ["negative cluster", { clusterId: "-3" }, "请选择有效的产业集群"],
    ["missing size", { size: "" }, "请选择有效的企业规模"],
    ["unknown size", { size: "HUGE" }, "请选择有效的企业规模"],
    ["missing contact person", { contactName: "" }, "请填写联系人"],
    ["huge contact person", { contactName: "长".repeat(10_000) }, "联系人不能超过 50 个字符"],
    ["control character in contact person", { contactName: "李\u0000经理" }, "联系人不能包含控制字符"],
    ["markup in contact person", { contactName: "<b>李</b>" }, "联系人不能包含 HTML 标签"],
    ["credit code too short", { creditCode: "9144030070846113" }, "统一社会信用代码应为 18 位"],
    ["credit code with letter O", { creditCode: "9144030070846113OT" }, "统一社会信用代码应为 18 位"],
    ["credit code one character off", { creditCode: "91440300708461137T" }, "统一社会信用代码校验位不正确"],
    ["credit code with wrong check character", { creditCode: "91440300708461136U" }, "统一社会信用代码校验位不正确"],
    ["huge credit code", { creditCode: "9".repeat(100_000) }, "统一社会信用代码应为 18 位"],
    ["control character in credit code", { creditCode: "91440300708461136\u0007" }, "统一社会信用代码应为 18 位"],
    ["markup in credit code", { creditCode: "<script>1</script>" }, "统一社会信用代码应为 18 位"],
    ["credit code posted twice", { creditCode: [TENCENT, HUAWEI] }, "统一社会信用代码应为 18 位"],
  ];
  it.each(cases)("%s", async (_name, change, message) => {
    const client = await staffOf(enterprise);
    const before = await snapshot(enterprise);
    const response = await client.post(`/organisations/${enterprise}/edit`, { ...valid(), ...change });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await snapshot(enterprise)).toEqual(before);
  });
});

describe("enterprise profile: who may edit", () => {
  it("another enterprise's staff, school staff, teachers and students are refused and nothing is written", async () => {
    const school = (await t.make.school()).id;
    const other = (await t.make.enterprise()).id;
    const refused = [await staffOf(other), await staffOf(school, "SCHOOL_STAFF"), await staffOf(school, "TEACHER"), await staffOf(school, "STUDENT"), await staffOf(enterprise, "STUDENT")];
    for (const client of refused) {
      const before = await snapshot(enterprise);
      expect((await client.get(`/organisations/${enterprise}/edit`)).status).toBe(403);
      expect((await client.post(`/organisations/${enterprise}/edit`, { ...valid(), contactName: "冒名者" })).status).toBe(403);
      expect(await snapshot(enterprise)).toEqual(before);
    }
  });

  it("an enterprise's page offers 编辑企业资料 to its own staff only", async () => {
    const own = await (await staffOf(enterprise)).get(`/enterprises/${enterprise}`);
    expect(await own.text()).toContain(`/organisations/${enterprise}/edit`);
    const other = await (await staffOf((await t.make.enterprise()).id)).get(`/enterprises/${enterprise}`);
    expect(await other.text()).not.toContain(`/organisations/${enterprise}/edit`);
  });
});

describe("enterprise profile: a credit code belongs to one enterprise", () => {
  it("a code another enterprise holds → 400 with a Chinese message, nothing written", async () => {
    await t.make.enterprise({ creditCode: "91110108558521630L" });
    const id = (await t.make.enterprise()).id;
    const before = await snapshot(id);
    const response = await (await staffOf(id)).post(`/organisations/${id}/edit`, { ...valid(), creditCode: "91110108558521630L" });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain("该统一社会信用代码已被其他企业登记");
    expect(await snapshot(id)).toEqual(before);
  });

  it("saving one's own code again is not a conflict", async () => {
    const id = (await t.make.enterprise({ creditCode: "91330100716105852F" })).id;
    const response = await (await staffOf(id)).post(`/organisations/${id}/edit`, { ...valid(), creditCode: "91330100716105852F" });
    expect(response.status).toBe(302);
  });
});

describeOnPostgres("enterprise profile: two enterprises saving the same credit code at once", () => {
  it("exactly one keeps it; the other gets the Chinese message, never a 500", async () => {
    for (let round = 0; round < 5; round++) {
      const code = ["91110000802100433B", "91350100M000100Y43"][round % 2]!;
      await t.db.prisma.enterprise.updateMany({ where: { creditCode: code }, data: { creditCode: null } });
      const ids = [(await t.make.enterprise()).id, (await t.make.enterprise()).id];
      const clients = await Promise.all(ids.map((id) => staffOf(id)));
      const responses = await Promise.all(clients.map((c, i) => c.post(`/organisations/${ids[i]}/edit`, { ...valid(), creditCode: code })));
      expect(responses.map((r) => r.status).sort()).toEqual([302, 400]);
      const loser = responses.find((r) => r.status === 400)!;
      expect(await loser.text()).toContain("该统一社会信用代码已被其他企业登记");
      expect(await t.db.prisma.enterprise.count({ where: { creditCode: code } })).toBe(1);
    }
  });
});
