import { StatusBadge } from "~/components/responsive-list";
import type { EnterpriseStanding } from "~/generated/prisma/enums";
import { STANDING_LABEL } from "~/lib/enterprise-standing";

const TONE = { UNVERIFIED: "open", VERIFIED: "good", SUSPENDED: "bad" } as const;

export function StandingBadge({ standing }: { standing: EnterpriseStanding }) {
  return <StatusBadge tone={TONE[standing]}>{STANDING_LABEL[standing]}</StatusBadge>;
}
