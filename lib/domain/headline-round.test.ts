import { describe, expect, it } from 'vitest';
import { headlineRound } from './headline-round';

const R = [
  { id: 1, closesOn: '2025-04-11' },
  { id: 2, closesOn: '2026-04-10' },
  { id: 3, closesOn: '2026-12-11' }, // open on 2026-11-23
];

describe('the round a summary shows', () => {
  it('prefers the latest closed round with answers over an open one that has a few', () => {
    expect(headlineRound(R, new Set([1, 2, 3]), '2026-11-23')?.id).toBe(2);
  });
  it('shows an open round when it is the only one with answers', () => {
    expect(headlineRound(R, new Set([3]), '2026-11-23')?.id).toBe(3);
  });
  it('falls back to the latest round when nothing has been answered', () => {
    expect(headlineRound(R, new Set(), '2026-11-23')?.id).toBe(3);
    expect(headlineRound([], new Set(), '2026-11-23')).toBeUndefined();
  });
});
