import { z } from "zod";
import { DISTRICTS } from "~/lib/districts";
import { idFilter, optionalFilter, pageNumber } from "~/lib/search-params.server";
import { FIGURE_NAMES, KINDS, STATES, type FigureName } from "./figures";

// The records page's query (records-route.tsx), server-only. A value that does not parse means "all".

export const RecordsQuery = z.object({
  figure: optionalFilter(z.enum(FIGURE_NAMES as [FigureName, ...FigureName[]])),
  kind: optionalFilter(z.enum(KINDS)),
  state: optionalFilter(z.enum(STATES)),
  cluster: optionalFilter(z.union([z.literal("none"), z.string().regex(/^[1-9][0-9]{0,9}$/).transform(Number)])),
  district: optionalFilter(z.enum([...DISTRICTS, "none"])),
  school: idFilter,
  page: pageNumber,
});

export const RECORDS_PER_PAGE = 50;
