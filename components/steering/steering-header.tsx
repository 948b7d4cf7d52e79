import { formatDateRange } from '@/lib/format/date';
import { formatDateTime } from '@/lib/format/date-time';
import { formatCount, formatPercent } from '@/lib/format/number';
import type { SnapshotSummary, SteeringLinks, SteeringView } from './types';
import './steering.css';

/** "Fryst ögonblicksbild från 2026-12-03 10:15: Styrgruppsmöte 2026-12-03". */
export function frozenHeading(snapshot: SnapshotSummary): string {
  return `Fryst ögonblicksbild från ${formatDateTime(snapshot.frozenAt)}: ${snapshot.label}`;
}

/** The project, its period, the time of the figures, and whether they are live or frozen. */
export function SteeringHeader({ view }: { view: SteeringView }) {
  const p = view.project;
  return (
    <>
      <p className="steering-kicker">Styrgruppens effektmått</p>
      <h1>{p.name}</h1>
      <dl className="steering-facts">
        {p.diaryNumber && (
          <div>
            <dt>Diarienummer</dt>
            <dd>{p.diaryNumber}</dd>
          </div>
        )}
        <div>
          <dt>Projekttid</dt>
          <dd>
            <time dateTime={p.startsOn}>{formatDateRange(p.startsOn, p.endsOn)}</time> ({formatPercent(view.elapsed)} av tiden hade gått)
          </dd>
        </div>
        {p.plannedParticipants !== null && (
          <div>
            <dt>Planerat antal deltagare</dt>
            <dd>{formatCount(p.plannedParticipants)}</dd>
          </div>
        )}
        <div>
          <dt>Data per</dt>
          <dd>
            <time dateTime={view.dataAsOf} data-data-as-of>
              {formatDateTime(view.dataAsOf)}
            </time>
          </dd>
        </div>
      </dl>
      {view.snapshot ? (
        <div className="notice steering-frozen" data-snapshot={view.snapshot.id}>
          <p>
            <strong>{frozenHeading(view.snapshot)}</strong>
          </p>
          <p>
            Siffrorna sparades som de var då och ändras inte när nya svar kommer in. Fryst av {view.snapshot.frozenBy}.
          </p>
        </div>
      ) : (
        <p className="steering-live">Aktuella siffror. De ändras när nya svar och uppgifter läses in.</p>
      )}
    </>
  );
}

/** Live figures or one of the snapshots (`?ogonblick=<id>`): a plain form, so it works without JavaScript. */
export function ViewChoice({ action, snapshots, current }: { action: string; snapshots: readonly SnapshotSummary[]; current: number | null }) {
  if (snapshots.length === 0) return null;
  return (
    // Keyed by the choice: after a client-side navigation (e.g. the redirect to a new snapshot) the
    // select is created anew, so it shows the figures on the page rather than the previous choice.
    <form key={current ?? 'live'} method="get" action={action} className="inline-form steering-view-choice" data-print="hide">
      <div className="field">
        <label htmlFor="visa-siffror">Visa siffror</label>
        <select id="visa-siffror" name="ogonblick" defaultValue={current === null ? '' : String(current)}>
          <option value="">Aktuella siffror</option>
          {snapshots.map((s) => (
            <option key={s.id} value={String(s.id)}>
              {s.label} (fryst {formatDateTime(s.frozenAt)})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="button button--secondary">
        Visa
      </button>
    </form>
  );
}

/** Meeting mode and the report pack, for the figures shown. */
export function SteeringActions({ links }: { links: Pick<SteeringLinks, 'meeting' | 'pdf' | 'xlsx'> }) {
  return (
    <ul className="button-list steering-actions" data-print="hide">
      <li>
        <a className="button" href={links.meeting}>
          Starta mötesläge
        </a>
      </li>
      <li>
        <a className="button button--secondary" href={links.pdf} download>
          Ladda ner rapport (PDF)
        </a>
      </li>
      <li>
        <a className="button button--secondary" href={links.xlsx} download>
          Ladda ner siffrorna (Excel)
        </a>
      </li>
    </ul>
  );
}
