import { z } from "zod";

// Record ids are PostgreSQL `integer`s (SERIAL). An id typed into a URL or a query string is read
// as decimal digits only: Number() would also take 0x1F, 0b11111, 31e0 and " 31 ", so one record
// had many addresses, and 2147483648 or more overflowed the column (22003) into a 500.

/** The largest value of a PostgreSQL `integer` column. */
export const MAX_ID = 2_147_483_647;

const DECIMAL_ID = /^[1-9][0-9]{0,9}$/;

/** The id `value` spells in plain decimal digits, 1…MAX_ID, or null. */
export function parseId(value: string | null | undefined): number | null {
  if (typeof value !== "string" || !DECIMAL_ID.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}

/** parseId as a zod schema, for ids in query strings. */
export const idString = z.string().transform((value, ctx) => {
  const id = parseId(value);
  if (id === null) {
    ctx.addIssue({ code: "custom", message: "编号无效" });
    return z.NEVER;
  }
  return id;
});
