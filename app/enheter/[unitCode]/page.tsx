import type { Metadata } from 'next';
import { UnitDashboardView } from '@/components/dashboard/unit-dashboard';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getUnitDashboard } from '@/lib/data/unit-dashboard';
import { orNotFound } from '../../_lib/or-not-found';

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
  // Awaited before anything is sent, not under <Suspense>: an out-of-scope unit must answer
  // 404, and a status can no longer change once streaming has begun. getUnitDashboard checks access.
  const data = await orNotFound(
    getUnitDashboard(viewer, { unit: unitCode, round, role: one(query.roll), area: one(query.omrade) }),
  );
  return <UnitDashboardView data={data} explicitRound={round !== undefined} />;
}
