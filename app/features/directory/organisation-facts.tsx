import type { ReactNode } from "react";

type PublicProfile = {
  address: string | null;
  contactPhone: string | null;
  website: string | null;
  description: string | null;
};

/** The public profile an organisation maintains itself, after facts only the page knows (children). */
export function OrganisationFacts({ organisation, children }: { organisation: PublicProfile; children?: ReactNode }) {
  const { address, contactPhone, website, description } = organisation;
  return (
    <>
      {description ? <p>{description}</p> : null}
      <dl className="facts">
        {children}
        <dt>地址</dt>
        <dd>{address ?? "—"}</dd>
        <dt>联系电话</dt>
        <dd>{contactPhone ? <a href={`tel:${contactPhone}`}>{contactPhone}</a> : "—"}</dd>
        <dt>网址</dt>
        <dd>
          {/* Imported data skips the profile schema, so a non-http(s) address is shown as text, never linked. */}
          {website && /^https?:\/\//i.test(website) ? (
            <a href={website} rel="noopener noreferrer nofollow" target="_blank">
              {website}
            </a>
          ) : (
            (website ?? "—")
          )}
        </dd>
      </dl>
    </>
  );
}
