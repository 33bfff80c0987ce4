import { MONTHLY_INCOME_RANGE } from "~/lib/destinations";

// The import's row rules that the upload page states (browser-safe: the page renders them; the checks are
// in validate.server.ts).

/** 学制: a 中职 cohort studies 3 years; 四年制 programs and 五年一贯制 stay up to 5. */
export const STUDY_YEARS = { min: 3, max: 5 } as const;
/** Age at entry (入学年份 − birth year): 中职 admits from 初中毕业 (usually 15) and adults up to 30. */
export const ENTRY_AGE = { min: 12, max: 30 } as const;
/** 月收入, yuan per month: the one range of app/lib/destinations.ts, as the school's form checks it. */
export const INCOME_RANGE = MONTHLY_INCOME_RANGE;
