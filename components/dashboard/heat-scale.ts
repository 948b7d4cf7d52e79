/**
 * Five steps of ColorBrewer's single-hue "Blues" (sequential, safe for the common forms of
 * colour blindness and in greyscale), darker for a larger share meeting the requirement. The
 * text colour is chosen per step for a contrast of at least 4.5:1; the figure is always
 * printed, so the colour is never the only signal.
 */
const STEPS = [
  { upTo: 0.2, background: '#eff3ff', color: '#1a1a1a' },
  { upTo: 0.4, background: '#c6dbef', color: '#1a1a1a' },
  { upTo: 0.6, background: '#6baed6', color: '#1a1a1a' },
  { upTo: 0.8, background: '#2171b5', color: '#ffffff' },
  { upTo: Infinity, background: '#08306b', color: '#ffffff' },
] as const;

export function heatColours(share: number): { background: string; color: string } {
  const step = STEPS.find((s) => share < s.upTo) ?? STEPS[4];
  return { background: step.background, color: step.color };
}

/** The legend: each step's colours and range in words. */
export const HEAT_LEGEND = STEPS.map((s, i) => ({
  ...s,
  label: i === 0 ? 'under 20 %' : s.upTo === Infinity ? '80 % eller mer' : `${i * 20}–${i * 20 + 19} %`,
}));
