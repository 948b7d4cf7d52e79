import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { translationKey } from '@/lib/domain/languages';
import { SCALE } from '@/lib/domain/scale';
import { DEMO_ANCHOR_DAY } from './calendar';
import { generateDemo } from './generate-demo';
import { AREAS, REQUIREMENTS } from './requirements';
import { DEMO_TRANSLATION_LANGUAGES, STANDARD_EFFECT_QUESTIONS, translationsTable } from './translations';

const table = translationsTable();
const rows = table.rows.map((r) => ({
  kind: r.cells.kind ?? '',
  code: r.cells.code ?? '',
  field: r.cells.field ?? '',
  language: r.cells.language ?? '',
  text: r.cells.text ?? '',
}));
const byKey = new Map(rows.map((r) => [translationKey(r), r.text]));

function textOf(kind: string, code: string, field: string, language: string): string {
  return byKey.get(translationKey({ kind, code, field, language })) ?? '';
}

/** The standard questions as the migration creates them. */
function migrationQuestions(): Array<{ code: string; text: string }> {
  const sql = readFileSync(path.join(process.cwd(), 'db/migrations/0001_standard_effect_questions.sql'), 'utf8');
  return [...sql.matchAll(/\('([a-z_]+)', '([^']+)'/g)].map((m) => ({ code: m[1] ?? '', text: m[2] ?? '' }));
}

const areas = [...new Set([...Object.values(AREAS), ...REQUIREMENTS.map((r) => r.area)])];

/** Every (kind, code, field) that must be translated, with its Swedish original. */
const EXPECTED: Array<{ kind: string; code: string; field: string; original: string }> = [
  ...REQUIREMENTS.flatMap((r) => [
    { kind: 'requirement', code: r.code, field: 'name', original: r.name },
    { kind: 'requirement', code: r.code, field: 'description', original: r.description },
  ]),
  ...areas.map((a) => ({ kind: 'area', code: a, field: 'name', original: a })),
  ...SCALE.flatMap((l) => [
    { kind: 'level', code: String(l.level), field: 'name', original: l.name },
    { kind: 'level', code: String(l.level), field: 'description', original: l.description },
  ]),
  ...migrationQuestions().map((q) => ({ kind: 'effect_question', code: q.code, field: 'text', original: q.text })),
];

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+/).map((s) => s.trim()).filter((s) => s !== '');
}

function words(sentence: string): string[] {
  return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
}

