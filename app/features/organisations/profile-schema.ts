import { z } from "zod";
import { DISTRICTS } from "~/lib/districts";
import { oneOf, optionalText, phone, requiredText, website } from "~/lib/schemas";

/** The part of an organisation's record its own staff maintain; name, kind and ownership are the bureau's. */
export const OrganisationProfileSchema = z.object({
  district: oneOf("所在区县", DISTRICTS),
  address: requiredText("地址", 200),
  contactPhone: phone(),
  website,
  description: optionalText("简介", 2000, { lines: true }),
});
export type OrganisationProfile = z.infer<typeof OrganisationProfileSchema>;
