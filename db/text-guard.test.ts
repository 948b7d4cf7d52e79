import { describe, expect, it } from 'vitest';
import { InvalidInputError } from '@/lib/data/errors';
import { holdsNul, refuseNulParameters } from './text-guard';

describe('refuseNulParameters', () => {
  it('refuses a parameter with NUL, or its JSON escape, anywhere in a text or an array of texts', () => {
    expect(() => refuseNulParameters.logQuery('select $1', ['EXB\u0000'])).toThrow(InvalidInputError);
    expect(() => refuseNulParameters.logQuery('select $1', [JSON.stringify({ round: 'a\u0000' })])).toThrow(InvalidInputError);
    expect(() => refuseNulParameters.logQuery('select $1, $2', [1, ['K01', 'K\u00002']])).toThrow(InvalidInputError);
  });

  it('lets every other text through, Arabic, emoji and other control characters included', () => {
    expect(() => refuseNulParameters.logQuery('select $1', ['العربية', 'Åsa 😀', '\t\u0001', null, 3, new Date(), ['a']])).not.toThrow();
    expect(holdsNul('u0000')).toBe(false);
  });
});