describe('demo translations', () => {
  it('is a valid translations table', () => {
    expect(table.table).toBe('translations');
    expect(table.columns).toEqual(['kind', 'code', 'field', 'language', 'text']);
    expect(generateDemo(DEMO_ANCHOR_DAY).tables.translations).toEqual(table);
  });

  it('knows the five standard effect questions of the migration', () => {
    const fromSql = migrationQuestions();
    expect(fromSql.map((q) => q.code)).toEqual(['strengthened', 'knows_requirements', 'introduction', 'digital_access', 'learning_at_work']);
    expect(STANDARD_EFFECT_QUESTIONS).toEqual(fromSql);
  });

  it('covers every requirement, area, level and standard question in all three languages', () => {
    expect(REQUIREMENTS.length).toBeGreaterThanOrEqual(18);
    expect(areas).toHaveLength(6);
    for (const e of EXPECTED) {
      for (const language of DEMO_TRANSLATION_LANGUAGES) {
        expect(textOf(e.kind, e.code, e.field, language).trim(), `${e.kind} ${e.code} ${e.field} ${language}`).not.toBe('');
      }
    }
    // Nothing beyond what exists: every row belongs to an expected text.
    const expectedKeys = new Set(EXPECTED.map((e) => `${e.kind}|${e.code}|${e.field}`));
    for (const r of rows) expect(expectedKeys.has(`${r.kind}|${r.code}|${r.field}`), `${r.kind} ${r.code} ${r.field}`).toBe(true);
    expect(rows).toHaveLength(EXPECTED.length * DEMO_TRANSLATION_LANGUAGES.length);
  });

  it('has no duplicate keys', () => {
    const keys = rows.map((r) => translationKey(r));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes Arabic in Arabic script with no Latin sentences', () => {
    const arabic = rows.filter((r) => r.language === 'ar');
    expect(arabic.length).toBe(EXPECTED.length);
    for (const r of arabic) {
      expect(r.text, `${r.kind} ${r.code}`).toMatch(/[\u0600-\u06FF]/);
      // Codes and names such as LSS or lex Sarah may stay in Latin letters; sentences may not.
      expect(r.text, `${r.kind} ${r.code}`).not.toMatch(/[A-Za-z]+[\s,]+[A-Za-z]+[\s,]+[A-Za-z]+/);
      const latin = (r.text.match(/[A-Za-z]/g) ?? []).length;
      const arabicLetters = (r.text.match(/[\u0600-\u06FF]/g) ?? []).length;
      expect(arabicLetters, `${r.kind} ${r.code}`).toBeGreaterThan(latin * 2);
    }
  });

  it('writes English without Arabic script and not as a copy of the Swedish', () => {
    for (const e of EXPECTED) {
      const english = textOf(e.kind, e.code, e.field, 'en');
      expect(english).not.toMatch(/[\u0600-\u06FF]/);
      if (e.kind !== 'requirement' || e.field !== 'name') expect(english, `${e.kind} ${e.code}`).not.toBe(e.original);
    }
  });

  describe('lättläst', () => {
    const easy = EXPECTED.map((e) => ({ ...e, easy: textOf(e.kind, e.code, e.field, 'sv-lattlast') }));

    it('has short sentences', () => {
      for (const e of easy) {
        for (const s of sentences(e.easy)) expect(words(s).length, s).toBeLessThanOrEqual(15);
      }
    });

    it('is shorter on average than the Swedish descriptions', () => {
      const descriptions = easy.filter((e) => e.field === 'description');
      const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
      expect(mean(descriptions.map((e) => e.easy.length))).toBeLessThan(mean(descriptions.map((e) => e.original.length)));
      const requirementDescriptions = descriptions.filter((e) => e.kind === 'requirement');
      const meanWords = (texts: string[]) => mean(texts.flatMap((t) => sentences(t).map((s) => words(s).length)));
      expect(meanWords(requirementDescriptions.map((e) => e.easy))).toBeLessThan(meanWords(requirementDescriptions.map((e) => e.original)));
    });

    it('uses no abbreviations', () => {
      for (const e of easy) {
        expect(e.easy, `${e.kind} ${e.code}`).not.toMatch(/\b(t\.ex|bl\.a|d\.v\.s|dvs|osv|m\.m|mm|ca|t\.o\.m|o\.s\.v)\b/i);
        expect(e.easy, `${e.kind} ${e.code}`).not.toMatch(/\b[A-ZÅÄÖ]{2,}\b/);
      }
    });
  });

  describe('when a requirement lacks a translation', () => {
    afterEach(() => {
      vi.doUnmock('./requirements');
      vi.resetModules();
    });

    it('throws instead of silently leaving it out', async () => {
      vi.resetModules();
      vi.doMock('./requirements', async (importOriginal) => {
        const actual = await importOriginal<typeof import('./requirements')>();
        return {
          ...actual,
          REQUIREMENTS: [
            ...actual.REQUIREMENTS,
            { code: 'NY', name: 'Nytt krav', area: actual.AREAS.contact, description: 'Ett krav utan översättning.' },
          ],
        };
      });
      const fresh = await import('./translations');
      expect(() => fresh.translationsTable()).toThrow(/requirement NY/);
    });
  });
});

describe('demo courses', () => {
  const courses = generateDemo(DEMO_ANCHOR_DAY).tables.courses;

  it('link to a course page under .example', () => {
    expect(courses?.columns).toContain('url');
    expect(courses?.rows.length).toBeGreaterThan(0);
    for (const row of courses?.rows ?? []) {
      const url = new URL(row.cells.url ?? '');
      expect(url.protocol).toBe('https:');
      expect(url.hostname.endsWith('.example')).toBe(true);
      const expected = row.cells.format === 'fysisk'
        ? `https://utbildning.exempelby.example/${row.cells.code}`
        : `https://larplattform.exempelby.example/kurser/${row.cells.code}`;
      expect(row.cells.url).toBe(expected);
    }
  });
});
