import { date, doublePrecision, integer, jsonb, pgTable, primaryKey, serial, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { effectQuestions } from './effect';
import { rounds } from './rounds';
import { people } from './people';

/** A competence project, e.g. an ESF project with a steering group. */
export const projects = pgTable('projects', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  startsOn: date('starts_on', { mode: 'string' }).notNull(),
  endsOn: date('ends_on', { mode: 'string' }).notNull(),
  plannedParticipants: integer('planned_participants'),
  /** The funder's or the municipality's diary number (diarienummer), printed on reports. */
  diaryNumber: text('diary_number'),
});

/**
 * One indicator a project reports to its steering group: a kind from lib/domain/indicators.ts,
 * a target in the kind's scale, and the rounds it compares. `area` narrows gap closure to a
 * requirement area; `questionId` names the effect question of an `effect_question` indicator.
 */
export const projectIndicators = pgTable(
  'project_indicators',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id').notNull().references(() => projects.id),
    code: text('code').notNull(),
    kind: text('kind').notNull(),
    name: text('name'),
    target: doublePrecision('target'),
    baselineRoundId: integer('baseline_round_id').references(() => rounds.id),
    followUpRoundId: integer('follow_up_round_id').references(() => rounds.id),
    area: text('area'),
    questionId: integer('question_id').references(() => effectQuestions.id),
    position: integer('position').notNull().default(0),
  },
  (t) => [unique('project_indicators_key').on(t.projectId, t.code)],
);

/** A steering view frozen for a meeting: the figures as they were, shown the same way later. */
export const steeringSnapshots = pgTable('steering_snapshots', {
  id: serial('id').primaryKey(),
  projectId: integer('project_id').notNull().references(() => projects.id),
  label: text('label').notNull(),
  frozenAt: timestamp('frozen_at', { withTimezone: true }).notNull().defaultNow(),
  frozenBy: text('frozen_by').notNull(),
  /** The SteeringView (lib/data/steering-types.ts) as computed when frozen; aggregated figures only. */
  view: jsonb('view').notNull(),
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
