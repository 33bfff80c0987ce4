import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import type { $ZodType } from "zod/v4/core";
import { proposeSchema } from "~/features/agreements/agreement-schema";
import { ApplySchema, MoveSchema, StudentDecisionSchema } from "~/features/applications/application-schema";
import { LoginSchema } from "~/features/auth/login-schema";
import { EnterpriseProfileSchema, OrganisationProfileSchema } from "~/features/organisations/profile-schema";
import { ResumeSchema } from "~/features/resume/resume-schema";
import { SubmitSchema } from "~/features/certification/certification-schema";
import { ActivitySchema } from "~/features/consortium/consortium-schema";
import { FairSchema } from "~/features/fairs/fair-schema";
import { RecordHoursSchema } from "~/features/mentors/mentor-schema";
import { OpenClassSchema } from "~/features/order-classes/order-class-schema";
import { PlacementFieldsSchema } from "~/features/placements/placement-schema";
import { newPositionSchema, positionFieldsSchema, type PositionFormContext } from "~/features/positions/position-schema";
import { CreateBaseSchema, ProposeSchema } from "~/features/teacher-practice/schemas";
import { DestinationFormSchema } from "~/features/destinations/destination-schema";
import { UploadSchema } from "~/features/roster-import/import-schema";

// What the browser requires must be what the server requires. getZodConstraint() turns a schema into
// the `required` attributes of a form; a field the schema accepts when it is missing must not get one,
// or the browser refuses a form the server would take (issue 9, item 8: a position for 中餐烹饪 only
// was blocked by a "required" 专业大类, because a bare z.array() is `required` to getZodConstraint while
// conform reads the missing field as []).
//
// "Optional in the schema" is found by posting: a field is optional when a post without it raises no
// message about it. Every form that hands getZodConstraint() a schema is listed below; the last test
// fails when a new one appears in app/ without being added here.

const context: PositionFormContext = {
  today: "2026-11-29",
  options: {
    clusters: [{ id: 1, name: "测试集群" }],
    programs: [{ id: 10, name: "中餐烹饪", categoryId: 100 }],
    categories: [{ id: 100, name: "旅游大类", medical: false }],
  },
};

/** Each form's schema, by the file that passes it to getZodConstraint(). */
const FORMS: Record<string, Array<[string, $ZodType]>> = {
  "app/features/auth/login-route.tsx": [["登录", LoginSchema]],
  "app/features/positions/manage/new-route.tsx": [["发布新岗位", newPositionSchema(context)]],
  "app/features/positions/components/position-editor.tsx": [["编辑岗位", positionFieldsSchema(context, "save")]],
  "app/features/organisations/edit-route.tsx": [
    ["单位资料", OrganisationProfileSchema],
    ["企业资料", EnterpriseProfileSchema],
  ],
  "app/features/resume/resume-route.tsx": [["我的简历", ResumeSchema]],
  "app/features/applications/decision-form.tsx": [
    ["企业处理申请", MoveSchema],
    ["学生答复", StudentDecisionSchema],
  ],
  "app/features/applications/apply-form.tsx": [["申请岗位", ApplySchema]],
  "app/features/agreements/new-route.tsx": [["提出合作协议", proposeSchema({ programs: [{ id: 10 }] })]],
  "app/features/placements/placement-form.tsx": [["岗位实习安排", PlacementFieldsSchema]],
  "app/features/order-classes/new-route.tsx": [["开设订单班", OpenClassSchema]],
  "app/features/fairs/fair-form.tsx": [["举办招聘会", FairSchema]],
  "app/features/certification/new-route.tsx": [["双师型教师认定申请", SubmitSchema]],
  "app/features/consortium/new-activity-route.tsx": [["记录共同体活动", ActivitySchema]],
  "app/features/teacher-practice/base-form.tsx": [["设立培训基地", CreateBaseSchema]],
  "app/features/teacher-practice/new-route.tsx": [["安排教师企业实践", ProposeSchema]],
  "app/features/mentors/mentors-route.tsx": [["登记行业导师课时", RecordHoursSchema]],
  "app/features/destinations/destination-route.tsx": [["毕业去向", DestinationFormSchema]],
  "app/features/roster-import/new-route.tsx": [["导入名册", UploadSchema]],
};

/** The top-level fields a post without `field` (and without anything else) has a message about. */
function complainsWhenMissing(schema: $ZodType, field: string): boolean {
  const submission = parseWithZod(new FormData(), { schema });
  if (submission.status !== "error") return false;
  return Object.keys(submission.error ?? {}).some((name) => name === field || name.startsWith(`${field}[`) || name.startsWith(`${field}.`));
}

const cases = Object.values(FORMS).flat();

describe("the browser requires only what the server requires", () => {
  it.each(cases)("%s: every field optional in the schema is optional in the browser", (_name, schema) => {
    const constraint = getZodConstraint(schema);
    const wronglyRequired = Object.entries(constraint)
      .filter(([field]) => !field.includes("[") && !field.includes("."))
      .filter(([field, c]) => c.required === true && !complainsWhenMissing(schema, field))
      .map(([field]) => field);
    expect(wronglyRequired).toEqual([]);
  });

  it("the position form's program and category lists are optional, its title and headcount are not", () => {
    // From the form's own labels: 面向专业（可多选，可不选）, 面向专业大类（可多选，可不选）.
    for (const schema of [newPositionSchema(context), positionFieldsSchema(context, "save")]) {
      const constraint = getZodConstraint(schema);
      expect(constraint.programIds).toMatchObject({ required: false, multiple: true });
      expect(constraint.categoryIds).toMatchObject({ required: false, multiple: true });
      expect(constraint.title?.required).toBe(true);
      expect(constraint.headcount?.required).toBe(true);
    }
  });

  it("a position for one program and no category passes the schema (中餐烹饪 only)", () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ intent: "create", title: "中餐厨师", kind: "JOB", description: "热菜", headcount: "1", programIds: "10" })) {
      form.append(k, v);
    }
    const submission = parseWithZod(form, { schema: newPositionSchema(context) });
    expect(submission.status).toBe("success");
    if (submission.status === "success") {
      expect(submission.value.programIds).toEqual([10]);
      expect(submission.value.categoryIds).toEqual([]);
    }
  });

  it("the check itself notices a bare list: a z.array() field counts as wrongly required", async () => {
    const { z } = await import("zod");
    const bare = z.object({ tags: z.array(z.string()) });
    expect(getZodConstraint(bare).tags?.required).toBe(true);
    expect(complainsWhenMissing(bare, "tags")).toBe(false);
  });

  it("lists every file in app/ that calls getZodConstraint()", () => {
    const found: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const file = path.join(dir, name);
        if (name === "generated") continue;
        if (statSync(file).isDirectory()) walk(file);
        else if (/\.tsx?$/.test(name) && /getZodConstraint\(/.test(readFileSync(file, "utf8"))) found.push(file);
      }
    };
    walk("app");
    expect(found.sort()).toEqual(Object.keys(FORMS).sort());
  });
});
