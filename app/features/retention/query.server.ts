import { z } from "zod";
import { RETENTION_SOURCES } from "~/lib/retention";
import { idFilter, optionalFilter, pageNumber } from "~/lib/search-params.server";

// The tracker's and the drill-down's query strings (server-only). Anything that does not parse is no filter.

const month = optionalFilter(z.string().regex(/^(19|20)\d\d-(0[1-9]|1[0-2])$/));

export const TrackerQuery = z.object({ school: idFilter });

export const PeopleQuery = z.object({
  month,
  source: optionalFilter(z.enum(RETENTION_SOURCES)),
  school: idFilter,
  page: pageNumber,
});

/** People a page: the city's figure runs to tens of thousands. */
export const PEOPLE_PER_PAGE = 50;
