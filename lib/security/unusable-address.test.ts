import { describe, expect, it } from 'vitest';
import { isUnusableAddress } from './unusable-address';

describe('isUnusableAddress', () => {
  it('refuses a NUL or a malformed escape in the path or the query', () => {
    expect(isUnusableAddress('/enheter/%00', '')).toBe(true);
    expect(isUnusableAddress('/enheter/%E0%A4%A', '')).toBe(true);
    expect(isUnusableAddress('/enheter/EXB', '?omgang=%00')).toBe(true);
    expect(isUnusableAddress('/enheter/EXB', '?%00=1')).toBe(true);
  });

  it('leaves a broken escape in the query string to URLSearchParams, which keeps it as text', () => {
    expect(isUnusableAddress('/prioriteringar', '?roll=%ZZ')).toBe(false);
  });

  it('lets ordinary addresses through, Swedish and Arabic letters and plus signs included', () => {
    expect(isUnusableAddress('/enheter/EXB-VO-ALD-01', '?omgang=KART-2026-H&roll=underskoterska')).toBe(false);
    expect(isUnusableAddress('/personer/D10144', '')).toBe(false);
    expect(isUnusableAddress('/kartlaggning', '?sprak=ar&steg=sammanfattning&fel=ogiltigt')).toBe(false);
    expect(isUnusableAddress(`/enheter/${encodeURIComponent('Åsa & Ölm')}`, `?q=${encodeURIComponent('العربية')}+x`)).toBe(false);
    expect(isUnusableAddress('/', '')).toBe(false);
  });
});
