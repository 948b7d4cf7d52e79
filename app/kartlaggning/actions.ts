'use server';

import { randomBytes } from 'node:crypto';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/get-viewer';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { saveSurveyAnswers, submitSurvey } from '@/lib/data/survey';
import { answersFromForm } from './form-answers';
import { storeAnswers, type AutosaveResult } from './store-answers';
import { DONE_STEP, LANGUAGE_COOKIE, SUMMARY_STEP, languageParam, stepParam, surveyHref } from './steps';
import { loggableError } from '@/lib/security/loggable-error';

// Plain form posts, so every step works without JavaScript. lib/data checks who may answer
// (the signed-in person, their open round, requirements of their role) on every call.

type Problem = { fel: string; ref?: string } | 'signed-out';

async function attempt(work: () => Promise<unknown>): Promise<Problem | null> {
  try {
    await work();
    return null;
  } catch (error) {
    if (error instanceof NotFoundError) return 'signed-out';
    if (error instanceof InvalidInputError) return { fel: 'ogiltigt' };
    const ref = randomBytes(4).toString('hex');
    console.error(`[felkod ${ref}]`, loggableError(error));
    return { fel: 'fel', ref };
  }
}

async function rememberLanguage(language: string): Promise<void> {
  const https = (await headers()).get('origin')?.startsWith('https:') ?? false;
  (await cookies()).set(LANGUAGE_COOKIE, language, { path: '/kartlaggning', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true, secure: https });
}

/**
 * Autosave from the survey page: the answers as they are given, or the browser's queue.
 * Next.js refuses a server action posted from another origin.
 */
export async function saveAnswers(answers: unknown): Promise<AutosaveResult> {
  return storeAnswers(await getViewer(), { answers });
}

/** A step's "Nästa" / "Föregående": stores the step's answers, then goes to the step the button names. */
export async function saveStep(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  const language = languageParam(formData.get('sprak')) ?? 'sv';
  const here = stepParam(formData.get('steg')) ?? SUMMARY_STEP;
  const target = stepParam(formData.get('till')) ?? here;
  const answers = answersFromForm(formData);
  const problem = answers === null ? { fel: 'ogiltigt' } : answers.length > 0 ? await attempt(() => saveSurveyAnswers(viewer, answers)) : null;
  if (problem === 'signed-out') redirect('/logga-in');
  await rememberLanguage(language);
  redirect(problem ? surveyHref(here, language, problem) : surveyHref(target, language));
}

/** "Skicka in": marks the survey sent (once, however often it is pressed) and thanks the person. */
export async function submitAnswers(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  const language = languageParam(formData.get('sprak')) ?? 'sv';
  const problem = await attempt(() => submitSurvey(viewer));
  if (problem === 'signed-out') redirect('/logga-in');
  redirect(problem ? surveyHref(SUMMARY_STEP, language, problem) : surveyHref(DONE_STEP, language));
}

/** The language chooser: shows the same step in the chosen language and remembers the choice. */
// Reads and stores nothing but the person's own preference, so it needs no viewer.
export async function chooseLanguage(formData: FormData): Promise<void> {
  const language = languageParam(formData.get('sprak')) ?? 'sv';
  const step = stepParam(formData.get('steg'));
  await rememberLanguage(language);
  redirect(step ? surveyHref(step, language) : `/kartlaggning?sprak=${language}`);
}
