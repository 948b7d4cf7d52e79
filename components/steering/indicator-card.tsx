import { MissingValue } from '../missing-value';
import { countText, targetText } from './figure-text';
import { FigureValue } from './figure-value';
import { IndicatorBars } from './indicator-bars';
import { StatusBadge } from './status-badge';
import type { MeasuredFigure, SteeringIndicator } from './types';

/** The anchor of an indicator on the steering page. */
export const indicatorAnchor = (code: string) => `indikator-${code}`;

function Measured({ m, indicator, k, name }: { m: MeasuredFigure; indicator: SteeringIndicator; k: number; name: 'baseline' | 'current' }) {
  const n = countText(m.figure, indicator.kind);
  return (
    <>
      <FigureValue figure={m.figure} scale={indicator.scale} kind={indicator.kind} k={k} name={name} className="steering-figures__value" />
      <span className="steering-figures__note">
        {m.label}
        {n && <>, {n}</>}
      </span>
    </>
  );
}

/**
 * One indicator in full: status and why, target, baseline against follow-up, the spread
 * across the project's units, and (participants) the gender split. Nothing is folded away,
 * so the page prints as it reads.
 */
export function IndicatorCard({ indicator, k }: { indicator: SteeringIndicator; k: number }) {
  const id = indicatorAnchor(indicator.code);
  const target = targetText(indicator.target, indicator.scale);
  return (
    <section className="steering-indicator" id={id} aria-labelledby={`${id}-rubrik`} data-indicator={indicator.code}>
      <div className="steering-indicator__head">
        <h3 id={`${id}-rubrik`} data-indicator-name>
          {indicator.name}
        </h3>
        <StatusBadge status={indicator.status} />
      </div>
      <p className="steering-indicator__reason">{indicator.statusReason}</p>
      <dl className="steering-figures">
        <div>
          <dt>Mål</dt>
          <dd>
            <span className="steering-figures__value" data-figure="target" data-value={target}>
              {target}
            </span>
          </dd>
        </div>
        <div>
          <dt>Utgångsläge</dt>
          <dd>
            <Measured m={indicator.baseline} indicator={indicator} k={k} name="baseline" />
          </dd>
        </div>
        <div className="steering-figures__current">
          <dt>Uppföljning</dt>
          <dd>
            <Measured m={indicator.current} indicator={indicator} k={k} name="current" />
          </dd>
        </div>
      </dl>
      <IndicatorBars indicator={indicator} />
      {indicator.spread.length > 0 && (
        <table className="data-table steering-table">
          <caption>
            Per enhet<span className="visually-hidden">: {indicator.name}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Enhet</th>
              <th scope="col">Uppföljning</th>
              <th scope="col">Underlag</th>
            </tr>
          </thead>
          <tbody>
            {indicator.spread.map((s) => (
              <tr key={s.unit.code} data-unit={s.unit.code}>
                <th scope="row">{s.unit.name}</th>
                <td colSpan={s.figure.withheld ? 2 : undefined}>
                  <FigureValue figure={s.figure} scale={indicator.scale} kind={indicator.kind} k={k} name={`unit:${s.unit.code}`} />
                </td>
                {!s.figure.withheld && <td>{countText(s.figure, indicator.kind) ?? <MissingValue />}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {indicator.split && indicator.split.length > 0 && (
        <table className="data-table steering-table">
          <caption>
            Per kön<span className="visually-hidden">: {indicator.name}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">Grupp</th>
              <th scope="col">Antal</th>
            </tr>
          </thead>
          <tbody>
            {indicator.split.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                <td>
                  <FigureValue figure={s.figure} scale={indicator.scale} kind={indicator.kind} k={k} name={`group:${s.label}`} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="steering-indicator__about">{indicator.about}</p>
    </section>
  );
}
