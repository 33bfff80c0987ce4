import { describe, expect, it } from "vitest";
import { useApplicationWorld } from "../support/application-world";
import { validCreditCode } from "./support";

// The bureau verifies an enterprise by its 统一社会信用代码 (issue 11 item 1). Once it has looked at one
// (已核验 or 已暂停), the code it checked is what the standing rests on: the enterprise's staff may not
// swap it for another or clear it on the profile form, or a verified standing would carry over to an
// identity nobody checked. While 待核验 the code is the enterprise's to correct.

const w = useApplicationWorld();

const profile = (creditCode: string) => ({
  district: "HUIMIN",
  address: "呼和浩特市回民区中山西路 1 号",
  contactName: "李经理",
  contactPhone: "0471-6900000",
  clusterId: String(w.cluster.id),
  size: "LARGE",
  creditCode,
});

async function staffOf(organisationId: number) {
  return w.clientFor((await w.make.user({ role: "ENTERPRISE_STAFF", organisationId })).id);
}
const codeOf = async (id: number) => (await w.db.prisma.enterprise.findUniqueOrThrow({ where: { organisationId: id } })).creditCode;

describe("the credit code the bureau checked", () => {
  for (const standing of ["VERIFIED", "SUSPENDED"] as const) {
    it(`${standing}: another code or none is refused in Chinese (400), nothing written; the same code saves`, async () => {
      const checked = validCreditCode();
      const e = await w.make.enterprise({ standing, creditCode: checked, clusterId: w.cluster.id });
      const client = await staffOf(e.id);
      for (const typed of [validCreditCode(), ""]) {
        const response = await client.post(`/organisations/${e.id}/edit`, profile(typed));
        expect(response.status, typed).toBe(400);
        expect(await response.text()).toContain("统一社会信用代码已由市教育局核验");
        expect(await codeOf(e.id)).toBe(checked);
      }
      expect((await client.post(`/organisations/${e.id}/edit`, profile(checked.toLowerCase()))).status).toBe(302);
      expect(await codeOf(e.id)).toBe(checked);
    });
  }

  it("UNVERIFIED: the enterprise corrects or clears its code", async () => {
    const e = await w.make.enterprise({ standing: "UNVERIFIED", creditCode: validCreditCode(), clusterId: w.cluster.id });
    const client = await staffOf(e.id);
    const corrected = validCreditCode();
    expect((await client.post(`/organisations/${e.id}/edit`, profile(corrected))).status).toBe(302);
    expect(await codeOf(e.id)).toBe(corrected);
    expect((await client.post(`/organisations/${e.id}/edit`, profile(""))).status).toBe(302);
    expect(await codeOf(e.id)).toBeNull();
  });
});
