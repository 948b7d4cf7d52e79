import { describe, expect, it } from 'vitest';
import { soakWindows } from './soak-windows';

describe('soakWindows', () => {
  it('compares minutes 2–4 with the last three in the ten-minute run', () => {
    expect(soakWindows(10)).toEqual({ start: { from: 1, to: 4 }, end: { from: 7, to: 10 } });
  });

  it('uses the one minute there is in the short run inside npm test', () => {
    expect(soakWindows(1)).toEqual({ start: { from: 0, to: 1 }, end: { from: 0, to: 1 } });
  });

  it('skips the warm-up minute and never lets the windows overlap', () => {
    expect(soakWindows(2)).toEqual({ start: { from: 1, to: 2 }, end: { from: 1, to: 2 } });
    expect(soakWindows(3)).toEqual({ start: { from: 1, to: 2 }, end: { from: 2, to: 3 } });
    for (let m = 3; m <= 30; m++) {
      const { start, end } = soakWindows(m);
      expect(start.from).toBe(1);
      expect(end.to).toBe(m);
      expect(start.to).toBeLessThanOrEqual(end.from);
      expect(end.to - end.from).toBe(start.to - start.from);
    }
  });

  it('refuses a run shorter than a minute', () => {
    expect(() => soakWindows(0)).toThrow(RangeError);
    expect(() => soakWindows(1.5)).toThrow(RangeError);
  });
});
