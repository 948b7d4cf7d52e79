import Link from 'next/link';
import type { ReactNode } from 'react';
import { EffectQuestion, agreementLabel } from '@/components/survey/effect-question';
import { FocusHere } from '@/components/survey/focus-here';
import { questionId } from '@/components/survey/answer-fields';
import { RequirementQuestion } from '@/components/survey/requirement-question';
import { SurveyForm } from '@/components/survey/survey-form';
import { SurveySummary, type SummarySection } from '@/components/survey/survey-summary';
import type { SurveyView } from '@/lib/data/survey';
import { formatDateIn, formatMomentIn } from '@/lib/format/localized-date';
import type { SurveyText } from '@/lib/i18n/types';
import { saveAnswers, saveStep, submitAnswers } from './actions';
import { EFFECT_STEP, SUMMARY_STEP, surveyHref, type SurveyStep } from './steps';

/** What every step needs besides its own part of the survey. */
export interface StepContext {
  survey: SurveyView;
  text: SurveyText;
  locale: string;
  steps: readonly SurveyStep[];
  step: string;
  headingId: string;
  /** The browser queue of this person's answers in this round. */
  storageKey: string;
}

function neighbours(ctx: StepContext): { previous: string | null; next: string | null } {
  const i = ctx.steps.findIndex((s) => s.param === ctx.step);
  return { previous: ctx.steps[i - 1]?.param ?? null, next: ctx.steps[i + 1]?.param ?? null };
}

function StepButtons({ ctx }: { ctx: StepContext }) {
  const { previous, next } = neighbours(ctx);
  // "Nästa" comes first: Enter in the form presses the first button.
  return (
    <div className="survey-nav">
      {next && (
        <button type="submit" name="till" value={next} className="button survey-nav__next">
          {ctx.text.navigation.next}
        </button>
      )}
      {previous && (
        <button type="submit" name="till" value={previous} className="button button--secondary">
          {ctx.text.navigation.previous}
        </button>
      )}
    </div>
  );
}

function StepForm({ ctx, children }: { ctx: StepContext; children: ReactNode }) {
  return (
    <SurveyForm
      key={`${ctx.step}-${ctx.survey.language.code}`}
      action={saveStep}
      save={saveAnswers}
      storageKey={ctx.storageKey}
      text={ctx.text.status}
      headingId={ctx.headingId}
      className="survey-step"
      buttons={<StepButtons ctx={ctx} />}
    >
      <input type="hidden" name="steg" value={ctx.step} />
      <input type="hidden" name="sprak" value={ctx.survey.language.code} />
      {children}
    </SurveyForm>
  );
}

export function AreaStep({ ctx, index }: { ctx: StepContext; index: number }) {
  const area = ctx.survey.steps[index];
  if (!area) return null;
  return (
    <StepForm ctx={ctx}>
      <p className="survey-step__intro">{ctx.text.question.intro}</p>
      {area.requirements.map((r, i) => (
        <RequirementQuestion key={r.code} requirement={r} number={i + 1} total={area.requirements.length} levels={ctx.survey.levels} language={ctx.survey.language} text={ctx.text} />
      ))}
    </StepForm>
  );
}

export function EffectStep({ ctx }: { ctx: StepContext }) {
  const questions = ctx.survey.effectQuestions;
  return (
    <StepForm ctx={ctx}>
      <p className="survey-step__intro">{ctx.text.effect.intro}</p>
      {questions.map((q, i) => (
        <EffectQuestion key={q.code} question={q} number={i + 1} total={questions.length} language={ctx.survey.language} text={ctx.text} />
      ))}
    </StepForm>
  );
}

function summarySections(ctx: StepContext): SummarySection[] {
  const { survey, text } = ctx;
  const language = survey.language.code;
  const levelName = new Map(survey.levels.map((l) => [String(l.level), `${l.level} ${l.name}`]));
  const choiceText = (choice: string | null) =>
    choice === null ? null : choice === 'vet-ej' ? text.question.notKnown : choice === 'forstar-inte' ? text.question.notUnderstood : (levelName.get(choice) ?? choice);
  const areas = survey.steps.map((area, i) => {
    const href = surveyHref(String(i + 1), language);
    return {
      heading: area.label,
      href,
      rows: area.requirements.map((r) => ({ id: r.code, label: r.name, answer: choiceText(r.choice), href: `${href}#${questionId('krav', r.code)}` })),
    };
  });
  if (survey.effectQuestions.length === 0) return areas;
  const href = surveyHref(EFFECT_STEP, language);
  return [
    ...areas,
    {
      heading: text.steps.effect,
      href,
      rows: survey.effectQuestions.map((q) => ({ id: q.code, label: q.text, answer: q.value !== null ? agreementLabel(q.value, text) : q.answered ? text.effect.answeredHidden : null, href: `${href}#${questionId('effekt', q.code)}` })),
    },
  ];
}

export function SummaryStep({ ctx }: { ctx: StepContext }) {
  const { survey, text, locale } = ctx;
  const unanswered = survey.steps.flatMap((s) => s.requirements).filter((r) => r.choice === null).length + survey.effectQuestions.filter((q) => !q.answered).length;
  const { previous } = neighbours(ctx);
  return (
    <SurveyForm
      key={`${SUMMARY_STEP}-${survey.language.code}`}
      action={submitAnswers}
      save={saveAnswers}
      storageKey={ctx.storageKey}
      text={text.status}
      headingId={ctx.headingId}
      refreshAfterSending
      className="survey-step"
      buttons={
        <div className="survey-nav">
          <button type="submit" className="button survey-nav__next">
            {text.summary.submit}
          </button>
          {previous && (
            <Link href={surveyHref(previous, survey.language.code)} className="button button--secondary">
              {text.navigation.previous}
            </Link>
          )}
        </div>
      }
    >
      <input type="hidden" name="sprak" value={survey.language.code} />
      <p className="survey-step__intro">{text.summary.intro}</p>
      {survey.submittedAt && (
        <div className="notice notice--ok">
          <p>{text.summary.submittedOn(formatMomentIn(survey.submittedAt, locale))}</p>
        </div>
      )}
      <p className={unanswered > 0 ? 'notice survey-unanswered' : 'notice notice--ok'}>
        {unanswered > 0 && <span aria-hidden="true">! </span>}
        {text.summary.unanswered(unanswered)}
      </p>
      <SurveySummary sections={summarySections(ctx)} text={text} />
      {survey.round && <p className="survey-step__hint">{text.summary.submitHint(formatDateIn(survey.round.closesOn, locale))}</p>}
    </SurveyForm>
  );
}

export function DoneStep({ survey, text, locale, headingId }: { survey: SurveyView; text: SurveyText; locale: string; headingId: string }) {
  return (
    <div className="notice notice--ok survey-done">
      <FocusHere id={headingId} />
      <h2 id={headingId} tabIndex={-1}>
        <span aria-hidden="true">✓ </span>
        {text.done.title}
      </h2>
      <p>{text.done.text}</p>
      {survey.round && <p>{text.done.changeUntil(formatDateIn(survey.round.closesOn, locale))}</p>}
      <ul className="survey-done__links">
        {survey.person && (
          <li>
            <Link href={`/personer/${encodeURIComponent(survey.person.employeeId)}`}>{text.done.seeProfile}</Link>
          </li>
        )}
        <li>
          <Link href={surveyHref(SUMMARY_STEP, survey.language.code)}>{text.done.changeAnswers}</Link>
        </li>
      </ul>
    </div>
  );
}
