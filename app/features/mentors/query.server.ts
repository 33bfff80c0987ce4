import { z } from "zod";
import { idFilter, optionalFilter } from "~/lib/search-params.server";

// /mentors' query string (server-only): ?school= (the bureau) and ?year= (the school year's first year).
// Anything that does not parse is no filter: the current school year, the user's own scope.
export const MentorsQuery = z.object({
  school: idFilter,
  year: optionalFilter(z.coerce.number().int().min(2000).max(2099)),
});
