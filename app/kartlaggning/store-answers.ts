import 'server-only';
import { randomBytes } from 'node:crypto';
import type { Viewer } from '@/lib/auth/viewer';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { saveSurveyAnswers } from '@/lib/data/survey';
import { autosaveSchema, effectAnswerSchema, surveyAnswerSchema } from '@/lib/validation/survey';
import { loggableError } from '@/lib/security/loggable-error';
import { databaseBusyError } from '@/db/pglite-gate';

/** What autosave answers, over the server action and the HTTP route alike; `status` is the HTTP status. */
export type AutosaveResult = { ok: true; savedAt: string } | { ok: false; status: 400 | 401 | 500 | 503; message: string };

const SIGNED_OUT = 'Du är inte inloggad. Logga in igen, så skickas svaren.';
const NOT_VALID = 'Svaren är inte giltiga.';

/**
 * The plain-language reason an answer was refused. The batch schema is a union of the two
 * kinds of answer, whose own message would only say "invalid input": each answer is checked
 * against the schema of its kind, and that schema's Swedish message is used.
 */
function problemOf(body: unknown): string {
  const answers = body && typeof body === 'object' && 'answers' in body ? body.answers : null;
  if (!Array.isArray(answers)) return NOT_VALID;
  for (const a of answers) {
    const kind = a && typeof a === 'object' && 'kind' in a ? a.kind : null;
    const schema = kind === 'requirement' ? surveyAnswerSchema : kind === 'effect' ? effectAnswerSchema : null;
    if (!schema) return NOT_VALID;
    const issue = schema.safeParse(a).error?.issues[0];
    if (issue) return issue.path[0] === 'choice' || issue.path[0] === 'value' ? issue.message : NOT_VALID;
  }
  return NOT_VALID;
}

/**
 * Checks the answers the browser sent against the shared schema, then lets lib/data check
 * them against the person's role and open round and store them, all or nothing. Expected
 * refusals become a plain Swedish message; anything else is logged with a reference.
 */
export async function storeAnswers(viewer: Viewer, body: unknown): Promise<AutosaveResult> {
  if (viewer.kind === 'anonymous' || viewer.kind === 'system') return { ok: false, status: 401, message: SIGNED_OUT };
  const parsed = autosaveSchema.safeParse(body);
  if (!parsed.success) return { ok: false, status: 400, message: problemOf(body) };
  try {
    const { savedAt } = await saveSurveyAnswers(viewer, parsed.data.answers);
    return { ok: true, savedAt };
  } catch (error) {
    if (error instanceof InvalidInputError) return { ok: false, status: 400, message: error.message };
    if (error instanceof NotFoundError) return { ok: false, status: 401, message: SIGNED_OUT };
    // The embedded database was held by other work (an import) past the time limit: nothing was
    // stored, the browser keeps the answers and sends them again.
    if (databaseBusyError(error)) return { ok: false, status: 503, message: 'Databasen är upptagen just nu. Svaren finns kvar och skickas igen om en stund.' };
    const reference = randomBytes(4).toString('hex');
    console.error(`[felkod ${reference}]`, loggableError(error));
    return { ok: false, status: 500, message: `Något gick fel (felkod ${reference}). Svaren skickas igen om en stund.` };
  }
}
