import { index, integer, pgTable, primaryKey, smallint } from 'drizzle-orm/pg-core';
import { effectQuestions } from './effect';
import { roles, units } from './organisation';
import { requirements } from './requirements';
import { rounds } from './rounds';

// Summary tables (rollups) that let a dashboard read a unit's histograms with one indexed read
// instead of a GROUP BY over every answer below it. Each person counts once for every ancestor
// of the unit they are placed in (the unit itself included), so "a unit and everything below
// it" is the rows of that unit. Kept in the same transaction as the answers
// (db/writes/rollups.ts) and rebuilt by import; never read for a figure that filters people.

/** Every unit with each of its ancestors, itself included (depth 0): the subtree index. */
export const unitAncestors = pgTable(
  'unit_ancestors',
  {
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    ancestorId: integer('ancestor_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    depth: smallint('depth').notNull(),
  },
  (t) => [primaryKey({ columns: [t.unitId, t.ancestorId] }), index('unit_ancestors_ancestor_idx').on(t.ancestorId, t.depth)],
);

/** A round's population and respondents placed in a unit's subtree, per role. */
export const rollupPlacements = pgTable(
  'rollup_placements',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    roleId: integer('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
    population: integer('population').notNull(),
    responded: integer('responded').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.roleId] })],
);

/**
 * How many people placed in a unit's subtree with a role have each effective level (0..4) on a
 * requirement: one row per requirement with a column per level, five times fewer rows to read
 * than a row per level.
 */
export const rollupLevels = pgTable(
  'rollup_levels',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    roleId: integer('role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
    requirementId: integer('requirement_id').notNull().references(() => requirements.id, { onDelete: 'cascade' }),
    l0: integer('l0').notNull().default(0),
    l1: integer('l1').notNull().default(0),
    l2: integer('l2').notNull().default(0),
    l3: integer('l3').notNull().default(0),
    l4: integer('l4').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.roleId, t.requirementId] })],
);

/** Effect answers per value counted for a unit's subtree (the unit stored on the answer). */
export const rollupEffects = pgTable(
  'rollup_effects',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    questionId: integer('question_id').notNull().references(() => effectQuestions.id, { onDelete: 'cascade' }),
    value: smallint('value').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId, t.questionId, t.value] })],
);

/**
 * Gap closure's pairs (DOMAIN.md) between a round and the round before it: people placed in a
 * unit's subtree for the follow-up round with an effective level on a requirement in both rounds,
 * per role in each round and level in each round. Levels, not gaps: the gap is taken against the
 * roles' required levels when read, so editing a role's requirements needs no rebuild.
 */
export const rollupClosures = pgTable(
  'rollup_closures',
  {
    baselineRoundId: integer('baseline_round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    followUpRoundId: integer('follow_up_round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    unitId: integer('unit_id').notNull().references(() => units.id, { onDelete: 'cascade' }),
    requirementId: integer('requirement_id').notNull().references(() => requirements.id, { onDelete: 'cascade' }),
    baselineRoleId: integer('baseline_role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
    followUpRoleId: integer('follow_up_role_id').notNull().references(() => roles.id, { onDelete: 'cascade' }),
    baselineLevel: smallint('baseline_level').notNull(),
    followUpLevel: smallint('follow_up_level').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [
    primaryKey({ name: 'rollup_closures_pk', columns: [t.baselineRoundId, t.followUpRoundId, t.unitId, t.requirementId, t.baselineRoleId, t.followUpRoleId, t.baselineLevel, t.followUpLevel] }),
  ],
);

/**
 * The round pairs whose closure is rolled up: each round with the one before it (by opening day,
 * as the dashboard picks its previous round). A pair not listed is counted from the answers.
 */
export const rollupClosurePairs = pgTable(
  'rollup_closure_pairs',
  {
    baselineRoundId: integer('baseline_round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
    followUpRoundId: integer('follow_up_round_id').notNull().references(() => rounds.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.baselineRoundId, t.followUpRoundId] })],
);
