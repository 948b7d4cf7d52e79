import type { Metadata } from 'next';
import { Suspense } from 'react';
import { DashboardHeader } from '@/components/dashboard/dashboard-header';
import { PanelsSkeleton } from '@/components/dashboard/panels-skeleton';
import type { StaffSort } from '@/components/dashboard/staff-matrix';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getUnitDashboardSummary } from '@/lib/data/unit-dashboard';
import { orNotFound } from '../../_lib/or-not-found';
import { DashboardPanels } from './dashboard-panels';
import { StaffSection } from './staff-section';

// The figures change with every answer and import; never serve a copy rendered at build time.
export const dynamic = 'force-dynamic';

// No unit name in the title: the same page is the not-found page for units out of scope.
export const metadata: Metadata = { title: 'Enhetens resultat' };

type Props = {
  params: Promise<{ unitCode: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

function one(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export default async function UnitPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ unitCode }, query] = await Promise.all([params, searchParams]);
  const round = one(query.omgang);
  const filters = { unit: unitCode, round, role: one(query.roll), area: one(query.omrade) };
  // Awaited before anything is sent, outside every <Suspense>: the summary checks access, and an
  // out-of-scope unit must answer 404, which a response that has begun streaming cannot (decision 005).
  const summary = await orNotFound(getUnitDashboardSummary(viewer, filters));
  const sort = (['namn', 'under', 'ej-svarat'] as const).find((s) => s === one(query.sortera)) ?? 'namn';
  const sortHref = (s: StaffSort) => {
    const q = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === 'string' && k !== 'sortera' ? [[k, v]] : [])));
    q.set('sortera', s);
    return `/enheter/${encodeURIComponent(unitCode)}?${q.toString()}#medarbetare`;
  };
  // The round the summary settled on, so the panels show the same one even if a round opens meanwhile.
  const shown = { ...filters, round: summary.round?.code ?? null };
  return (
    <>
      <DashboardHeader data={summary} />
      {summary.round && summary.headline && (
        <Suspense fallback={<PanelsSkeleton label="Hämtar tabellerna …" />}>
          <DashboardPanels viewer={viewer} filters={shown} explicitRound={round !== undefined} />
        </Suspense>
      )}
      {summary.round && (
        <Suspense fallback={null}>
          <StaffSection viewer={viewer} unit={unitCode} round={summary.round.code} sort={sort} sortHref={sortHref} />
        </Suspense>
      )}
    </>
  );
}
