import { sql } from 'drizzle-orm';
import { bigserial, check, index, integer, jsonb, pgTable, primaryKey, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { units } from './organisation';
import { rounds } from './rounds';

/**
 * The installation's own settings, one row (id = 1), edited by administrators. A missing row
 * or a null column means the default (MIN_GROUP_SIZE from the environment, no logo, ...).
 */
export const installationSettings = pgTable('installation_settings', {
  id: integer('id').primaryKey().default(1),
  organisationName: text('organisation_name'),
  /** A small PNG, JPEG or SVG as a data: URL, shown in the header and on letters. */
  logoDataUrl: text('logo_data_url'),
  /** The minimum group size k; never below 3 (checked in lib/data and by a constraint). */
  minGroupSize: integer('min_group_size'),
  /** Months after a person's employment ends before their personal data is pseudonymised. */
  retentionMonths: integer('retention_months'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  updatedBy: text('updated_by'),
}, (t) => [
  check('installation_settings_one_row', sql`${t.id} = 1`),
  check('installation_settings_k', sql`${t.minGroupSize} is null or ${t.minGroupSize} >= 3`),
  check('installation_settings_retention', sql`${t.retentionMonths} is null or ${t.retentionMonths} >= 1`),
]);

/** The units a round is for; none = the whole organisation. */
export const roundUnits = pgTable(
  'round_units',
  {
    roundId: integer('round_id').notNull().references(() => rounds.id),
    unitId: integer('unit_id').notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.unitId] })],
);

/**
 * A key for the HTTP API (/api/v1), created by an administrator. Only its SHA-256 hash is
 * stored; `prefix` (the first characters) identifies it in lists. `unitId` scopes it to one unit
 * and everything below; null = the whole organisation.
 */
export const apiKeys = pgTable('api_keys', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  prefix: text('prefix').notNull(),
  keyHash: text('key_hash').notNull().unique(),
  unitId: integer('unit_id').references(() => units.id),
  createdBy: text('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
});

/**
 * The history of a framework: every change to a requirement, a role's required level or weight,
 * or a translation, with the values before and after.
 */
export const frameworkChanges = pgTable(
  'framework_changes',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    /** requirement, role_requirement or translation */
    entity: text('entity').notNull(),
    /** The changed row's key, e.g. `HYG-1` or `USK/HYG-1`. */
    entityKey: text('entity_key').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
  },
  (t) => [index('framework_changes_at_idx').on(t.at)],
);
