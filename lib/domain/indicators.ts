/**
 * The steering group's indicators (issue 6, DOMAIN.md "Effect measures"): what each kind
 * measures, how its value is written, and the rule that says whether it is on track.
 */

export const INDICATOR_KINDS = [
  'participants',
  'strengthened',
  'effect_question',
  'uptake',
  'gap_closure',
  'meets_requirements',
  'introduction',
  'supervisors',
  'language_agents',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];

/** How a value is written: a share 0..1 as a percentage, a count of people, or level steps. */
export type IndicatorScale = 'share' | 'count' | 'steps';

export const INDICATOR_SCALE: Record<IndicatorKind, IndicatorScale> = {
  participants: 'count',
  strengthened: 'share',
  effect_question: 'share',
  uptake: 'share',
  gap_closure: 'steps',
  meets_requirements: 'share',
  introduction: 'share',
  supervisors: 'count',
  language_agents: 'count',
};

/** The indicator's name when the project gives none. */
export const INDICATOR_DEFAULT_NAME: Record<IndicatorKind, string> = {
  participants: 'Deltagare mot plan',
  strengthened: 'Andel som känner sig stärkta i yrkesrollen',
  effect_question: 'Andel som instämmer',
  uptake: 'Andel som gått en digital kurs',
  gap_closure: 'Minskat kompetensgap',
  meets_requirements: 'Andel som når kraven för sin roll',
  introduction: 'Andel nyanställda med avslutad introduktion',
  supervisors: 'Utbildade handledare',
  language_agents: 'Utbildade språkombud',
};

export type IndicatorStatus = 'on_track' | 'at_risk' | 'behind' | 'unknown';

export const STATUS_LABEL: Record<IndicatorStatus, string> = {
  on_track: 'I fas',
  at_risk: 'Risk',
  behind: 'Efter',
  unknown: 'Kan inte bedömas',
};

/**
 * A figure of a group: its value, the number of people it comes from, and whether it is
 * withheld (fewer than k people, or withheld so that a smaller group cannot be derived).
 * A withheld figure carries neither value nor n.
 */
export interface GroupFigure {
  withheld: boolean;
  value: number | null;
  n: number | null;
}

export const WITHHELD: GroupFigure = { withheld: true, value: null, n: null };

/** The rules as the steering page states them, in the order they are tried. */
export const STATUS_RULES: readonly string[] = [
  'I fas: målet är nått, eller förbättringen sedan utgångsläget är minst lika stor som den del av projekttiden som har gått (till exempel halva vägen till målet när halva tiden har gått).',
  'Risk: förbättringen ligger högst 25 procentenheter efter den takten.',
  'Efter: förbättringen ligger mer än 25 procentenheter efter den takten, eller värdet har blivit sämre.',
  'Kan inte bedömas: det finns inget mål, inget värde, eller för få svar för att visa siffran.',
];

/**
 * On track, at risk or behind (STATUS_RULES), from the baseline, the current value, the target
 * and the share of the project period that has passed (0..1). Higher values are better for
 * every built-in kind. Without a baseline, progress is measured from zero.
 */
export function indicatorStatus(args: { baseline: number | null; current: number | null; target: number | null; elapsed: number }): IndicatorStatus {
  const { current, target } = args;
  if (current === null || target === null) return 'unknown';
  if (current >= target) return 'on_track';
  const start = args.baseline ?? 0;
  if (target <= start) return current >= start ? 'on_track' : 'behind';
  const progress = (current - start) / (target - start);
  const elapsed = Math.min(1, Math.max(0, args.elapsed));
  if (progress >= elapsed) return 'on_track';
  if (progress >= 0 && progress >= elapsed - 0.25) return 'at_risk';
  return 'behind';
}

/** The share of [startsOn, endsOn] that has passed on `today` (dates as YYYY-MM-DD), 0..1. */
export function elapsedShare(startsOn: string, endsOn: string, today: string): number {
  const day = (d: string) => Date.parse(`${d}T00:00:00Z`) / 86_400_000;
  const total = day(endsOn) - day(startsOn);
  if (total <= 0) return today >= endsOn ? 1 : 0;
  return Math.min(1, Math.max(0, (day(today) - day(startsOn)) / total));
}
