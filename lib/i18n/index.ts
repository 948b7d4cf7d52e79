import { ar } from './ar';
import { en } from './en';
import { sv } from './sv';
import type { SurveyText } from './types';

export type { SaveStatusText, SurveyText } from './types';

const BY_LANGUAGE: Readonly<Record<string, SurveyText>> = { sv, en, ar };

/**
 * The survey's interface text for a content language. Lättläst svenska shares the Swedish
 * interface (already written plainly); a content language without its own interface text
 * (imported later, e.g. Somali) gets Swedish, the installation's language.
 */
export function surveyText(language: string): SurveyText {
  return BY_LANGUAGE[language] ?? BY_LANGUAGE[language.split('-')[0] ?? ''] ?? sv;
}

/** The locale dates are written in for a content language (Latin digits in Arabic, as on Swedish documents). */
export function dateLocale(language: string): string {
  const base = language.split('-')[0] ?? 'sv';
  if (base === 'ar') return 'ar-u-nu-latn';
  if (base === 'en') return 'en-GB';
  return 'sv-SE';
}
