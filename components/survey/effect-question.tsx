import type { SurveyText } from '@/lib/i18n/types';
import { effectField, questionId } from './answer-fields';
import { Choice } from './choice';
import { ReadAloud } from './read-aloud';
import type { SurveyEffectItem, SurveyLanguageItem } from './types';

export const AGREEMENT_VALUES = [1, 2, 3, 4, 5] as const;

/** "1 Stämmer inte alls", "2", "3", "4", "5 Stämmer helt". */
export function agreementLabel(value: number, text: SurveyText): string {
  if (value === 1) return `1 ${text.effect.agreeNot}`;
  if (value === 5) return `5 ${text.effect.agreeFully}`;
  return String(value);
}

/** An effect question: agreement from 1 to 5, as a radio group named by the statement. */
export function EffectQuestion({ question, number, total, language, text }: { question: SurveyEffectItem; number: number; total: number; language: SurveyLanguageItem; text: SurveyText }) {
  const field = effectField(question.code);
  const spoken = [question.text, agreementLabel(1, text), agreementLabel(5, text)].join('. ');
  return (
    <fieldset className="question" id={questionId('effekt', question.code)}>
      <legend className="question__legend">
        <span className="question__number">{text.question.numberOf(number, total)}</span>
        <span className="question__name">{question.text}</span>
      </legend>
      {question.answered && question.value === null ? <p className="question__description">{text.effect.answeredHidden}</p> : null}
      <ReadAloud text={spoken} lang={language.speechLang} label={text.question.readAloud} stopLabel={text.question.stopReading} subject={question.text} />
      <div className="choices choices--scale">
        {AGREEMENT_VALUES.map((v) => (
          <Choice key={v} name={field} value={String(v)} checked={question.value === v} title={agreementLabel(v, text)} />
        ))}
      </div>
    </fieldset>
  );
}
