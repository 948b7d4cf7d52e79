import { date, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { roundKind } from './enums';
import { people } from './people';

/** A survey round (kartläggningsomgång). */
export const rounds = pgTable('rounds', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  opensOn: date('opens_on', { mode: 'string' }).notNull(),
  closesOn: date('closes_on', { mode: 'string' }).notNull(),
  kind: roundKind('kind').notNull().default('kombinerad'),
});

export const invitations = pgTable(
  'invitations',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id),
    personId: integer('person_id').notNull().references(() => people.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.personId] })],
);
