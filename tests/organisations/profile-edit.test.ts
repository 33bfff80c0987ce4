import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "~/generated/prisma/client";
import { useTestApp } from "../support/test-app";

const t = useTestApp();
let org: Record<"school" | "otherSchool" | "enterprise" | "otherEnterprise" | "bureau", number>;
/** An enterprise's form asks for its cluster, size and contact person too. */
let enterpriseFields: Record<string, string>;

beforeAll(async () => {
  enterpriseFields = { clusterId: String((await t.make.cluster()).id), size: "MEDIUM", contactName: "王经理" };
  org = {
    school: (await t.make.school()).id,
    otherSchool: (await t.make.school()).id,
    enterprise: (await t.make.enterprise()).id,
    otherEnterprise: (await t.make.enterprise()).id,
    bureau: (await t.make.bureau()).id,
  };
});

const validProfile = {
  district: "SAIHAN",
  address: "呼和浩特市赛罕区大学东街 1 号",
  contactPhone: "0471-4606403",
  website: "https://example.cn",
  description: "校企合作示范单位",
};

const snapshot = (id: number) =>
  t.db.prisma.organisation.findUniqueOrThrow({
    where: { id },
    select: { district: true, address: true, contactPhone: true, website: true, description: true },
  });

async function clientAs(role: Role, home: keyof typeof org) {
  const user = await t.make.user({ role, organisationId: org[home] });
  return t.clientFor(user.id);
}

// Who may edit which organisation's profile: staff their own, the bureau any, nobody else.
const matrix: Array<[Role, keyof typeof org, keyof typeof org, boolean]> = [
  ["BUREAU_ADMIN", "bureau", "school", true],
  ["BUREAU_ADMIN", "bureau", "enterprise", true],
  ["SCHOOL_STAFF", "school", "school", true],
  ["SCHOOL_STAFF", "school", "otherSchool", false],
  ["SCHOOL_STAFF", "school", "enterprise", false],
  ["ENTERPRISE_STAFF", "enterprise", "enterprise", true],
  ["ENTERPRISE_STAFF", "enterprise", "otherEnterprise", false],
  ["ENTERPRISE_STAFF", "enterprise", "school", false],
  ["TEACHER", "school", "school", false],
  ["STUDENT", "school", "school", false],
  ["STUDENT", "school", "enterprise", false],
];

describe("organisation profile: permission matrix", () => {
  it.each(matrix)("%s of %s editing %s → allowed: %s", async (role, home, target, allowed) => {
    const client = await clientAs(role, home);
    const path = `/organisations/${org[target]}/edit`;
    const before = await snapshot(org[target]);

    const page = await client.get(path);
    expect(page.status).toBe(allowed ? 200 : 403);

    const address = `新地址 ${role}-${home}-${target}`;
    const fields = target === "enterprise" || target === "otherEnterprise" ? { ...validProfile, ...enterpriseFields } : validProfile;
    const response = await client.post(path, { ...fields, address });
    if (allowed) {
      expect(response.status).toBe(302);
      expect((await snapshot(org[target])).address).toBe(address);
    } else {
      expect(response.status).toBe(403);
      expect(await response.text()).toContain("你没有权限");
      expect(await snapshot(org[target])).toEqual(before);
    }
  });

  it("an unknown or malformed organisation id is 404, not 500", async () => {
    const client = await clientAs("BUREAU_ADMIN", "bureau");
    expect((await client.get("/organisations/999999/edit")).status).toBe(404);
    expect((await client.get("/organisations/abc/edit")).status).toBe(404);
    expect((await client.post("/organisations/-1/edit", validProfile)).status).toBe(404);
  });
});

describe("organisation profile: bad input", () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ["missing address", { ...validProfile, address: "" }, "请填写地址"],
    ["missing phone", { district: "SAIHAN", address: "某地" }, "请填写联系电话"],
    ["missing district", { ...validProfile, district: "" }, "请选择有效的所在区县"],
    ["unknown district", { ...validProfile, district: "MOON" }, "请选择有效的所在区县"],
    ["letters as phone", { ...validProfile, contactPhone: "call me maybe" }, "请输入有效的联系电话"],
    ["website without scheme", { ...validProfile, website: "javascript:alert(1)" }, "网址须以 http:// 或 https:// 开头"],
    ["10 kB address", { ...validProfile, address: "长".repeat(10_000) }, "地址不能超过 200 个字符"],
    ["10 kB description", { ...validProfile, description: "长".repeat(10_000) }, "简介不能超过 2000 个字符"],
    ["script in description", { ...validProfile, description: "<script>alert(1)</script>" }, "简介不能包含 HTML 标签"],
    ["markup in address", { ...validProfile, address: '<img src=x onerror="alert(1)">' }, "地址不能包含 HTML 标签"],
  ];
  it.each(cases)("%s → 400 with a Chinese message and nothing written", async (_name, fields, message) => {
    const client = await clientAs("SCHOOL_STAFF", "school");
    const before = await snapshot(org.school);
    const response = await client.post(`/organisations/${org.school}/edit`, fields);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain(message);
    expect(await snapshot(org.school)).toEqual(before);
  });

  it("a field posted twice (an array where text is expected) → 400, not 500", async () => {
    const client = await clientAs("SCHOOL_STAFF", "school");
    const response = await client.post(`/organisations/${org.school}/edit`, { ...validProfile, address: ["一", "二"] });
    expect(response.status).toBe(400);
  });
});
