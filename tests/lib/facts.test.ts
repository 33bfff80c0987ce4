import { describe, expect, it } from "vitest";
import { deadlineText, factLine, placeText, present } from "~/lib/facts";

describe("facts as pages show them (issue 9 item 9)", () => {
  it("a deadline reads as its day, none as 长期有效", () => {
    expect(deadlineText("2027-01-31")).toBe("2027-01-31");
    expect(deadlineText(null)).toBe("长期有效");
    expect(deadlineText(undefined)).toBe("长期有效");
    expect(deadlineText("")).toBe("长期有效");
  });

  it("the district is not said twice", () => {
    expect(placeText("赛罕区", "赛罕区大学东街 1 号")).toBe("赛罕区大学东街 1 号");
    expect(placeText("赛罕区", "呼和浩特市赛罕区大学东街 1 号")).toBe("呼和浩特市赛罕区大学东街 1 号");
    expect(placeText("赛罕区", "内蒙古自治区呼和浩特市赛罕区大学东街 1 号")).toBe("内蒙古自治区呼和浩特市赛罕区大学东街 1 号");
    expect(placeText("赛罕区", "大学东街 1 号")).toBe("赛罕区 大学东街 1 号");
    // another district named in the address is not this one: both are kept
    expect(placeText("新城区", "赛罕区大学东街 1 号")).toBe("新城区 赛罕区大学东街 1 号");
    expect(placeText(null, "北京市")).toBe("北京市");
    expect(placeText("托克托县", null)).toBe("托克托县");
    expect(placeText(null, "  ")).toBeNull();
  });

  it("facts without a value are left out of a line, never shown as —", () => {
    expect(factLine("就业岗位", null, "3000 元/月")).toBe("就业岗位 · 3000 元/月");
    expect(factLine(null, undefined, "")).toBe("");
    expect(present(0)).toBe("0");
    expect(present(" ")).toBeNull();
  });
});
