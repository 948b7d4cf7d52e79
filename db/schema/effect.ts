import { index, integer, pgTable, serial, smallint, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { roles, units } from './organisation';
import { people } from './people';
import { rounds } from './rounds';

/** An effect question on the 1..5 agreement scale; the standard ones come with the first migration. */
export const effectQuestions = pgTable('effect_questions', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  text: text('text').notNull(),
  indicator: text('indicator'),
});

/** One person's answer to one effect question in one round; it counts for the unit stored on it. */
export const effectResponses = pgTable(
  'effect_responses',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    personId: integer('person_id').notNull().references(() => people.id),
    questionId: integer('question_id').notNull().references(() => effectQuestions.id),
    value: smallint('value').notNull(),
    unitId: integer('unit_id').notNull().references(() => units.id),
    roleId: integer('role_id').notNull().references(() => roles.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('effect_responses_key').on(t.roundId, t.personId, t.questionId),
    index('effect_responses_round_question_idx').on(t.roundId, t.questionId),
  ],
);
