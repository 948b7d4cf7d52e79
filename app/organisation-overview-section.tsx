import { FiguresExplanation } from '@/components/figures-explanation';
import { OrganisationEmpty } from '@/components/organisation-empty';
import { OrganisationTree } from '@/components/organisation-tree';
import { RoundSummary } from '@/components/round-summary';
import { hasRole, isAdmin, type Viewer } from '@/lib/auth/viewer';
import { getOrganisationOverview } from '@/lib/data/organisation-overview';

/** Streams in under the page heading once the figures are computed; only the units the viewer may see. */
export async function OrganisationOverviewSection({ viewer }: { viewer: Viewer }) {
  const overview = await getOrganisationOverview(viewer);
  const admin = isAdmin(viewer);
  if (overview.tree.length === 0) {
    // Administrators and HR see every unit, so for them an empty tree means nothing is imported yet.
    return <OrganisationEmpty missing={admin ? 'units' : hasRole(viewer, 'hr') ? 'nothing-yet' : 'access'} />;
  }
  if (!overview.round) return <OrganisationEmpty missing={admin ? 'round' : 'nothing-yet'} />;
  return (
    <>
      <RoundSummary name={overview.round.name} opensOn={overview.round.opensOn} closesOn={overview.round.closesOn} />
      <FiguresExplanation />
      <OrganisationTree units={overview.tree} label="Enheter i organisationen" />
    </>
  );
}
