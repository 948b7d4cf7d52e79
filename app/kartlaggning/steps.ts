import { SURVEY_LANGUAGES } from '@/lib/domain/languages';
import type { SurveyView } from '@/lib/data/survey';
import type { SurveyText } from '@/lib/i18n/types';

// The survey's steps as the address names them: ?steg=1..N (one per area), then
// ?steg=effekt, ?steg=sammanfattning, and ?steg=klar after sending.
export const EFFECT_STEP = 'effekt';
export const SUMMARY_STEP = 'sammanfattning';
export const DONE_STEP = 'klar';

/** The language a person chose, remembered for their next visit on this device. */
export const LANGUAGE_COOKIE = 'kk-sprak';

const STEP_PATTERN = /^(?:[1-9]\d{0,2}|effekt|sammanfattning|klar)$/;

export interface SurveyStep {
  param: string;
  label: string;
  complete: boolean;
}

/** A step name from the address or a form, or null when it is not one. */
export function stepParam(value: unknown): string | null {
  return typeof value === 'string' && STEP_PATTERN.test(value) ? value : null;
}

/** A language the survey offers, or null. */
export function languageParam(value: unknown): string | null {
  return typeof value === 'string' && SURVEY_LANGUAGES.some((l) => l.code === value) ? value : null;
}

export function surveyHref(step: string, language: string, extra: Record<string, string> = {}): string {
  return `/kartlaggning?${new URLSearchParams({ steg: step, sprak: language, ...extra }).toString()}`;
}

/** Areas, the effect questions (when the round has any), the summary. */
export function surveySteps(survey: Pick<SurveyView, 'steps' | 'effectQuestions'>, text: SurveyText): SurveyStep[] {
  return [
    ...survey.steps.map((s, i) => ({ param: String(i + 1), label: s.label, complete: s.requirements.every((r) => r.choice !== null) })),
    ...(survey.effectQuestions.length > 0
      ? [{ param: EFFECT_STEP, label: text.steps.effect, complete: survey.effectQuestions.every((q) => q.answered) }]
      : []),
    { param: SUMMARY_STEP, label: text.steps.summary, complete: false },
  ];
}

/**
 * The step to show: the one asked for if it exists; otherwise where the person left off (the
 * first step with a question not yet answered, or the summary).
 */
export function currentStep(steps: readonly SurveyStep[], requested: string | null, submitted: boolean): string {
  if (requested === DONE_STEP) return submitted ? DONE_STEP : SUMMARY_STEP;
  if (requested && steps.some((s) => s.param === requested)) return requested;
  if (submitted) return SUMMARY_STEP;
  return steps.find((s) => !s.complete)?.param ?? SUMMARY_STEP;
}
