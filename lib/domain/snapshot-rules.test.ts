import { describe, expect, it } from 'vitest';
import type { GroupFigure, IndicatorKind } from './indicators';
import { snapshotAsShownNow, type StoredIndicator } from './snapshot-rules';

const shown = (value: number, n: number): GroupFigure => ({ withheld: false, value, n });

function indicator(code: string, kind: IndicatorKind, current: GroupFigure, spread: GroupFigure[], round = 'H26'): StoredIndicator {
  return {
    code,
    kind,
    scale: 'share',
    target: 0.9,
    baseline: { round: { code: 'V26', name: 'Våren 2026' }, label: 'Våren 2026', figure: shown(0.5, 40) },
    current: { round: { code: round, name: 'Hösten 2026' }, label: 'Hösten 2026', figure: current },
    status: 'at_risk',
    statusReason: 'stored',
    spread: spread.map((figure, i) => ({ unit: { code: `U${i}`, name: `Enhet ${i}` }, figure })),
    split: null,
  };
}

const closesOn = new Map([['V26', '2026-04-10'], ['H26', '2026-12-11']]);

describe('a snapshot as shown today', () => {
  it('drops the figures of an effect round that had not closed when it was frozen, and the change it fed', () => {
    const view = {
      k: 5,
      elapsed: 0.5,
      indicators: [indicator('stark', 'strengthened', shown(0.7, 30), [shown(0.6, 12), shown(0.8, 18)]), indicator('krav', 'meets_requirements', shown(0.7, 30), [])],
      changes: [{ indicator: 'stark' }, { indicator: 'krav' }],
    };
    const now = snapshotAsShownNow(view, { k: 5, closesOn, frozenOn: '2026-12-01' });
    const stark = now.indicators[0] as StoredIndicator;
    expect(stark.current.figure).toEqual({ withheld: false, value: null, n: null });
    expect(stark.current.label).toBe('Hösten 2026: siffrorna kommer 2026-12-12, när omgången har stängt');
    expect(stark.spread.map((s) => s.figure.n)).toEqual([null, null]);
    expect(stark.status).toBe('unknown');
    // The closed baseline round and a competence indicator stay as frozen.
    expect(stark.baseline.figure).toEqual(shown(0.5, 40));
    expect(now.indicators[1]).toBe(view.indicators[1]);
    expect(now.changes).toEqual([{ indicator: 'krav' }]);
  });

  it('keeps the figures of an effect round that had closed before the freezing', () => {
    const view = { k: 5, elapsed: 0.5, indicators: [indicator('stark', 'strengthened', shown(0.7, 30), [])], changes: [] };
    expect(snapshotAsShownNow(view, { k: 5, closesOn, frozenOn: '2026-12-12' }).indicators[0]?.current.figure).toEqual(shown(0.7, 30));
  });

  it('withholds a figure under a higher k now, with the rest of its group, and never lowers k', () => {
    const view = { k: 5, elapsed: 0.5, indicators: [indicator('krav', 'meets_requirements', shown(0.7, 30), [shown(0.6, 6), shown(0.8, 24)])], changes: [] };
    const now = snapshotAsShownNow(view, { k: 7, closesOn, frozenOn: '2026-12-12' });
    expect(now.k).toBe(7);
    const krav = now.indicators[0] as StoredIndicator;
    // The unit of 6 under k = 7, and the total and the other unit with it: 30 − 24 would give it.
    expect([krav.current.figure, ...krav.spread.map((s) => s.figure)].every((f) => f.withheld && f.n === null && f.value === null)).toBe(true);
    expect(krav.baseline.figure).toEqual(shown(0.5, 40));
    expect(snapshotAsShownNow(view, { k: 3, closesOn, frozenOn: '2026-12-12' }).k).toBe(5);
  });
});
