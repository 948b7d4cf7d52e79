import type { ReactNode } from 'react';
import { STATUS_LABEL } from '@/lib/domain/indicators';
import { MissingValue } from '../missing-value';
import { countText, figureText, targetText } from './figure-text';
import { FigureValue } from './figure-value';
import { StatusBadge, StatusIcon } from './status-badge';
import { ChangesList, KRule } from './steering-summary';
import type { SteeringIndicator, SteeringView } from './types';

export interface MeetingSlide {
  key: string;
  /** Read out with the slide's number when it is shown. */
  title: string;
  content: ReactNode;
}

function OverviewSlide({ view }: { view: SteeringView }) {
  return (
    <>
      <h2 className="meeting-slide__title">Läget just nu</h2>
      {view.indicators.length === 0 ? (
        <p className="meeting-slide__lead">Projektet har inga indikatorer ännu.</p>
      ) : (
        <ul className="meeting-overview">
          {view.indicators.map((i) => (
            <li key={i.code} className={`steering-status--${i.status}`}>
              <StatusIcon status={i.status} />
              <span className="meeting-overview__name">{i.name}</span>
              <span className={`meeting-overview__value${i.current.figure.withheld ? ' steering-withheld' : ''}`}>
                {figureText(i.current.figure, i.scale, view.k, i.kind) ?? <MissingValue />}
              </span>
              <span className="meeting-overview__status">{STATUS_LABEL[i.status]}</span>
            </li>
          ))}
        </ul>
      )}
      <KRule k={view.k} />
    </>
  );
}

function ChangesSlide({ view }: { view: SteeringView }) {
  return (
    <>
      <h2 className="meeting-slide__title">Störst förändring sedan förra mötet</h2>
      <div className="meeting-slide__lead">
        <ChangesList view={view} />
      </div>
    </>
  );
}

function IndicatorSlide({ indicator: i, k }: { indicator: SteeringIndicator; k: number }) {
  const currentN = countText(i.current.figure, i.kind);
  const baseline = figureText(i.baseline.figure, i.scale, k, i.kind);
  return (
    <div data-slide-indicator={i.code}>
      <h2 className="meeting-slide__title" data-indicator-name>
        {i.name}
      </h2>
      <div className="meeting-slide__grid">
        <div className="meeting-slide__main">
          <p className="meeting-slide__value">
            <FigureValue figure={i.current.figure} scale={i.scale} kind={i.kind} k={k} name="current" />
          </p>
          <p className="meeting-slide__caption">
            Uppföljning: {i.current.label}
            {currentN && <>, {currentN}</>}
          </p>
          <p className="meeting-slide__status">
            <StatusBadge status={i.status} />
          </p>
          <p className="meeting-slide__reason">{i.statusReason}</p>
        </div>
        <div className="meeting-slide__side">
          <dl className="meeting-slide__facts">
            <div>
              <dt>Mål</dt>
              <dd data-figure="target" data-value={targetText(i.target, i.scale)}>
                {targetText(i.target, i.scale)}
              </dd>
            </div>
            <div>
              <dt>Utgångsläge</dt>
              <dd>
                <span className={i.baseline.figure.withheld ? 'steering-withheld' : undefined}>{baseline ?? <MissingValue />}</span>{' '}
                <span className="meeting-slide__note">({i.baseline.label})</span>
              </dd>
            </div>
          </dl>
          {i.spread.length > 0 && (
            <>
              <h3 className="meeting-slide__subtitle">Per enhet</h3>
              <ul className="meeting-slide__spread">
                {i.spread.map((s) => (
                  <li key={s.unit.code}>
                    <span>{s.unit.name}</span>{' '}
                    <strong className={s.figure.withheld ? 'steering-withheld' : undefined}>{figureText(s.figure, i.scale, k, i.kind) ?? <MissingValue />}</strong>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
    </div>
  );
}

/** The slides of meeting mode: the overview, what changed since the last meeting, then one per indicator. */
export function meetingSlides(view: SteeringView): MeetingSlide[] {
  return [
    { key: 'oversikt', title: 'Läget just nu', content: <OverviewSlide view={view} /> },
    { key: 'forandring', title: 'Störst förändring sedan förra mötet', content: <ChangesSlide view={view} /> },
    ...view.indicators.map((i) => ({ key: `indikator-${i.code}`, title: i.name, content: <IndicatorSlide indicator={i} k={view.k} /> })),
  ];
}
