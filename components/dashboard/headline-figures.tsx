import { formatShareChange, formatStepChange } from '@/lib/format/change';
import { formatCount, formatPercent, formatSteps } from '@/lib/format/number';
import { MissingValue } from '../missing-value';
import type { Headline } from './types';
import { Withheld } from './withheld';

export interface HeadlineFiguresProps {
  headline: Headline;
  previous: Headline | null;
  /** The previous round's name, for "… sedan Kompetenskartläggning 2025". */
  previousName: string | null;
}

/** The four headline figures, each with its change since the previous round in words. */
export function HeadlineFigures({ headline, previous, previousName }: HeadlineFiguresProps) {
  const since = previous && previousName ? { previous, name: previousName } : null;
  const change = (now: number | null, before: number | null, write: (a: number, b: number, name: string) => string) =>
    since && now !== null && before !== null ? <span className="dashboard-change">{write(now, before, since.name)}</span> : null;
  return (
    <dl className="dashboard-headline">
      <div>
        <dt>Svarsfrekvens</dt>{' '}
        <dd>
          <span className="dashboard-headline__value">{headline.rate === null ? <MissingValue /> : formatPercent(headline.rate)}</span>{' '}
          <span className="dashboard-headline__note">
            {formatCount(headline.responded)} av {formatCount(headline.population)}
          </span>{' '}
          {change(headline.rate, since?.previous.rate ?? null, formatShareChange)}
        </dd>
      </div>
      <div>
        <dt>Når kraven</dt>{' '}
        <dd>
          <span className="dashboard-headline__value">{headline.suppressed ? <Withheld /> : headline.meetsShare === null ? <MissingValue /> : formatPercent(headline.meetsShare)}</span>{' '}
          {change(headline.meetsShare, since?.previous.meetsShare ?? null, formatShareChange)}
        </dd>
      </div>
      <div>
        <dt>Medelgap</dt>{' '}
        <dd>
          <span className="dashboard-headline__value">{headline.suppressed ? <Withheld /> : headline.meanGap === null ? <MissingValue /> : formatSteps(headline.meanGap)}</span>{' '}
          {change(headline.meanGap, since?.previous.meanGap ?? null, formatStepChange)}
        </dd>
      </div>
      <div>
        <dt>Gapvolym</dt>{' '}
        <dd>
          <span className="dashboard-headline__value">{headline.gapVolume === null ? <Withheld /> : `${formatCount(headline.gapVolume)} steg`}</span>{' '}
          {change(headline.gapVolume, since?.previous.gapVolume ?? null, (a, b, n) => formatStepChange(a, b, n, 0))}
        </dd>
      </div>
    </dl>
  );
}
