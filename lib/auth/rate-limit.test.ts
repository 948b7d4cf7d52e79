import { describe, expect, it } from 'vitest';
import { clientAddress, RateLimiter } from './rate-limit';

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

describe('the client address a sign-in is counted by', () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it('behind a proxy of one’s own: the last X-Forwarded-For entry, the one the proxy appended', () => {
    // The client sent "1.2.3.4" itself; the proxy appended the address it saw.
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4, 203.0.113.9' }), { TRUST_PROXY: 'true' })).toBe('203.0.113.9');
    expect(clientAddress(headers({ 'x-forwarded-for': '203.0.113.9' }), { TRUST_PROXY: 'true' })).toBe('203.0.113.9');
  });

  it('on Vercel: x-real-ip, which Vercel sets', () => {
    expect(clientAddress(headers({ 'x-real-ip': '198.51.100.7', 'x-forwarded-for': 'forged' }), { VERCEL: '1' })).toBe('198.51.100.7');
  });

  it('with no proxy to trust: one shared key, whatever the headers say', () => {
    expect(clientAddress(headers({ 'x-forwarded-for': '1.2.3.4', 'x-real-ip': '5.6.7.8' }), {})).toBe('direkt');
  });
});
