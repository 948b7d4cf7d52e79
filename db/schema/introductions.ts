import { date, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { people } from './people';

/** One step of the structured introduction for new staff (the checklist is the same for everyone). */
export const introductionItems = pgTable('introduction_items', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
});

/** A person has completed a step of the introduction; all steps done = introduction finished. */
export const introductionCompletions = pgTable(
  'introduction_completions',
  {
    personId: integer('person_id').notNull().references(() => people.id),
    itemId: integer('item_id').notNull().references(() => introductionItems.id),
    completedOn: date('completed_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.personId, t.itemId] })],
);
