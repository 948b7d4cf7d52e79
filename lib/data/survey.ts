import 'server-only';
import { getDb, type Db } from '@/db/client';
import { openRoundFor, roundById, submittedAt, surveyEffectQuestions, surveyPerson, surveyRequirements, translationsFor, type SurveyPerson, type SurveyRound } from '@/db/queries/survey';
import { writeForPerson } from '@/db/writes/grouped-person-writes';
import { upsertEffectAnswer, upsertSelfAnswer, upsertSubmission } from '@/db/writes/survey';
import { directionOf, surveyLanguage, translated, translationKey, type SurveyLanguage } from '@/lib/domain/languages';
import { SCALE } from '@/lib/domain/scale';
import { compareCodes } from '@/lib/domain/unit-tree';
import type { Viewer } from '@/lib/auth/viewer';
import { choiceOf, type SurveyChoice } from '@/lib/validation/survey';
import { InvalidInputError, NotFoundError } from './errors';
import { clockNow, todayInSweden } from '@/lib/clock/clock';

export type SurveyState = 'open' | 'no-person' | 'no-round' | 'not-started';

export interface SurveyRequirement {
  code: string;
  name: string;
  description: string | null;
  requiredLevel: number;
  choice: SurveyChoice | null;
}

export interface SurveyView {
  state: SurveyState;
  round: { code: string; name: string; closesOn: string } | null;
  person: { name: string; roleName: string; employeeId: string } | null;
  language: SurveyLanguage & { dir: 'ltr' | 'rtl' };
  levels: Array<{ level: number; name: string; description: string }>;
  steps: Array<{ area: string; label: string; requirements: SurveyRequirement[] }>;
  /**
   * `value` is the stored answer for a person signed in with the organisation's sign-in; through
   * a personal link it is always null and only `answered` says that the question has an answer.
   */
  effectQuestions: Array<{ code: string; text: string; value: number | null; answered: boolean }>;
  submittedAt: string | null;
}

type Context = { state: 'open'; person: SurveyPerson; round: SurveyRound } | { state: Exclude<SurveyState, 'open'>; person: SurveyPerson | null; round: SurveyRound | null };

/** Whose survey and which round: the signed-in person's open round, or the invitation's round. */
async function surveyContext(db: Db, viewer: Viewer): Promise<Context> {
  if (viewer.kind !== 'user' && viewer.kind !== 'invitation') throw new NotFoundError('Kartläggningen', '');
  const personId = viewer.personId;
  if (personId === null) return { state: 'no-person', person: null, round: null };
  const person = await surveyPerson(db, personId);
  if (!person) return { state: 'no-person', person: null, round: null };
  const today = todayInSweden();
  if (viewer.kind === 'invitation') {
    const round = await roundById(db, viewer.roundId);
    if (!round || round.closesOn < today) return { state: 'no-round', person, round: null };
    if (round.opensOn > today) return { state: 'not-started', person, round };
    return { state: 'open', person, round };
  }
  const round = await openRoundFor(db, person.id, today);
  return round ? { state: 'open', person, round } : { state: 'no-round', person, round: null };
}

/** The survey as the person sees it, in their language, with what they have answered so far. */
export async function getSurvey(viewer: Viewer, args: { language?: string | null }): Promise<SurveyView> {
  const db = await getDb();
  const ctx = await surveyContext(db, viewer);
  const lang = surveyLanguage(args.language);
  const lookup = new Map((await translationsFor(db, lang.code)).map((t) => [translationKey(t), t.text]));
  const t = (kind: 'requirement' | 'effect_question' | 'level' | 'area', code: string, field: 'name' | 'description' | 'text', original: string) =>
    translated(lookup, { kind, code, field }, lang.code, original);

  const base = {
    language: { ...lang, dir: directionOf(lang.code) },
    levels: SCALE.map((s) => ({ level: s.level, name: t('level', String(s.level), 'name', s.name), description: t('level', String(s.level), 'description', s.description) })),
    person: ctx.person ? { name: ctx.person.name, roleName: ctx.person.roleName, employeeId: ctx.person.employeeId } : null,
    round: ctx.round ? { code: ctx.round.code, name: ctx.round.name, closesOn: ctx.round.closesOn } : null,
  };
  if (ctx.state !== 'open') return { ...base, state: ctx.state, steps: [], effectQuestions: [], submittedAt: null };

  const [requirements, questions, submitted] = await Promise.all([
    surveyRequirements(db, ctx.person.id, ctx.round.id, ctx.person.roleId),
    surveyEffectQuestions(db, ctx.person.id, ctx.round.id),
    submittedAt(db, ctx.person.id, ctx.round.id),
  ]);
  // One step per area, areas in the order of their first requirement code.
  const byArea = new Map<string, SurveyRequirement[]>();
  for (const r of [...requirements].sort((a, b) => compareCodes(a.code, b.code))) {
    const area = r.area ?? 'Övrigt';
    const list = byArea.get(area) ?? [];
    list.push({
      code: r.code,
      name: t('requirement', r.code, 'name', r.name),
      description: r.description === null ? null : t('requirement', r.code, 'description', r.description),
      requiredLevel: r.requiredLevel,
      choice: choiceOf(r.level, r.notUnderstood, r.answered),
    });
    byArea.set(area, list);
  }
  return {
    ...base,
    state: 'open',
    steps: [...byArea].map(([area, reqs]) => ({ area, label: t('area', area, 'name', area), requirements: reqs })),
        // A personal link never reads a stored effect answer back (DOMAIN.md "Who may see what").
    effectQuestions: questions.map((q) => ({ code: q.code, text: t('effect_question', q.code, 'text', q.text), value: viewer.kind === 'user' ? q.value : null, answered: q.value !== null })),
    submittedAt: submitted,
  };
}

