import { pgTable, serial, text, unique } from 'drizzle-orm/pg-core';

/**
 * Texts in other languages than the stored Swedish original: requirement names and
 * descriptions, level descriptions, effect questions, area names. `code` is the requirement
 * or question code, the level number, or the area name.
 */
export const translations = pgTable(
  'translations',
  {
    id: serial('id').primaryKey(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    field: text('field').notNull(),
    language: text('language').notNull(),
    text: text('text').notNull(),
  },
  (t) => [unique('translations_key').on(t.kind, t.code, t.field, t.language)],
);
