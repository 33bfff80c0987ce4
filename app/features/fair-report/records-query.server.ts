import { z } from "zod";
import { idFilter, optionalFilter, pageNumber } from "~/lib/search-params.server";
import { FIGURE_NAMES, type Figure } from "./figures";

// The records page's query (records-route.tsx), server-only: the route module's client bundle must not
// evaluate .server helpers at load.

export const RecordsQuery = z.object({
  figure: optionalFilter(z.enum(FIGURE_NAMES as [Figure, ...Figure[]])),
  school: idFilter,
  program: idFilter,
  cluster: optionalFilter(z.union([z.literal("none"), z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number)])),
  page: pageNumber,
});

/** Records a page: the 职教活动周 has 18,809 registrations, which no phone should load at once. */
export const RECORDS_PER_PAGE = 50;

