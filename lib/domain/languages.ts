/**
 * Languages of survey content. Swedish is the stored original; others come as translations.
 * Any language code can be imported; these are the ones the demo ships and the UI offers.
 */
export interface SurveyLanguage {
  code: string;
  /** The language's name in itself, as a person looking for it would recognise it. */
  label: string;
  /** The `lang` attribute (BCP 47). */
  htmlLang: string;
  /** The voice the browser should read aloud with. */
  speechLang: string;
}

export const ORIGINAL_LANGUAGE = 'sv';

export const SURVEY_LANGUAGES: readonly SurveyLanguage[] = [
  { code: 'sv', label: 'Svenska', htmlLang: 'sv', speechLang: 'sv-SE' },
  { code: 'sv-lattlast', label: 'Lättläst svenska', htmlLang: 'sv', speechLang: 'sv-SE' },
  { code: 'en', label: 'English', htmlLang: 'en', speechLang: 'en-GB' },
  { code: 'ar', label: 'العربية', htmlLang: 'ar', speechLang: 'ar' },
];

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'yi', 'dv', 'sd', 'ug']);

/** Arabic and other right-to-left scripts render right to left. */
export function directionOf(language: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(language.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}

export function surveyLanguage(code: string | null | undefined): SurveyLanguage {
  return SURVEY_LANGUAGES.find((l) => l.code === code) ?? (SURVEY_LANGUAGES[0] as SurveyLanguage);
}

export const TRANSLATION_KINDS = ['requirement', 'effect_question', 'level', 'area'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];
export const TRANSLATION_FIELDS = ['name', 'description', 'text'] as const;
export type TranslationField = (typeof TRANSLATION_FIELDS)[number];

/** A text in the chosen language, or the Swedish original where it has no translation. */
export function translated(
  lookup: ReadonlyMap<string, string>,
  key: { kind: TranslationKind; code: string; field: TranslationField },
  language: string,
  original: string,
): string {
  if (language === ORIGINAL_LANGUAGE) return original;
  return lookup.get(translationKey({ ...key, language })) ?? original;
}

export function translationKey(k: { kind: string; code: string; field: string; language: string }): string {
  return `${k.kind}\u0000${k.code}\u0000${k.field}\u0000${k.language}`;
}
