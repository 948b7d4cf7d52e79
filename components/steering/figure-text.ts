// How the steering page and meeting mode write a figure: one function each, so the page, the
// slides and the PDF (printed from the page) always say the same thing.
import { formatIndicatorValue } from '@/lib/domain/indicator-values';
import type { GroupFigure, IndicatorKind, IndicatorScale } from './types';

/** What the people behind a figure are called: answers to a survey, or people in a register. */
function countedAs(kind: IndicatorKind): { one: string; many: string } {
  return kind === 'strengthened' || kind === 'effect_question' || kind === 'meets_requirements' ? { one: 'svar', many: 'svar' } : { one: 'person', many: 'personer' };
}

/**
 * Shown in place of a withheld figure. A figure is withheld when it comes from fewer than k
 * people, or when showing it would let a smaller group be worked out (a project total with a
 * withheld unit): the text is true in both cases.
 */
export function withheldText(k: number, kind: IndicatorKind): string {
  return `Visas inte: skyddar grupper med färre än ${k} ${countedAs(kind).many}`;
}

/**
 * The short form of a withheld figure, with no digit in it: what `data-value` carries, so that
 * a machine reading the page (the report pack's tests) never mistakes it for a number.
 */
export const WITHHELD_VALUE = 'visas inte';

/** "n = 248 svar" / "n = 32 personer", or null when the figure has no n. */
export function countText(figure: GroupFigure, kind: IndicatorKind): string | null {
  if (figure.withheld || figure.n === null) return null;
  const words = countedAs(kind);
  return `${new Intl.NumberFormat('sv-SE').format(figure.n)} ${figure.n === 1 ? words.one : words.many}`;
}

/**
 * The figure as text: the value in its scale, the withheld sentence, or null when there is no
 * value at all (nothing measured: the caller shows a dash).
 */
export function figureText(figure: GroupFigure, scale: IndicatorScale, k: number, kind: IndicatorKind): string | null {
  if (figure.withheld) return withheldText(k, kind);
  return figure.value === null ? null : formatIndicatorValue(figure.value, scale);
}

/** `data-value` of a figure: as written on the page, "visas inte" when withheld, null when absent. */
export function figureDataValue(figure: GroupFigure, scale: IndicatorScale): string | null {
  if (figure.withheld) return WITHHELD_VALUE;
  return figure.value === null ? null : formatIndicatorValue(figure.value, scale);
}

/** "Mål: 75 %" without the prefix, or "Inget mål". */
export function targetText(target: number | null, scale: IndicatorScale): string {
  return target === null ? 'Inget mål' : formatIndicatorValue(target, scale);
}

const signedInteger = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const signedDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/**
 * A change in the indicator's scale, with its sign: shares in percentage points ("+4
 * procentenheter"), steps with one decimal ("−0,2 steg"), counts as whole numbers ("+12").
 * A change that rounds to nothing says so rather than "0".
 */
export function deltaText(delta: number, scale: IndicatorScale): string {
  switch (scale) {
    case 'share': {
      const points = Math.round(delta * 100);
      if (points === 0) return 'mindre än 1 procentenhet';
      return `${signedInteger.format(points)} ${Math.abs(points) === 1 ? 'procentenhet' : 'procentenheter'}`;
    }
    case 'steps': {
      const tenths = Math.round(delta * 10) / 10;
      if (tenths === 0) return 'mindre än 0,1 steg';
      return `${signedDecimal.format(tenths)} steg`;
    }
    case 'count': {
      const whole = Math.round(delta);
      if (whole === 0) return 'mindre än 1';
      return signedInteger.format(whole);
    }
  }
}
