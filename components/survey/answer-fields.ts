// How an answer is named in a step form, shared by the server (rendering, the step action)
// and the browser (autosave). No validation here: the server validates every answer.

const REQUIREMENT_PREFIX = 'krav:';
const EFFECT_PREFIX = 'effekt:';

/** An answer as the browser sends it for autosave (checked on the server with lib/validation/survey.ts). */
export type AnswerInput = { kind: 'requirement'; requirement: string; choice: string } | { kind: 'effect'; question: string; value: number };

export function requirementField(code: string): string {
  return `${REQUIREMENT_PREFIX}${code}`;
}

export function effectField(code: string): string {
  return `${EFFECT_PREFIX}${code}`;
}

/** The answer a form field holds, or null for a field that is not an answer (steg, sprak, …). */
export function answerFromField(name: string, value: string): AnswerInput | null {
  if (name.startsWith(REQUIREMENT_PREFIX)) return { kind: 'requirement', requirement: name.slice(REQUIREMENT_PREFIX.length), choice: value };
  if (name.startsWith(EFFECT_PREFIX)) return { kind: 'effect', question: name.slice(EFFECT_PREFIX.length), value: Number(value) };
  return null;
}

/** The form field and value that show an answer (to put a queued answer back into the form). */
export function fieldOfAnswer(answer: AnswerInput): { name: string; value: string } {
  return answer.kind === 'requirement'
    ? { name: requirementField(answer.requirement), value: answer.choice }
    : { name: effectField(answer.question), value: String(answer.value) };
}

/** An id for an element of a question, safe whatever the code holds. */
export function questionId(prefix: string, code: string): string {
  return `${prefix}-${code.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? ''}`)}`;
}
