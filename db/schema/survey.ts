import { integer, pgTable, primaryKey, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people';
import { rounds } from './rounds';

/** A person has sent in their survey for a round; sending again only updates the time. */
export const surveySubmissions = pgTable(
  'survey_submissions',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id),
    personId: integer('person_id').notNull().references(() => people.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId] })],
);
