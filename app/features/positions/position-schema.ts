import { z } from "zod";
import { confirmField } from "~/lib/confirm";
import { MIN_STUDENT_AGE } from "~/features/applications";
import { DISTRICTS } from "~/lib/districts";
import { isoDay, oneOf, optionalList, optionalText, requiredText } from "~/lib/schemas";
import { HOHHOT, isHohhotWithMore, storedCity } from "~/lib/work-city";

export { isoDay };

// One schema for the browser and the server. It needs the reference data a form offers (which
// clusters, programs and categories exist, which are medical) and today's date, so both sides
// build it from the same PositionFormContext: the loader hands the context to the page.

export const POSITION_KINDS = ["JOB", "INTERNSHIP", "APPRENTICESHIP"] as const;

/** 岗位实习 normally lasts 6 months; medical programs may run 8–10. */
export const INTERNSHIP_MONTHS = 6;
export const MEDICAL_INTERNSHIP_MONTHS = 10;

export type PositionOptions = {
  clusters: Array<{ id: number; name: string }>;
  categories: Array<{ id: number; name: string; medical: boolean }>;
  programs: Array<{ id: number; name: string; categoryId: number }>;
};

export type PositionFormContext = { today: string; options: PositionOptions };

const wholeNumber = (label: string, min: number, max: number, minMessage = `${label}不能小于 ${min}`) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为整数`) })
    .int(`${label}须为整数`)
    .min(min, minMessage)
    .max(max, `${label}不能大于 ${max}`);

const referenceId = (message: string) => z.number({ error: message }).int(message);

/** A city's name: Chinese characters or Latin letters (a middle dot or a space between), at most 20. */
const CITY_NAME = /^[\p{Script=Han}A-Za-z][\p{Script=Han}A-Za-z· ]*$/u;

/**
 * 工作城市: empty or Hohhot in any of its typed forms (app/lib/work-city.ts) means Hohhot and becomes
 * undefined (stored as null); Hohhot with a district after it is refused (the district has its own
 * field); any other name is a city outside Hohhot (docs/decisions/0010).
 */
const workCity = optionalText("工作城市", 20)
  .refine((v) => v === undefined || v === "" || CITY_NAME.test(v), "工作城市只能包含汉字或字母")
  .refine((v) => v === undefined || !isHohhotWithMore(v), `工作城市只填城市名；${HOHHOT}的区县请在「工作区县」中选择`)
  .transform((v) => storedCity(v) ?? undefined);

const CERTIFICATE_SEPARATORS = /[,，、;；\n\r]+/;
/** Wanted certificates are typed as one text, one per line or separated by commas. */
export const splitCertificates = (text: string | undefined) =>
  (text ?? "")
    .split(CERTIFICATE_SEPARATORS)
    .map((c) => c.trim())
    .filter(Boolean);

export function positionFieldsSchema<I extends string>(context: PositionFormContext, intent: I) {
  const { options, today } = context;
  const has = (list: Array<{ id: number }>) => (id: number) => list.some((item) => item.id === id);
  return z
    .object({
      intent: z.literal(intent, { error: "未知的操作" }),
      title: requiredText("岗位名称", 80),
      kind: oneOf("岗位类型", POSITION_KINDS),
      description: requiredText("岗位描述", 5000, { lines: true }),
      clusterId: referenceId("请选择有效的产业集群").refine(has(options.clusters), "请选择有效的产业集群").optional(),
      // Both lists may be empty (a position open to every program), so neither is required in the browser.
      programIds: optionalList(referenceId("所选专业不存在"), 30, "最多选择 30 个专业").refine(
        (ids) => ids.every(has(options.programs)),
        "所选专业不存在",
      ),
      categoryIds: optionalList(referenceId("所选专业大类不存在"), 20, "最多选择 20 个专业大类").refine(
        (ids) => ids.every(has(options.categories)),
        "所选专业大类不存在",
      ),
      headcount: wholeNumber("招收人数", 1, 10_000, "招收人数至少为 1"),
      city: workCity,
      district: oneOf("工作区县", DISTRICTS).optional(),
      address: optionalText("工作地址", 200),
      payMin: wholeNumber("月薪下限", 0, 1_000_000).optional(),
      payMax: wholeNumber("月薪上限", 0, 1_000_000).optional(),
      startDate: isoDay("到岗日期").optional(),
      durationMonths: wholeNumber("时长（月）", 1, 60).optional(),
      minAge: wholeNumber("最低年龄", MIN_STUDENT_AGE, 60, `最低年龄不能低于 ${MIN_STUDENT_AGE} 周岁`).optional(),
      wantedCertificates: optionalText("证书要求", 1000, { lines: true }).refine(
        (text) => splitCertificates(text).every((c) => c.length <= 50) && splitCertificates(text).length <= 20,
        "证书要求最多 20 项，每项不超过 50 个字符",
      ),
      contact: optionalText("联系方式", 100),
      deadline: isoDay("报名截止日期").optional(),
    })
    // Runs even when some fields failed (`when`), so one submit shows every problem in the form
    // rather than revealing them in rounds; each rule looks only at fields that passed.
    .superRefine(
      (v, ctx) => {
        const failed = new Set(ctx.issues.map((issue) => issue.path?.[0]));
        const valid = (...fields: Array<keyof typeof v>) => fields.every((field) => !failed.has(field));
        if (valid("payMin", "payMax") && v.payMin !== undefined && v.payMax !== undefined && v.payMin > v.payMax) {
          ctx.addIssue({ code: "custom", path: ["payMax"], message: "月薪下限不能高于上限" });
        }
        // A district is one of Hohhot's: a position in another city cannot have one.
        if (valid("city", "district") && v.city !== undefined && v.district !== undefined) {
          ctx.addIssue({ code: "custom", path: ["district"], message: `工作区县只适用于${HOHHOT}的岗位；在${v.city}工作请不选区县` });
        }
        // Both dates are days in Hohhot (context.today is todayInHohhot()): today is allowed, yesterday is not.
        if (valid("startDate") && v.startDate !== undefined && v.startDate < today) {
          ctx.addIssue({ code: "custom", path: ["startDate"], message: "到岗日期不能早于今天" });
        }
        if (valid("deadline") && v.deadline !== undefined && v.deadline < today) {
          ctx.addIssue({ code: "custom", path: ["deadline"], message: "报名截止日期不能早于今天" });
        }
        if (valid("deadline", "startDate") && v.deadline !== undefined && v.startDate !== undefined && v.deadline > v.startDate) {
          ctx.addIssue({ code: "custom", path: ["deadline"], message: "报名截止日期不能晚于到岗日期" });
        }
        if (valid("kind", "durationMonths", "programIds", "categoryIds") && v.kind === "INTERNSHIP") {
          const limit = onlyMedical(options, v.programIds, v.categoryIds) ? MEDICAL_INTERNSHIP_MONTHS : INTERNSHIP_MONTHS;
          if (v.durationMonths === undefined) {
            ctx.addIssue({ code: "custom", path: ["durationMonths"], message: "岗位实习须填写实习时长（月）" });
          } else if (v.durationMonths > limit) {
            const note = limit === INTERNSHIP_MONTHS ? `（仅面向医药卫生类专业时可至 ${MEDICAL_INTERNSHIP_MONTHS} 个月）` : "";
            ctx.addIssue({ code: "custom", path: ["durationMonths"], message: `岗位实习时长须在 1–${limit} 个月之间${note}` });
          }
        }
      },
      { when: (payload) => typeof payload.value === "object" && payload.value !== null },
    );
}

export type PositionFields = z.infer<ReturnType<typeof positionFieldsSchema<string>>>;

/** Medical internships may run longer, but only when every wanted program and category is medical. */
function onlyMedical(options: PositionOptions, programIds: number[], categoryIds: number[]): boolean {
  if (programIds.length === 0 && categoryIds.length === 0) return false;
  const medical = new Set(options.categories.filter((c) => c.medical).map((c) => c.id));
  const programCategory = new Map(options.programs.map((p) => [p.id, p.categoryId]));
  return (
    programIds.every((id) => medical.has(programCategory.get(id) ?? -1)) && categoryIds.every((id) => medical.has(id))
  );
}

export function newPositionSchema(context: PositionFormContext) {
  return positionFieldsSchema(context, "create");
}

/** The edit page posts one of four intents; the status changes carry at most a new deadline. */
export function editPositionSchema(context: PositionFormContext, current: { deadline?: string | null }) {
  const expired = current.deadline != null && current.deadline < context.today;
  return z.discriminatedUnion(
    "intent",
    [
      positionFieldsSchema(context, "save"),
      z.object({ intent: z.literal("publish") }).superRefine((_v, ctx) => {
        if (expired) ctx.addIssue({ code: "custom", message: "报名截止日期已过，请先修改截止日期再发布" });
      }),
      // 关闭岗位 is asked twice (app/lib/confirm.ts).
      z.object({ intent: z.literal("close"), confirm: confirmField }),
      z
        .object({ intent: z.literal("reopen"), deadline: isoDay("新的报名截止日期").optional() })
        .superRefine((v, ctx) => {
          if (v.deadline !== undefined && v.deadline < context.today) {
            ctx.addIssue({ code: "custom", path: ["deadline"], message: "报名截止日期不能早于今天" });
          } else if (v.deadline === undefined && expired) {
            ctx.addIssue({ code: "custom", path: ["deadline"], message: "原报名截止日期已过，重新开放须设置新的截止日期" });
          }
        }),
    ],
    { error: "未知的操作" },
  );
}
