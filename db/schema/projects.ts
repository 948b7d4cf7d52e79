import { date, integer, pgTable, primaryKey, serial, text } from 'drizzle-orm/pg-core';
import { people } from './people';

/** A competence project, e.g. an ESF project with a steering group. */
export const projects = pgTable('projects', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  plannedParticipants: integer('planned_participants'),
});

export const projectParticipants = pgTable(
  'project_participants',
  {
    projectId: integer('project_id').notNull().references(() => projects.id),
    personId: integer('person_id').notNull().references(() => people.id),
    joinedOn: date('joined_on', { mode: 'string' }),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.personId] })],
);
