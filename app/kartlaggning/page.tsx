import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { cookies } from 'next/headers';
import { LanguageChooser } from '@/components/survey/language-chooser';
import { SurveyProgress } from '@/components/survey/survey-progress';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getSurvey, type SurveyView } from '@/lib/data/survey';
import { formatDateIn } from '@/lib/format/localized-date';
import { dateLocale, surveyText } from '@/lib/i18n';
import type { SurveyText } from '@/lib/i18n/types';
import { chooseLanguage } from './actions';
import { AreaStep, DoneStep, EffectStep, SummaryStep, type StepContext } from './step-views';
import { DONE_STEP, EFFECT_STEP, LANGUAGE_COOKIE, SUMMARY_STEP, currentStep, languageParam, stepParam, surveySteps } from './steps';
import './survey.css';

export const metadata: Metadata = { title: 'Kartläggning' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const HEADING_ID = 'survey-step-heading';

/** Names that are not translated (a round, a role) keep their own direction inside Arabic text. */
function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}

function errorMessage(query: Record<string, string | string[] | undefined>, text: SurveyText): string | null {
  if (query.fel === 'ogiltigt') return text.errors.invalid;
  if (query.fel === 'fel') return text.errors.failed(typeof query.ref === 'string' && /^[0-9a-f]{8}$/.test(query.ref) ? query.ref : '–');
  return null;
}

/** The person's survey for their open round: one area per step, the effect questions, a summary. */
export default async function SurveyPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  const query = await searchParams;
  const language = languageParam(query.sprak) ?? languageParam((await cookies()).get(LANGUAGE_COOKIE)?.value) ?? 'sv';
  const survey = await getSurvey(viewer, { language });
  const text = surveyText(survey.language.code);
  const locale = dateLocale(survey.language.code);

  if (survey.state !== 'open' || !survey.round || !survey.person) {
    return (
      <SurveyFrame survey={survey} text={text} step={null}>
        <div className="notice">
          <p>{survey.state === 'no-person' ? text.states.noPerson : survey.state === 'not-started' ? text.states.notStarted : text.states.noRound}</p>
          {survey.person && (
            <p>
              <Link href="/min-profil">{text.states.seeProfile}</Link>
            </p>
          )}
        </div>
      </SurveyFrame>
    );
  }

  const steps = surveySteps(survey, text);
  const step = currentStep(steps, stepParam(query.steg), survey.submittedAt !== null);
  const ctx: StepContext = {
    survey,
    text,
    locale,
    steps,
    step,
    headingId: HEADING_ID,
    storageKey: `kk-svar:${survey.round.code}:${survey.person.employeeId}`,
  };
  const error = errorMessage(query, text);

  return (
    <SurveyFrame survey={survey} text={text} step={step}>
      <p className="survey__round">
        {text.roundLine(isolate(survey.round.name), formatDateIn(survey.round.closesOn, locale))} {text.role(isolate(survey.person.roleName))}
      </p>
      {step === DONE_STEP ? (
        <DoneStep survey={survey} text={text} locale={locale} headingId={HEADING_ID} />
      ) : (
        <>
          <SurveyProgress headingId={HEADING_ID} current={steps.findIndex((s) => s.param === step) + 1} steps={steps} text={text} />
          <div role="alert">
            {error && (
              <div className="notice notice--error">
                <p>{error}</p>
              </div>
            )}
          </div>
          {step === SUMMARY_STEP ? <SummaryStep ctx={ctx} /> : step === EFFECT_STEP ? <EffectStep ctx={ctx} /> : <AreaStep ctx={ctx} index={Number(step) - 1} />}
        </>
      )}
    </SurveyFrame>
  );
}

/** The survey in its language and direction, with its title and the language chooser. */
function SurveyFrame({ survey, text, step, children }: { survey: SurveyView; text: SurveyText; step: string | null; children: ReactNode }) {
  return (
    <div className="survey" lang={survey.language.htmlLang} dir={survey.language.dir}>
      <div className="survey__top">
        <h1>{text.title}</h1>
        <LanguageChooser action={chooseLanguage} current={survey.language.code} step={step ?? ''} text={text} />
      </div>
      {children}
    </div>
  );
}
