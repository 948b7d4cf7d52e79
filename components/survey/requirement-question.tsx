import type { SurveyText } from '@/lib/i18n/types';
import { questionId, requirementField } from './answer-fields';
import { Choice } from './choice';
import { ReadAloud } from './read-aloud';
import type { SurveyLanguageItem, SurveyLevelItem, SurveyRequirementItem } from './types';

export interface RequirementQuestionProps {
  requirement: SurveyRequirementItem;
  number: number;
  total: number;
  levels: readonly SurveyLevelItem[];
  language: SurveyLanguageItem;
  text: SurveyText;
}

/**
 * One requirement as a radio group: the five levels of the scale as large cards, then, set
 * apart, "Vet ej / ej aktuellt" and "Jag förstår inte frågan". The legend names the
 * requirement, so a screen reader says which question each choice belongs to.
 */
export function RequirementQuestion({ requirement, number, total, levels, language, text }: RequirementQuestionProps) {
  const id = questionId('krav', requirement.code);
  const field = requirementField(requirement.code);
  const required = levels.find((l) => l.level === requirement.requiredLevel);
  const requiredText = text.question.requiredLevel(requirement.requiredLevel, required?.name ?? '');
  const describedBy = [requirement.description ? `${id}-beskrivning` : null, `${id}-kravniva`].filter(Boolean).join(' ');
  const spoken = [
    requirement.name,
    requirement.description,
    requiredText,
    ...levels.map((l) => `${l.level} ${l.name}: ${l.description}`),
    text.question.notKnown,
    text.question.notUnderstood,
  ]
    .filter(Boolean)
    .join('. ');
  return (
    <fieldset className="question" id={id} aria-describedby={describedBy}>
      <legend className="question__legend">
        <span className="question__number">{text.question.numberOf(number, total)}</span>
        <span className="question__name">{requirement.name}</span>
      </legend>
      {requirement.description && (
        <p id={`${id}-beskrivning`} className="question__description">
          {requirement.description}
        </p>
      )}
      <p id={`${id}-kravniva`} className="question__required">
        {requiredText}
      </p>
      <ReadAloud text={spoken} lang={language.speechLang} label={text.question.readAloud} stopLabel={text.question.stopReading} subject={requirement.name} />
      <div className="choices">
        {levels.map((l) => (
          <Choice key={l.level} name={field} value={String(l.level)} checked={requirement.choice === String(l.level)} title={`${l.level} ${l.name}`} hint={l.description} />
        ))}
      </div>
      <p className="choices__or" aria-hidden="true">
        {text.question.otherAnswers}
      </p>
      <div className="choices choices--other">
        <Choice name={field} value="vet-ej" checked={requirement.choice === 'vet-ej'} title={text.question.notKnown} hint={text.question.notKnownHint} />
        <Choice name={field} value="forstar-inte" checked={requirement.choice === 'forstar-inte'} title={text.question.notUnderstood} hint={text.question.notUnderstoodHint} />
      </div>
    </fieldset>
  );
}
