import { describe, expect, it } from 'vitest';
import { formatDateIn, formatMomentIn, parseMoment } from './localized-date';

describe('localized dates', () => {
  it('reads PostgreSQL and ISO timestamps alike', () => {
    expect(parseMoment('2026-11-23 16:05:00.123456+00').toISOString()).toBe('2026-11-23T16:05:00.123Z');
    expect(parseMoment('2026-11-23 16:05:00+01').toISOString()).toBe('2026-11-23T15:05:00.000Z');
    expect(parseMoment('2026-11-23T16:05:00Z').toISOString()).toBe('2026-11-23T16:05:00.000Z');
    expect(() => parseMoment('igår')).toThrow(RangeError);
  });

  it('writes days in the chosen language, Arabic with Latin digits', () => {
    expect(formatDateIn('2026-12-11', 'sv-SE')).toBe('11 december 2026');
    expect(formatDateIn('2026-12-11', 'en-GB')).toBe('11 December 2026');
    expect(formatDateIn('2026-12-11', 'ar-u-nu-latn')).toMatch(/^11 .+ 2026$/);
    expect(formatMomentIn('2026-11-23 16:05:00+00', 'sv-SE')).toBe('23 november 2026 kl. 17:05');
  });
});
