import type { IndicatorScale, IndicatorStatus } from './indicators';

const percent = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 0 });
const steps = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });

/** An indicator value as the steering page, the PDF and meeting mode write it: "64 %", "0,3 steg", "42". */
export function formatIndicatorValue(value: number, scale: IndicatorScale): string {
  switch (scale) {
    case 'share':
      return percent.format(value);
    case 'steps':
      return `${steps.format(value)} steg`;
    case 'count':
      return integer.format(value);
  }
}

/** Why an indicator has its status, in one plain Swedish sentence. */
export function statusReason(args: {
  status: IndicatorStatus;
  scale: IndicatorScale;
  baseline: number | null;
  current: number | null;
  currentWithheld: boolean;
  target: number | null;
  elapsed: number;
}): string {
  const { current, target, scale } = args;
  if (target === null) return 'Inget mål är satt.';
  if (args.currentWithheld) return 'För få personer för att visa siffran.';
  if (current === null) return 'Det finns inget värde ännu.';
  const goal = formatIndicatorValue(target, scale);
  if (current >= target) return `Målet ${goal} är nått.`;
  const start = args.baseline ?? 0;
  const time = percent.format(Math.min(1, Math.max(0, args.elapsed)));
  if (target <= start) return `Utgångsläget var redan ${formatIndicatorValue(start, scale)}; målet är ${goal}.`;
  const progress = (current - start) / (target - start);
  if (progress < 0) return `Värdet har blivit sämre sedan utgångsläget. Målet är ${goal}; ${time} av projekttiden har gått.`;
  return `${percent.format(progress)} av vägen från utgångsläget till målet ${goal}; ${time} av projekttiden har gått.`;
}

/**
 * How large a change is, to rank "what changed most": percentage points for shares, tenths of
 * a step for steps, and for counts the change as a percentage of the target (or the count).
 */
export function changeWeight(delta: number, scale: IndicatorScale, target: number | null): number {
  switch (scale) {
    case 'share':
      return Math.abs(delta) * 100;
    case 'steps':
      return Math.abs(delta) * 100;
    case 'count':
      return (Math.abs(delta) / Math.max(1, target ?? 1)) * 100;
  }
}
