import { FiguresExplanation } from '@/components/figures-explanation';
import { OrganisationEmpty } from '@/components/organisation-empty';
import { OrganisationTree } from '@/components/organisation-tree';
import { RoundSummary } from '@/components/round-summary';
import { SYSTEM_VIEWER } from '@/lib/auth/viewer';
import { getOrganisationOverview } from '@/lib/data/organisation-overview';

/** Streams in under the page heading once the figures are computed. */
export async function OrganisationOverviewSection() {
  // Sign-in comes later; until then the start page shows what the installation's administrator sees.
  const overview = await getOrganisationOverview(SYSTEM_VIEWER);
  if (overview.tree.length === 0) return <OrganisationEmpty missing="units" />;
  if (!overview.round) return <OrganisationEmpty missing="round" />;
  return (
    <>
      <RoundSummary name={overview.round.name} opensOn={overview.round.opensOn} closesOn={overview.round.closesOn} />
      <FiguresExplanation />
      <OrganisationTree units={overview.tree} label="Enheter i organisationen" />
    </>
  );
}
