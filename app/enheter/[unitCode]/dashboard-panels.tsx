import { UnitDashboardPanels } from '@/components/dashboard/unit-dashboard';
import type { Viewer } from '@/lib/auth/viewer';
import { getUnitDashboard, type DashboardFilters } from '@/lib/data/unit-dashboard';
import { letShellGoFirst } from '../../_lib/let-shell-go-first';

/** The heavy tables, streamed under Suspense once the page's summary (and access check) is sent. */
export async function DashboardPanels({ viewer, filters, explicitRound }: { viewer: Viewer; filters: DashboardFilters; explicitRound: boolean }) {
  await letShellGoFirst();
  const data = await getUnitDashboard(viewer, filters);
  return <UnitDashboardPanels data={data} explicitRound={explicitRound} />;
}
