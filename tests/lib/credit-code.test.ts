import { describe, expect, it } from "vitest";
import { creditCodeProblem, isCreditCode } from "~/lib/credit-code";

// Codes printed on real business licences (public registration records), so their check characters
// were computed by the registration authorities, not by the code under test.
const REAL = [
  "91440300708461136T", // 深圳市腾讯计算机系统有限公司
  "914403001922038216", // 华为技术有限公司 (check character 6: a digit)
  "91110108558521630L", // 小米科技有限责任公司
  "91330100716105852F", // 阿里巴巴（中国）有限公司
  "91110000802100433B", // 北京百度网讯科技有限公司
  "91350100M000100Y43", // the worked example of GB 32100-2015 (letters inside the body)
];

const CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
/** `code` with position `i` moved one character on in the standard's set (wrapping Y → 0). */
const bump = (code: string, i: number) => code.slice(0, i) + CHARS[(CHARS.indexOf(code[i]!) + 1) % 31] + code.slice(i + 1);

describe("统一社会信用代码 (GB 32100-2015)", () => {
  it.each(REAL)("%s is valid", (code) => {
    expect(creditCodeProblem(code)).toBeNull();
    expect(isCreditCode(code)).toBe(true);
  });

  it.each(REAL)("every one-character-off variant of %s fails the check", (code) => {
    for (let i = 0; i < 18; i++) expect(creditCodeProblem(bump(code, i)), `position ${i + 1}`).toBe("check");
  });

  it("two neighbouring characters swapped fail the check", () => {
    // 9144… → 1944…: weights 1 and 3 differ, so a transposition changes the sum
    expect(creditCodeProblem("19440300708461136T")).toBe("check");
  });

  it.each([
    ["17 characters", "91440300708461136"],
    ["19 characters", "91440300708461136TT"],
    ["lower case", "91440300708461136t"],
    ["letter I (not in the set)", "9144030070846113IT"],
    ["letter O", "9144030070846113OT"],
    ["letter S", "9144030070846113ST"],
    ["letter V", "9144030070846113VT"],
    ["letter Z", "9144030070846113ZT"],
    ["full-width digit", "９1440300708461136T"],
    ["a space inside", "914403 0708461136T"],
    ["empty", ""],
  ])("%s is a format problem", (_name, code) => {
    expect(creditCodeProblem(code)).toBe("format");
  });

  it("a check character that would be 31 is written 0", () => {
    // Body with sum ≡ 0 (mod 31): all zeros.
    expect(creditCodeProblem("000000000000000000")).toBeNull();
    expect(creditCodeProblem("00000000000000000Y")).toBe("check");
  });
});
