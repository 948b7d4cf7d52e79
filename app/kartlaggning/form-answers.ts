import 'server-only';
import { answerFromField } from '@/components/survey/answer-fields';
import type { SurveyAnswer } from '@/lib/data/survey';
import { effectAnswerSchema, surveyAnswerSchema } from '@/lib/validation/survey';

const MAX_ANSWERS = 200;

/** The answers a step form sent, each checked with the shared schemas; null if any is not valid. */
export function answersFromForm(formData: FormData): SurveyAnswer[] | null {
  const answers: SurveyAnswer[] = [];
  for (const [name, value] of formData.entries()) {
    const raw = answerFromField(name, typeof value === 'string' ? value : '');
    if (!raw) continue;
    if (typeof value !== 'string') return null;
    if (raw.kind === 'requirement') {
      const parsed = surveyAnswerSchema.safeParse({ requirement: raw.requirement, choice: value });
      if (!parsed.success) return null;
      answers.push({ kind: 'requirement', ...parsed.data });
    } else {
      const parsed = effectAnswerSchema.safeParse({ question: raw.question, value });
      if (!parsed.success) return null;
      answers.push({ kind: 'effect', ...parsed.data });
    }
  }
  return answers.length <= MAX_ANSWERS ? answers : null;
}
