import { date, index, integer, numeric, pgTable, primaryKey, serial, smallint, text, unique } from 'drizzle-orm/pg-core';
import { courseFormat } from './enums';
import { people } from './people';
import { requirements } from './requirements';

export const courses = pgTable('courses', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  format: courseFormat('format').notNull(),
  hours: numeric('hours', { mode: 'number' }),
  provider: text('provider'),
  /** Where to read about or sign up for the course. */
  url: text('url'),
  /** Completing the course makes a person a trained `handledare` or `sprakombud` (steering indicators). */
  qualifiesAs: text('qualifies_as'),
});

/** A course brings a person to `targetLevel` on a requirement. */
export const courseRequirements = pgTable(
  'course_requirements',
  {
    courseId: integer('course_id').notNull().references(() => courses.id),
    requirementId: integer('requirement_id').notNull().references(() => requirements.id),
    targetLevel: smallint('target_level').notNull(),
  },
  (t) => [primaryKey({ columns: [t.courseId, t.requirementId] })],
);

export const enrolments = pgTable(
  'enrolments',
  {
    id: serial('id').primaryKey(),
    personId: integer('person_id').notNull().references(() => people.id),
    courseId: integer('course_id').notNull().references(() => courses.id),
    enrolledOn: date('enrolled_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
  },
  (t) => [
    unique('enrolments_key').on(t.personId, t.courseId, t.enrolledOn).nullsNotDistinct(),
    index('enrolments_completed_idx').on(t.completedOn),
  ],
);
