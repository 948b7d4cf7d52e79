import { StaffMatrix, type StaffSort } from '@/components/dashboard/staff-matrix';
import type { Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from '@/lib/data/errors';
import { getStaffMatrix } from '@/lib/data/staff-matrix';
import { letShellGoFirst } from '../../_lib/let-shell-go-first';

export interface StaffSectionProps {
  viewer: Viewer;
  unit: string;
  round: string;
  sort: StaffSort;
  sortHref: (s: StaffSort) => string;
}

/**
 * The individual matrix, only for those who may read every person of the unit (its chef, HR,
 * administrators); for everyone else the data layer says not found and the section is left out.
 */
export async function StaffSection({ viewer, unit, round, sort, sortHref }: StaffSectionProps) {
  await letShellGoFirst();
  const staff = await getStaffMatrix(viewer, { unit, round }).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
  if (!staff) return null;
  return (
    <section aria-labelledby="medarbetare" className="dashboard-section">
      <h2 id="medarbetare">Medarbetare</h2>
      {staff.tooMany !== null ? (
        <p>
          Här finns {staff.tooMany} medarbetare, för många för en tabell med varje person. Välj en enhet längre ner för att se
          medarbetarnas nivåer.
        </p>
      ) : (
        <StaffMatrix data={staff} sort={sort} sortHref={sortHref} />
      )}
    </section>
  );
}
