import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limit';

describe('RateLimiter', () => {
  it('allows the limit in a window, refuses the next, and allows again in the next window', () => {
    let now = 0;
    const limiter = new RateLimiter(3, 1000, () => now);
    expect([1, 2, 3, 4].map(() => limiter.attempt('a'))).toEqual([true, true, true, false]);
    expect(limiter.attempt('b')).toBe(true); // another client is not affected
    now = 1000;
    expect(limiter.attempt('a')).toBe(true);
  });
});
