import { describe, expect, it } from 'vitest';
import { changesBetween } from './steering-changes';

const ind = (code: string, scale: 'share' | 'count' | 'steps', value: number | null, withheld = false, target: number | null = null) => ({
  code, name: code, scale, target, current: { figure: { withheld, value: withheld ? null : value, n: withheld ? null : 50 } },
});

describe('changesBetween', () => {
  it('ranks by size (points for shares, share of target for counts), skips unchanged and withheld figures', () => {
    const before = [ind('a', 'share', 0.5), ind('b', 'share', 0.4), ind('c', 'count', 10, false, 40), ind('d', 'share', 0.3), ind('e', 'share', 0.2, true)];
    const now = [ind('a', 'share', 0.52), ind('b', 'share', 0.3), ind('c', 'count', 18, false, 40), ind('d', 'share', 0.3), ind('e', 'share', 0.9)];
    // b −10 points, c +8 of 40 = 20 %, a +2 points; d unchanged; e was withheld.
    expect(changesBetween(before, now).map((c) => [c.indicator, Math.round(c.delta * 100) / 100])).toEqual([['c', 8], ['b', -0.1], ['a', 0.02]]);
  });
  it('keeps at most five', () => {
    const before = Array.from({ length: 8 }, (_, i) => ind(`i${i}`, 'share', 0.1));
    const now = Array.from({ length: 8 }, (_, i) => ind(`i${i}`, 'share', 0.1 + (i + 1) / 100));
    expect(changesBetween(before, now).map((c) => c.indicator)).toEqual(['i7', 'i6', 'i5', 'i4', 'i3']);
  });
});
