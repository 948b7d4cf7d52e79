import { z } from 'zod';

/** A survey answer: a level 0–4, "vet ej / ej aktuellt", or "jag förstår inte frågan". */
export const SURVEY_CHOICES = ['0', '1', '2', '3', '4', 'vet-ej', 'forstar-inte'] as const;
export type SurveyChoice = (typeof SURVEY_CHOICES)[number];

const code = z.string().trim().min(1).max(100);

export const surveyAnswerSchema = z.object({
  requirement: code,
  choice: z.enum(SURVEY_CHOICES, { message: 'Välj ett av svaren' }),
});

export const effectAnswerSchema = z.object({
  question: code,
  value: z.coerce.number().int('Välj ett svar från 1 till 5').min(1, 'Välj ett svar från 1 till 5').max(5, 'Välj ett svar från 1 till 5'),
});

/** What the browser sends to the autosave endpoint (one answer at a time, or a queue of them). */
export const autosaveSchema = z.object({
  answers: z
    .array(z.union([surveyAnswerSchema.extend({ kind: z.literal('requirement') }), effectAnswerSchema.extend({ kind: z.literal('effect') })]))
    .min(1)
    .max(200),
});

export const validateLevelSchema = z.object({
  employeeId: code,
  round: code,
  requirement: code,
  level: z.coerce.number().int().min(0, 'Nivån måste vara 0–4').max(4, 'Nivån måste vara 0–4'),
});

export function choiceOf(level: number | null, notUnderstood: boolean | null, answered: boolean): SurveyChoice | null {
  if (!answered) return null;
  if (notUnderstood) return 'forstar-inte';
  if (level === null) return 'vet-ej';
  return String(level) as SurveyChoice;
}
