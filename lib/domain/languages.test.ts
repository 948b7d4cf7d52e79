import { describe, expect, it } from 'vitest';
import { directionOf, surveyLanguage, translated, translationKey } from './languages';

describe('survey languages', () => {
  it('renders Arabic and other right-to-left languages right to left', () => {
    expect(directionOf('ar')).toBe('rtl');
    expect(directionOf('fa')).toBe('rtl');
    expect(directionOf('sv-lattlast')).toBe('ltr');
    expect(directionOf('en')).toBe('ltr');
  });

  it('falls back to Swedish for an unknown language choice', () => {
    expect(surveyLanguage('xx').code).toBe('sv');
    expect(surveyLanguage('ar').speechLang).toBe('ar');
  });

  it('uses the translation when there is one and the Swedish original otherwise', () => {
    const lookup = new Map([[translationKey({ kind: 'requirement', code: 'K01', field: 'name', language: 'en' }), 'Communication']]);
    expect(translated(lookup, { kind: 'requirement', code: 'K01', field: 'name' }, 'en', 'Bemötande')).toBe('Communication');
    expect(translated(lookup, { kind: 'requirement', code: 'K01', field: 'name' }, 'ar', 'Bemötande')).toBe('Bemötande');
    expect(translated(lookup, { kind: 'requirement', code: 'K01', field: 'name' }, 'sv', 'Bemötande')).toBe('Bemötande');
  });
});
