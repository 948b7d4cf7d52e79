import type { AssessmentSource } from './enums';

/** One stored assessment as the selection rules need it. */
export interface AnswerRef {
  source: AssessmentSource;
  /** `YYYY-MM-DD`, or null: an answer without a date comes before any dated one. */
  assessedOn: string | null;
  /** Storage order; an updated answer keeps its place. */
  storedOrder: number;
  level: number | null;
}

/** -1 when a is earlier than b by date (undated first), then by storage order. */
export function compareAnswerTime(a: Pick<AnswerRef, 'assessedOn' | 'storedOrder'>, b: Pick<AnswerRef, 'assessedOn' | 'storedOrder'>): number {
  if (a.assessedOn !== b.assessedOn) {
    if (a.assessedOn === null) return -1;
    if (b.assessedOn === null) return 1;
    return a.assessedOn < b.assessedOn ? -1 : 1;
  }
  return a.storedOrder - b.storedOrder;
}

/** The latest of some answers (of any source), or undefined when there are none. */
export function latestAnswer<T extends Pick<AnswerRef, 'assessedOn' | 'storedOrder'>>(answers: readonly T[]): T | undefined {
  let latest: T | undefined;
  for (const a of answers) if (!latest || compareAnswerTime(a, latest) > 0) latest = a;
  return latest;
}

/**
 * The answer that counts for one person and requirement in one round: the latest validated
 * one if any, otherwise the latest self-assessment.
 */
export function countingAnswer<T extends AnswerRef>(answers: readonly T[]): T | undefined {
  const validated = answers.filter((a) => a.source === 'validated');
  return latestAnswer(validated.length > 0 ? validated : answers);
}

/** The effective level, or null when not assessed (no answer, or "vet ej" counts). */
export function effectiveLevel(answers: readonly AnswerRef[]): number | null {
  return countingAnswer(answers)?.level ?? null;
}
