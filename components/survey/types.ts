// The survey as the components need it: the same shape as lib/data's SurveyView parts,
// declared here because components only take props (they never import lib/data).
export type SurveyChoiceValue = '0' | '1' | '2' | '3' | '4' | 'vet-ej' | 'forstar-inte';

export interface SurveyLevelItem {
  level: number;
  name: string;
  description: string;
}

export interface SurveyRequirementItem {
  code: string;
  name: string;
  description: string | null;
  requiredLevel: number;
  choice: SurveyChoiceValue | null;
}

export interface SurveyEffectItem {
  code: string;
  text: string;
  /** Null through a personal link even when answered: the link never reads an effect answer back. */
  value: number | null;
  answered: boolean;
}

/** The language the content is shown and read aloud in. */
export interface SurveyLanguageItem {
  code: string;
  htmlLang: string;
  speechLang: string;
  dir: 'ltr' | 'rtl';
}
