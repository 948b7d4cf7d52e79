import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, pgTable, serial, smallint, timestamp, unique } from 'drizzle-orm/pg-core';
import { assessmentSource } from './enums';
import { roles, units } from './organisation';
import { people } from './people';
import { requirements } from './requirements';
import { rounds } from './rounds';

/**
 * One answer on one requirement. `id` is the storage order that breaks ties between answers
 * of the same date; an updated answer keeps its id and so its place. `unitId`/`roleId` are
 * the person's unit and role when answering, so old rounds do not change when people move.
 * `level` null is "vet ej / ej aktuellt".
 */
export const assessments = pgTable(
  'assessments',
  {
    id: serial('id').primaryKey(),
    roundId: integer('round_id').notNull().references(() => rounds.id),
    personId: integer('person_id').notNull().references(() => people.id),
    requirementId: integer('requirement_id').notNull().references(() => requirements.id),
    level: smallint('level'),
    /** "Jag förstår inte frågan": no level, and counted so HR can see which texts need work. */
    notUnderstood: boolean('not_understood').notNull().default(false),
    source: assessmentSource('source').notNull().default('self'),
    assessedOn: date('assessed_on', { mode: 'string' }),
    unitId: integer('unit_id').notNull().references(() => units.id),
    roleId: integer('role_id').notNull().references(() => roles.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('assessments_key')
      .on(t.roundId, t.personId, t.requirementId, t.source, t.assessedOn)
      .nullsNotDistinct(),
    index('assessments_round_person_idx').on(t.roundId, t.personId),
    // "Jag förstår inte frågan" is rare: a partial index finds a round's few without reading its answers.
    index('assessments_not_understood_idx').on(t.roundId).where(sql`${t.notUnderstood}`),
  ],
);
