import { describe, expect, it } from 'vitest';
import { countText, deltaText, figureDataValue, figureText, targetText, withheldText } from './figure-text';

const shown = (value: number | null, n: number | null) => ({ withheld: false, value, n });
const withheld = { withheld: true, value: null, n: null };

describe('figureText', () => {
  it('writes a value in its scale, the Swedish way', () => {
    expect(figureText(shown(0.7065, 276), 'share', 5, 'strengthened')).toBe('71\u00a0%');
    expect(figureText(shown(0.5136, 230), 'steps', 5, 'gap_closure')).toBe('0,5 steg');
    expect(figureText(shown(1317, 1317), 'count', 5, 'participants')).toBe('1\u00a0317');
  });

  it('says a withheld figure is withheld, never blank, with the k of the installation', () => {
    expect(figureText(withheld, 'share', 5, 'strengthened')).toBe('Visas inte: skyddar grupper med färre än 5 svar');
    expect(figureText(withheld, 'count', 7, 'participants')).toBe('Visas inte: skyddar grupper med färre än 7 personer');
    expect(withheldText(5, 'uptake')).toBe('Visas inte: skyddar grupper med färre än 5 personer');
  });

  it('has no text for a figure that was never measured (the page shows a dash)', () => {
    expect(figureText(shown(null, null), 'count', 5, 'participants')).toBeNull();
  });
});

describe('figureDataValue', () => {
  it('is the value as written, and words without a digit for a withheld figure', () => {
    expect(figureDataValue(shown(0.43, 400), 'share')).toBe('43\u00a0%');
    expect(figureDataValue(withheld, 'share')).toBe('visas inte');
    expect(figureDataValue(withheld, 'share')).not.toMatch(/\d/);
    expect(figureDataValue(shown(null, null), 'share')).toBeNull();
  });
});

describe('countText', () => {
  it('names what was counted, and nothing for a withheld figure', () => {
    expect(countText(shown(0.7, 276), 'strengthened')).toBe('276 svar');
    expect(countText(shown(32, 1), 'participants')).toBe('1 person');
    expect(countText(shown(0.4, 1200), 'uptake')).toBe('1\u00a0200 personer');
    expect(countText(withheld, 'uptake')).toBeNull();
  });
});

describe('targetText', () => {
  it('writes the target in the scale, or says there is none', () => {
    expect(targetText(0.75, 'share')).toBe('75\u00a0%');
    expect(targetText(360, 'count')).toBe('360');
    expect(targetText(null, 'share')).toBe('Inget mål');
  });
});

describe('deltaText', () => {
  it('gives shares in percentage points, with a real minus sign', () => {
    expect(deltaText(0.04, 'share')).toBe('+4 procentenheter');
    expect(deltaText(-0.012, 'share')).toBe('−1 procentenhet');
    expect(deltaText(0.001, 'share')).toBe('mindre än 1 procentenhet');
  });

  it('gives steps with one decimal and counts as whole numbers', () => {
    expect(deltaText(-0.23, 'steps')).toBe('−0,2 steg');
    expect(deltaText(0.01, 'steps')).toBe('mindre än 0,1 steg');
    expect(deltaText(12, 'count')).toBe('+12');
    expect(deltaText(-1234, 'count')).toBe('−1\u00a0234');
  });
});
