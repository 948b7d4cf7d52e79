import type { Named } from './types';

export interface DashboardFiltersProps {
  unitCode: string;
  rounds: readonly Named[];
  round: string | null;
  roles: readonly Named[];
  role: string | null;
  areas: readonly string[];
  area: string | null;
}

/**
 * A plain GET form: the choice ends up in the address (?omgang=&roll=&omrade=), so a view can be
 * shared and the back button returns to the previous one; it works without JavaScript.
 * autoComplete="off" stops the browser from restoring the last choice when going back, which
 * would show one round in the select and another in the figures. The key remounts the form when
 * a link (a heat cell, a breadcrumb) changes the view client-side: a select's defaultValue is only
 * read when it mounts.
 */
export function DashboardFilters({ unitCode, rounds, round, roles, role, areas, area }: DashboardFiltersProps) {
  return (
    <form key={`${unitCode}|${round ?? ''}|${role ?? ''}|${area ?? ''}`} method="get" action={`/enheter/${encodeURIComponent(unitCode)}`} className="inline-form" autoComplete="off" aria-label="Urval">
      <div className="field">
        <label htmlFor="filter-omgang">Omgång</label>
        <select id="filter-omgang" name="omgang" defaultValue={round ?? ''} autoComplete="off">
          {rounds.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-roll">Roll</label>
        <select id="filter-roll" name="roll" defaultValue={role ?? ''} autoComplete="off">
          <option value="">Alla roller</option>
          {roles.map((r) => (
            <option key={r.code} value={r.code}>
              {r.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="filter-omrade">Kompetensområde</label>
        <select id="filter-omrade" name="omrade" defaultValue={area ?? ''} autoComplete="off">
          <option value="">Alla områden</option>
          {areas.map((a) => (
            <option key={a} value={a}>
              {a}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button">
        Visa
      </button>
    </form>
  );
}
