import Link from 'next/link';
import { formatCount, formatPercent, formatSteps } from '@/lib/format/number';
import { unitKindLabel } from '@/lib/format/unit-kind';
import { MissingValue } from '../missing-value';
import type { ChildUnit } from './types';
import { Withheld } from './withheld';

/** The units directly below, each a link one level down with its headline figures. */
export function ChildUnits({ units, parentName, query }: { units: readonly ChildUnit[]; parentName: string; query: string }) {
  if (units.length === 0) return <p className="muted">Inga enheter under {parentName}.</p>;
  return (
    <ul className="dashboard-children" aria-label={`Enheter under ${parentName}`}>
      {units.map((u) => (
        <li key={u.code} className="dashboard-children__item">
          <Link href={`/enheter/${encodeURIComponent(u.code)}${query}`} className="dashboard-children__name">
            {u.name}
          </Link>{' '}
          <span className="org-unit__kind">{unitKindLabel(u.kind)}</span>
          {u.population === 0 ? (
            <p className="muted">Ingen personal i omgången</p>
          ) : (
            <dl className="org-unit__figures">
              <div>
                <dt>Svarsfrekvens</dt>{' '}
                <dd>
                  {u.rate === null ? <MissingValue /> : formatPercent(u.rate)}{' '}
                  <span className="org-unit__count">
                    ({formatCount(u.responded)} av {formatCount(u.population)})
                  </span>
                </dd>
              </div>
              <div>
                <dt>Når kraven</dt> <dd>{u.suppressed ? <Withheld /> : u.meetsShare === null ? <MissingValue /> : formatPercent(u.meetsShare)}</dd>
              </div>
              <div>
                <dt>Medelgap</dt> <dd>{u.suppressed ? <Withheld /> : u.meanGap === null ? <MissingValue /> : formatSteps(u.meanGap)}</dd>
              </div>
              <div>
                <dt>Gapvolym</dt> <dd>{u.gapVolume === null ? <Withheld /> : `${formatCount(u.gapVolume)} steg`}</dd>
              </div>
            </dl>
          )}
        </li>
      ))}
    </ul>
  );
}
