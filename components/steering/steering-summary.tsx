import { formatIndicatorValue } from '@/lib/domain/indicator-values';
import { STATUS_LABEL } from '@/lib/domain/indicators';
import { formatDateTime } from '@/lib/format/date-time';
import { deltaText, figureText, targetText } from './figure-text';
import { indicatorAnchor } from './indicator-card';
import { StatusBadge, StatusIcon } from './status-badge';
import type { IndicatorStatus, SteeringView } from './types';
import { MissingValue } from '../missing-value';

/** Every indicator on one line: where it is now, the target, the status. Links to the indicator in full. */
export function StatusTable({ view, links = true }: { view: SteeringView; links?: boolean }) {
  return (
    <div className="table-scroll">
      <table className="data-table steering-table steering-status-table">
        <caption className="visually-hidden">Alla indikatorer mot sina mål</caption>
        <thead>
          <tr>
            <th scope="col">Indikator</th>
            <th scope="col">Uppföljning</th>
            <th scope="col">Mål</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {view.indicators.map((i) => {
            const now = figureText(i.current.figure, i.scale, view.k, i.kind);
            return (
              <tr key={i.code}>
                <th scope="row">{links ? <a href={`#${indicatorAnchor(i.code)}`}>{i.name}</a> : i.name}</th>
                <td className={i.current.figure.withheld ? 'steering-withheld' : undefined}>{now ?? <MissingValue />}</td>
                <td>{targetText(i.target, i.scale)}</td>
                <td>
                  <StatusBadge status={i.status} prefix={false} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

/** What changed most since the last meeting (the latest snapshot before these figures). */
export function ChangesList({ view }: { view: SteeringView }) {
  if (!view.comparedWith) {
    return (
      <p>
        Det finns ingen tidigare ögonblicksbild att jämföra med. När HR fryser siffrorna inför ett möte visas här vad som har ändrats mest sedan
        dess.
      </p>
    );
  }
  const since = (
    <>
      ögonblicksbilden <strong>{view.comparedWith.label}</strong> (fryst {formatDateTime(view.comparedWith.frozenAt)})
    </>
  );
  if (view.changes.length === 0) return <p>Inga siffror har ändrats sedan {since}.</p>;
  return (
    <>
      <p>Jämfört med {since}, störst förändring först:</p>
      <ol className="steering-changes">
        {view.changes.map((c) => (
          <li key={c.indicator}>
            <strong>{c.name}</strong>: {formatIndicatorValue(c.before, c.scale)} → {formatIndicatorValue(c.now, c.scale)}{' '}
            <span className="steering-changes__delta">({deltaText(c.delta, c.scale)})</span>
          </li>
        ))}
      </ol>
    </>
  );
}

/** The rule behind every status, and the rule that hides small groups. */
export function StatusRules({ view }: { view: SteeringView }) {
  const statuses: IndicatorStatus[] = ['on_track', 'at_risk', 'behind', 'unknown'];
  return (
    <>
      <ul className="steering-rules">
        {view.statusRules.map((rule) => {
          // Each rule starts with its status's name ("I fas: …"); the shape goes with it.
          const status = statuses.find((s) => rule.startsWith(`${STATUS_LABEL[s]}:`));
          return (
            <li key={rule} className={status ? `steering-status--${status}` : undefined}>
              {status && <StatusIcon status={status} />}
              <span className="steering-rules__text">{rule}</span>
            </li>
          );
        })}
      </ul>
      <KRule k={view.k} />
    </>
  );
}

export function KRule({ k }: { k: number }) {
  return (
    <p className="steering-k-rule">
      Siffror från färre än {k} personer visas aldrig, och inte heller siffror som skulle göra det möjligt att räkna fram dem. Där står i
      stället ”visas inte”.
    </p>
  );
}
