import { parseWithZod } from "@conform-to/zod/v4";
import { describe, expect, it } from "vitest";
import { newPositionSchema, type PositionFormContext } from "~/features/positions/position-schema";

// The one schema the form and the server share. A person who gets several things wrong should
// read every message after one submit, not discover the cross-field rules one round at a time.

const context: PositionFormContext = {
  today: "2026-11-29",
  options: {
    clusters: [{ id: 1, name: "测试集群" }],
    programs: [{ id: 10, name: "中餐烹饪", categoryId: 100 }],
    categories: [{ id: 100, name: "旅游大类", medical: false }],
  },
};

function errorsOf(fields: Record<string, string>) {
  const form = new FormData();
  for (const [name, value] of Object.entries({ intent: "create", kind: "INTERNSHIP", headcount: "1", ...fields })) form.append(name, value);
  const submission = parseWithZod(form, { schema: newPositionSchema(context) });
  expect(submission.status).toBe("error");
  return submission.status === "error" ? submission.error ?? {} : {};
}

describe("the position schema", () => {
  it("reports field errors and cross-field rules together in one submit", () => {
    const errors = errorsOf({ title: "", description: "<script>alert(1)</script>", payMin: "5000", payMax: "3000", deadline: "2026-11-28", durationMonths: "7" });
    expect(errors.title).toEqual(["请填写岗位名称"]);
    expect(errors.description).toEqual(["岗位描述不能包含 HTML 标签"]);
    expect(errors.payMax).toEqual(["月薪下限不能高于上限"]);
    expect(errors.deadline).toEqual(["报名截止日期不能早于今天"]);
    expect(errors.durationMonths?.[0]).toMatch(/^岗位实习时长须在 1–6 个月之间/);
  });

  it("skips a cross-field rule whose own fields failed, instead of comparing garbage", () => {
    const errors = errorsOf({ title: "厨师", description: "热菜", payMin: "很多", payMax: "3000", deadline: "明天" });
    expect(errors.payMin).toHaveLength(1);
    expect(errors.payMax).toBeUndefined();
    expect(errors.deadline).toHaveLength(1);
    expect(errors.deadline?.[0]).not.toBe("报名截止日期不能早于今天");
  });

  it("refuses a start date before today in Hohhot, and takes today (context.today is 2026-11-29)", () => {
    const base = { intent: "create", title: "厨师", kind: "JOB", description: "热菜", headcount: "1" };
    const parse = (startDate: string) => {
      const form = new FormData();
      for (const [name, value] of Object.entries({ ...base, startDate })) form.append(name, value);
      return parseWithZod(form, { schema: newPositionSchema(context) });
    };
    const yesterday = parse("2026-11-28");
    expect(yesterday.status).toBe("error");
    expect(yesterday.status === "error" ? yesterday.error?.startDate : undefined).toEqual(["到岗日期不能早于今天"]);
    expect(parse("2026-11-29").status).toBe("success");
  });
});
