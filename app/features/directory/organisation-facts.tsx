import { FactList, type Fact } from "~/components/facts";
import { named, placeText } from "~/lib/facts";
import { DISTRICT_LABEL } from "~/lib/labels";

type PublicProfile = {
  district: string | null;
  address: string | null;
  contactName?: string | null;
  contactPhone: string | null;
  website: string | null;
  description: string | null;
};

/**
 * The public profile an organisation maintains itself, after facts only the page knows (`facts`).
 * Facts without a value are left out (no "—"); the district is said once, in 地址 when there is one.
 */
export function OrganisationFacts({ organisation, facts = [] }: { organisation: PublicProfile; facts?: Fact[] }) {
  const { district, address, contactName, contactPhone, website, description } = organisation;
  const districtName = named(DISTRICT_LABEL, district);
  return (
    <>
      {description ? <p>{description}</p> : null}
      <FactList
        facts={[
          ...facts,
          address ? { label: "地址", value: placeText(districtName, address) } : { label: "所在区县", value: districtName },
          { label: "联系人", value: contactName },
          { label: "联系电话", value: contactPhone ? <a href={`tel:${contactPhone}`}>{contactPhone}</a> : null },
          {
            label: "网址",
            // Imported data skips the profile schema, so a non-http(s) address is shown as text, never linked.
            value:
              website && /^https?:\/\//i.test(website) ? (
                <a href={website} rel="noopener noreferrer nofollow" target="_blank">
                  {website}
                </a>
              ) : (
                website
              ),
          },
        ]}
      />
    </>
  );
}
