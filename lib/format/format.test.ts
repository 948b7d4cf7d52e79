import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './date';
import { formatCount, formatPercent, formatSteps } from './number';
import { unitKindLabel } from './unit-kind';

// Intl separates number and unit with a no-break space; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('lib/format', () => {
  it('formats shares, steps and counts the Swedish way', () => {
    expect(plain(formatPercent(0.876))).toBe('88 %');
    expect(plain(formatPercent(0))).toBe('0 %');
    expect(plain(formatSteps(0.63))).toBe('0,6 steg');
    expect(plain(formatCount(1234))).toBe('1 234');
  });

  it('formats ISO days without moving them across time zones', () => {
    expect(formatDate('2026-03-02')).toBe('2 mars 2026');
    expect(formatDateRange('2026-03-02', '2026-04-10')).toBe('2 mars–10 april 2026');
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });

  it('names unit kinds in Swedish', () => {
    expect(unitKindLabel('forvaltning')).toBe('Förvaltning');
    expect(unitKindLabel('omrade')).toBe('Område');
  });
});