export type SurveyAnswer = { kind: 'requirement'; requirement: string; choice: SurveyChoice } | { kind: 'effect'; question: string; value: number };

/**
 * Stores answers the person gave (autosave, a queued batch from the browser, or a step form
 * without JavaScript). Every answer is checked first; one bad answer stores nothing. The
 * person is always the viewer: no answer can be stored for someone else.
 */
export async function saveSurveyAnswers(viewer: Viewer, answers: readonly SurveyAnswer[]): Promise<{ saved: number; savedAt: string }> {
  const db = await getDb();
  const ctx = await surveyContext(db, viewer);
  if (ctx.state !== 'open') throw new InvalidInputError(closedMessage(ctx.state));
  const { person, round } = ctx;
  const [requirements, questions] = await Promise.all([
    surveyRequirements(db, person.id, round.id, person.roleId),
    surveyEffectQuestions(db, person.id, round.id),
  ]);
  const requirementIds = new Map(requirements.map((r) => [r.code, r.id]));
  const questionIds = new Map(questions.map((q) => [q.code, q.id]));
  for (const a of answers) {
    if (a.kind === 'requirement' && !requirementIds.has(a.requirement)) throw new InvalidInputError(`Kravet ${a.requirement} hör inte till din yrkesroll`);
    if (a.kind === 'effect' && !questionIds.has(a.question)) throw new InvalidInputError(`Frågan ${a.question} finns inte`);
  }
  const today = todayInSweden();
  // Grouped with other people's saves arriving at the same time (db/writes/grouped-person-writes.ts).
  await writeForPerson(db, round.id, person.id, async (tx) => {
    for (const a of answers) {
      if (a.kind === 'requirement') {
        const level = /^[0-4]$/.test(a.choice) ? Number(a.choice) : null;
        await upsertSelfAnswer(tx, {
          roundId: round.id, personId: person.id, requirementId: requirementIds.get(a.requirement) as number,
          level, notUnderstood: a.choice === 'forstar-inte', today, unitId: person.unitId, roleId: person.roleId,
        });
      } else {
        await upsertEffectAnswer(tx, { roundId: round.id, personId: person.id, questionId: questionIds.get(a.question) as number, value: a.value, unitId: person.unitId, roleId: person.roleId });
      }
    }
  });
  return { saved: answers.length, savedAt: clockNow().toISOString() };
}

/** Sends in the survey. Twice, or from two tabs, leaves one submission and one set of answers. */
export async function submitSurvey(viewer: Viewer): Promise<{ submittedAt: string; employeeId: string }> {
  const db = await getDb();
  const ctx = await surveyContext(db, viewer);
  if (ctx.state !== 'open') throw new InvalidInputError(closedMessage(ctx.state));
  await upsertSubmission(db, ctx.round.id, ctx.person.id);
  return { submittedAt: (await submittedAt(db, ctx.person.id, ctx.round.id)) ?? clockNow().toISOString(), employeeId: ctx.person.employeeId };
}

function closedMessage(state: Exclude<SurveyState, 'open'>): string {
  switch (state) {
    case 'no-person':
      return 'Ditt konto är inte kopplat till en anställd, så du har ingen kartläggning att svara på.';
    case 'not-started':
      return 'Kartläggningen har inte börjat ännu.';
    case 'no-round':
      return 'Det finns ingen öppen kartläggning för dig just nu. Svaren kan inte ändras efter att omgången har stängt.';
  }
}
