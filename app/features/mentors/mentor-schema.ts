import { z } from "zod";
import { requiredText } from "~/lib/schemas";

// /mentors: the school's office records hours (课时) an enterprise mentor taught in a school year. One schema
// for the browser and the server (conform parseWithZod).

export const MENTOR_LIMITS = {
  name: 20, // as an order class's 企业师傅 (order-class-schema.ts LIMITS.mentorName)
  hours: 2000, // one entry; the database refuses more (MentorTeaching_hours_check)
  yearMin: 2000,
  yearMax: 2099,
} as const;

const id = (label: string) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请选择${label}` : `${label}无效`) })
    .int(`${label}无效`)
    .positive(`${label}无效`)
    .max(2_147_483_647, `${label}无效`);

const wholeNumber = (label: string, min: number, max: number) =>
  z
    .number({ error: (issue) => (issue.input === undefined ? `请填写${label}` : `${label}须为整数`) })
    .int(`${label}须为整数`)
    .min(min, `${label}不能小于 ${min}`)
    .max(max, `${label}不能大于 ${max}`);

export const RecordHoursSchema = z
  .object({
    enterpriseId: id("企业"),
    mentorName: requiredText("导师姓名", MENTOR_LIMITS.name),
    schoolYear: wholeNumber("学年", MENTOR_LIMITS.yearMin, MENTOR_LIMITS.yearMax),
    hours: wholeNumber("课时", 1, MENTOR_LIMITS.hours),
    orderClassId: id("订单班").optional(),
    placementId: id("实习").optional(),
  })
  .refine((v) => v.orderClassId === undefined || v.placementId === undefined, {
    message: "订单班和实习只能选一项",
    path: ["placementId"],
  });
export type RecordHours = z.infer<typeof RecordHoursSchema>;
