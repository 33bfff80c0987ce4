// 统一社会信用代码 (unified social credit code), GB 32100-2015 《法人和其他组织统一社会信用代码编码规则》:
// 18 characters, each a digit or one of the 21 capital letters the standard uses (no I, O, S, V, Z), so 31
// characters with values 0–30 in the order of CREDIT_CODE_CHARS. The 18th is the check character:
//   C18 = 31 − (Σ Ci × Wi mod 31), i = 1…17, with weights Wi = 3^(i−1) mod 31; a result of 31 is written 0.
// Only the format and the check character are checked here; whether the code belongs to the enterprise
// is for the bureau to verify.

/** The standard's character set in value order: '0' is 0, 'A' is 10, 'Y' is 30. */
export const CREDIT_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";

/** GB 32100-2015 表 3: the weight of each of the first 17 positions. */
export const CREDIT_CODE_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const FORMAT = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

/** The check character the first 17 characters call for; `body` must already be in the standard's set. */
export function creditCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARS.indexOf(body[i]!) * CREDIT_CODE_WEIGHTS[i]!;
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]!;
}

/**
 * The code as typed into its standard form: full-width characters (a Chinese IME's 全角 mode, common on
 * phones) folded to ASCII by NFKC, every space (also the ideographic space U+3000) removed — licences print the code in
 * one run, people copy it in groups — and letters upper-cased. Other characters are left for
 * creditCodeProblem to refuse.
 */
export function normaliseCreditCode(typed: string): string {
  return typed.normalize("NFKC").replace(/\s+/g, "").toUpperCase();
}

export type CreditCodeProblem = "format" | "check";

/** Why `code` (already upper-cased and trimmed) is not a well-formed 统一社会信用代码, or null when it is. */
export function creditCodeProblem(code: string): CreditCodeProblem | null {
  if (!FORMAT.test(code)) return "format";
  return creditCodeCheckChar(code) === code[17] ? null : "check";
}

export const isCreditCode = (code: string) => creditCodeProblem(code) === null;

/** Chinese messages for the form, by problem. */
export const CREDIT_CODE_MESSAGE: Record<CreditCodeProblem, string> = {
  format: "统一社会信用代码应为 18 位数字或大写字母（不含 I、O、S、V、Z）",
  check: "统一社会信用代码校验位不正确，请核对后重新输入",
};
