import type { Metadata } from 'next';
import { UnitDashboardView } from '@/components/dashboard/unit-dashboard';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { StaffMatrix, type StaffSort } from '@/components/dashboard/staff-matrix';
import { NotFoundError } from '@/lib/data/errors';
import { getStaffMatrix } from '@/lib/data/staff-matrix';
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
  // The individual matrix only for those who may read every person of the unit (its chef, HR,
  // administrators); for everyone else the data layer says not found and the section is left out.
  const staff = await getStaffMatrix(viewer, { unit: unitCode, round: data.round?.code ?? null }).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  const sort = (['namn', 'under', 'ej-svarat'] as const).find((s) => s === one(query.sortera)) ?? 'namn';
  const sortHref = (s: StaffSort) => {
    const q = new URLSearchParams(Object.entries(query).flatMap(([k, v]) => (typeof v === 'string' && k !== 'sortera' ? [[k, v]] : [])));
    q.set('sortera', s);
    return `/enheter/${encodeURIComponent(unitCode)}?${q.toString()}#medarbetare`;
  };
  return (
    <>
      <UnitDashboardView data={data} explicitRound={round !== undefined} />
      {staff && (
        <section aria-labelledby="medarbetare" className="dashboard-section">
          <h2 id="medarbetare">Medarbetare</h2>
          {staff.tooMany !== null ? (
            <p>
              Här finns {staff.tooMany} medarbetare, för många för en tabell med varje person. Välj en enhet längre ner
              för att se medarbetarnas nivåer.
            </p>
          ) : (
            <StaffMatrix data={staff} sort={sort} sortHref={sortHref} />
          )}
        </section>
      )}
    </>
  );
}
