import { describe, expect, it } from 'vitest';
import { formatShareChange, formatStepChange } from './change';
import { formatMonth } from './month';
import { formatDecimal, formatPercentPrecise } from './number';

const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('changes since the previous round', () => {
  it('writes share changes in percentage points', () => {
    expect(formatShareChange(0.65, 0.61, 'K 2025')).toBe('+4 procentenheter sedan K 2025');
    expect(formatShareChange(0.6, 0.61, 'K 2025')).toBe('\u22121 procentenhet sedan K 2025');
    expect(formatShareChange(0.611, 0.61, 'K 2025')).toBe('oförändrat sedan K 2025');
  });

  it('writes step changes with one decimal or whole steps', () => {
    expect(formatStepChange(0.5, 0.72, 'K')).toBe('\u22120,2 steg sedan K');
    expect(formatStepChange(130, 118, 'K', 0)).toBe('+12 steg sedan K');
    expect(formatStepChange(1, 1.01, 'K')).toBe('oförändrat sedan K');
  });

  it('formats months, precise percentages and decimals', () => {
    expect(formatMonth('2026-03')).toBe('mars 2026');
    expect(plain(formatPercentPrecise(0.6335877862595419))).toBe('63,4 %');
    expect(formatDecimal(2.456)).toBe('2,5');
  });
});
