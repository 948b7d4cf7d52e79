import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { IndicatorCard } from './indicator-card';
import { meetingSlides } from './meeting-slides';
import { NoIndicators } from './no-indicators';
import { StatusTable } from './steering-summary';
import type { SteeringIndicator, SteeringView } from './types';

const WITHHELD = { withheld: true, value: null, n: null };

const strengthened: SteeringIndicator = {
  code: 'starkt',
  kind: 'strengthened',
  name: 'Andel som känner sig stärkta i yrkesrollen',
  scale: 'share',
  target: null,
  baseline: { round: { code: 'R1', name: 'Omgång 1' }, label: 'Omgång 1', figure: { withheld: false, value: 0.4, n: 40 } },
  current: { round: { code: 'R2', name: 'Omgång 2' }, label: 'Omgång 2', figure: WITHHELD },
  status: 'unknown',
  statusReason: 'För få personer för att visa siffran.',
  spread: [
    { unit: { code: 'A', name: 'Enhet A' }, figure: { withheld: false, value: 0.5, n: 12 } },
    { unit: { code: 'B', name: 'Enhet B' }, figure: WITHHELD },
  ],
  split: null,
  about: 'Om siffran.',
};

const view = (indicators: SteeringIndicator[]): SteeringView => ({
  project: { code: 'P', name: 'Projektet', diaryNumber: null, startsOn: '2025-01-01', endsOn: '2026-12-31', plannedParticipants: null },
  k: 5,
  dataAsOf: '2026-11-23T10:00:00Z',
  snapshot: null,
  elapsed: 0.5,
  indicators,
  changes: [],
  comparedWith: null,
  statusRules: [],
});

const html = (element: Parameters<typeof renderToStaticMarkup>[0]) => renderToStaticMarkup(element);

describe('IndicatorCard', () => {
  const markup = html(createElement(IndicatorCard, { indicator: strengthened, k: 5 }));

  it('says a withheld figure is withheld, in words without a digit for machines', () => {
    expect(markup).toContain('class="steering-figures__value steering-withheld" data-figure="current" data-value="visas inte">Visas inte: skyddar grupper med färre än 5 svar</span>');
    expect(markup).toContain('data-figure="unit:B" data-value="visas inte">Visas inte: skyddar grupper med färre än 5 svar</span>');
    // The withheld unit's n is not shown either: its cell spans both columns.
    expect(markup).toMatch(/<td colSpan="2"><span class="steering-withheld" data-figure="unit:B"/i);
    expect(markup).toContain('data-figure="unit:A" data-value="50\u00a0%">50\u00a0%</span>');
    expect(markup).toContain('12 svar');
  });

  it('states the status in words beside its shape, and that there is no target', () => {
    expect(markup).toMatch(/data-status="unknown"><svg[^>]*aria-hidden="true"/);
    expect(markup).toContain('Status: </span>Kan inte bedömas');
    expect(markup).toContain('data-figure="target" data-value="Inget mål">Inget mål</span>');
  });

  it('marks the indicator and its name for the report pack', () => {
    expect(markup).toContain('data-indicator="starkt"');
    expect(markup).toMatch(/<h3 id="indikator-starkt-rubrik" data-indicator-name="[^"]*">Andel som känner sig stärkta i yrkesrollen<\/h3>/);
  });
});

describe('StatusTable', () => {
  it('writes a withheld figure in words on the overview too', () => {
    const markup = html(createElement(StatusTable, { view: view([strengthened]) }));
    expect(markup).toContain('Visas inte: skyddar grupper med färre än 5 svar');
    expect(markup).toContain('href="#indikator-starkt"');
    expect(html(createElement(StatusTable, { view: view([strengthened]), links: false }))).not.toContain('href=');
  });
});

describe('NoIndicators', () => {
  it('tells HR how to add one, and everyone else who does', () => {
    expect(html(createElement(NoIndicators, { canAdd: true, formAnchor: 'ny-indikator' }))).toContain('<a href="#ny-indikator">Lägg till en indikator</a>');
    const member = html(createElement(NoIndicators, { canAdd: false, formAnchor: 'ny-indikator' }));
    expect(member).toContain('Projektet har inga indikatorer ännu');
    expect(member).toContain('Indikatorerna läggs till av HR.');
    expect(member).not.toContain('href=');
  });
});

describe('meetingSlides', () => {
  it('has the overview, the changes, then one slide per indicator', () => {
    const other = { ...strengthened, code: 'krav', name: 'Andel som når kraven' };
    expect(meetingSlides(view([strengthened, other])).map((s) => s.title)).toEqual([
      'Läget just nu',
      'Störst förändring sedan förra mötet',
      'Andel som känner sig stärkta i yrkesrollen',
      'Andel som når kraven',
    ]);
    expect(meetingSlides(view([])).map((s) => s.key)).toEqual(['oversikt', 'forandring']);
  });
});
