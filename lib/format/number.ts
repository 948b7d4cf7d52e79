// Numbers as Swedish readers expect them: decimal comma and a (non-breaking) space before %.

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** A share 0..1 as a whole percent: 0.876 → "88 %". */
export function formatPercent(share: number): string {
  return percent.format(share);
}

/** Level steps with one decimal: 0.63 → "0,6 steg". */
export function formatSteps(steps: number): string {
  return `${oneDecimal.format(steps)} steg`;
}

/** A count with Swedish digit grouping: 1234 → "1 234". */
export function formatCount(count: number): string {
  return integer.format(count);
}

const percentOneDecimal = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A share 0..1 with one decimal: 0.63358 → "63,4 %". */
export function formatPercentPrecise(share: number): string {
  return percentOneDecimal.format(share);
}

/** A plain number with one decimal: 2.456 → "2,5". */
export function formatDecimal(value: number): string {
  return oneDecimal.format(value);
}
