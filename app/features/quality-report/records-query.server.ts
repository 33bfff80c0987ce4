import { z } from "zod";
import { idFilter, optionalFilter, pageNumber } from "~/lib/search-params.server";

// The drill-down's query (records-route.tsx): figure=附表1.2, school=<id>, page=<n>. An unknown figure is
// refused by figureRecords (404); a missing one is a 400 with a Chinese message.

export const RecordsQuery = z.object({
  figure: optionalFilter(z.string().max(40)),
  school: idFilter,
  page: pageNumber,
});
