import Link from 'next/link';
import type { UnitKind } from '@/lib/domain/enums';
import { formatCount, formatPercent, formatSteps } from '@/lib/format/number';
import { unitKindLabel } from '@/lib/format/unit-kind';
import { Withheld } from './dashboard/withheld';
import { MissingValue } from './missing-value';

export interface OrganisationTreeUnit {
  code: string;
  name: string;
  kind: UnitKind;
  population: number;
  responded: number;
  rate: number | null;
  meetsShare: number | null;
  meanGap: number | null;
  /** The k rule withholds meetsShare and meanGap (too few people for this viewer). */
  suppressed?: true;
  children: readonly OrganisationTreeUnit[];
}

type HeadingTag = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADINGS: readonly HeadingTag[] = ['h2', 'h3', 'h4', 'h5', 'h6'];

/**
 * The organisation as nested lists. Each unit's name is a heading one level below its parent's,
 * so screen-reader users can jump between units and hear where in the tree they are.
 */
export function OrganisationTree({ units, label }: { units: readonly OrganisationTreeUnit[]; label: string }) {
  return (
    <ul className="org-tree" aria-label={label}>
      {units.map((unit) => (
        <UnitItem key={unit.code} unit={unit} depth={0} />
      ))}
    </ul>
  );
}

function UnitItem({ unit, depth }: { unit: OrganisationTreeUnit; depth: number }) {
  // Trees deeper than h6 keep h6: HTML has no further heading level.
  const Heading = HEADINGS[Math.min(depth, HEADINGS.length - 1)] ?? 'h6';
  return (
    <li className="org-unit">
      <div className="org-unit__card">
        <Heading className="org-unit__name">
          <Link href={`/enheter/${encodeURIComponent(unit.code)}`}>{unit.name}</Link> <span className="org-unit__kind">{unitKindLabel(unit.kind)}</span>
        </Heading>
        {unit.population === 0 ? (
          <p className="org-unit__empty">Ingen personal i omgången</p>
        ) : (
          <UnitFigures unit={unit} />
        )}
      </div>
      {unit.children.length > 0 && (
        <ul className="org-tree__children">
          {unit.children.map((child) => (
            <UnitItem key={child.code} unit={child} depth={depth + 1} />
          ))}
        </ul>
      )}
    </li>
  );
}

function UnitFigures({ unit }: { unit: OrganisationTreeUnit }) {
  // The spaces between <dt> and <dd> keep the text readable when copied or read as one line.
  return (
    <dl className="org-unit__figures">
      <div>
        <dt>Svarsfrekvens</dt>{' '}
        <dd>
          {unit.rate === null ? <MissingValue /> : formatPercent(unit.rate)}{' '}
          <span className="org-unit__count">
            ({formatCount(unit.responded)} av {formatCount(unit.population)})
          </span>
        </dd>
      </div>
      <div>
        <dt>Når kraven</dt>{' '}
        <dd>{unit.suppressed ? <Withheld /> : unit.meetsShare === null ? <MissingValue /> : formatPercent(unit.meetsShare)}</dd>
      </div>
      <div>
        <dt>Medelgap</dt>{' '}
        <dd>{unit.suppressed ? <Withheld /> : unit.meanGap === null ? <MissingValue /> : formatSteps(unit.meanGap)}</dd>
      </div>
    </dl>
  );
}
