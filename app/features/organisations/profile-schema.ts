import { z } from "zod";
import { CREDIT_CODE_MESSAGE, creditCodeProblem, normaliseCreditCode } from "~/lib/credit-code";
import { DISTRICTS } from "~/lib/districts";
import { MAX_ID } from "~/lib/ids";
import { oneOf, optionalText, phone, requiredText, website } from "~/lib/schemas";

/** The part of an organisation's record its own staff maintain; name, kind and ownership are the bureau's. */
export const OrganisationProfileSchema = z.object({
  district: oneOf("所在区县", DISTRICTS),
  address: requiredText("地址", 200),
  contactPhone: phone(),
  website,
  description: optionalText("简介", 2000, { lines: true }),
});
export type OrganisationProfile = z.infer<typeof OrganisationProfileSchema>;

/** Enterprise size classes (Prisma enum EnterpriseSize; 大型/中型/小型/微型 as the statistics bureau classes them). */
export const ENTERPRISE_SIZES = ["LARGE", "MEDIUM", "SMALL", "MICRO"] as const;

/**
 * 统一社会信用代码, optional until the bureau verifies enterprises (later): typed in lower case, in
 * full-width or with spaces is accepted and stored in the standard's form (normaliseCreditCode);
 * anything else must pass GB 32100-2015
 * (app/lib/credit-code.ts). Uniqueness across enterprises is the database's (Enterprise.creditCode @unique).
 */
const creditCode = z
  .string({ error: CREDIT_CODE_MESSAGE.format })
  .transform(normaliseCreditCode)
  .superRefine((v, ctx) => {
    const problem = creditCodeProblem(v);
    if (problem) ctx.addIssue({ code: "custom", message: CREDIT_CODE_MESSAGE[problem] });
  })
  .optional();

/** What an enterprise's staff maintain: the organisation's profile plus cluster, size, contact person and credit code. */
export const EnterpriseProfileSchema = OrganisationProfileSchema.extend({
  clusterId: z
    .number({ error: "请选择有效的产业集群" })
    .int("请选择有效的产业集群")
    .min(1, "请选择有效的产业集群")
    .max(MAX_ID, "请选择有效的产业集群"),
  size: oneOf("企业规模", ENTERPRISE_SIZES),
  contactName: requiredText("联系人", 50),
  creditCode,
});
export type EnterpriseProfile = z.infer<typeof EnterpriseProfileSchema>;

/** The bureau checked this code (issue 11 item 1): the standing rests on it, so its staff may not swap or clear it. */
export const CREDIT_CODE_CHECKED = "统一社会信用代码已由市教育局核验，不能自行修改；如需更正请联系市教育局";
export const CREDIT_CODE_TAKEN = "该统一社会信用代码已被其他企业登记，请核对；如确属本企业，请联系市教育局";
export const UNKNOWN_CLUSTER = "请选择有效的产业集群";
