// Changes since the previous round, in words. Intl's sv-SE signs use the real minus sign (−).

const signedInteger = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
const signedDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' });

/** Two shares 0..1 → "+4 procentenheter sedan X" (rounded to whole points; "oförändrat" at 0). */
export function formatShareChange(current: number, previous: number, since: string): string {
  const points = Math.round((current - previous) * 100);
  if (points === 0) return `oförändrat sedan ${since}`;
  return `${signedInteger.format(points)} ${Math.abs(points) === 1 ? 'procentenhet' : 'procentenheter'} sedan ${since}`;
}

/** Two figures in level steps → "−0,2 steg sedan X" (one decimal; "oförändrat" at 0). */
export function formatStepChange(current: number, previous: number, since: string, decimals: 0 | 1 = 1): string {
  const diff = current - previous;
  const rounded = decimals === 0 ? Math.round(diff) : Math.round(diff * 10) / 10;
  if (rounded === 0) return `oförändrat sedan ${since}`;
  return `${(decimals === 0 ? signedInteger : signedDecimal).format(rounded)} steg sedan ${since}`;
}
