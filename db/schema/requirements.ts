import { integer, pgTable, primaryKey, serial, smallint, text } from 'drizzle-orm/pg-core';
import { roles } from './organisation';

/** A named set of requirements (kravramverk), identified by its name in imports. */
export const frameworks = pgTable('frameworks', {
  id: serial('id').primaryKey(),
  name: text('name').notNull().unique(),
});

export const requirements = pgTable('requirements', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  frameworkId: integer('framework_id').references(() => frameworks.id),
  area: text('area'),
  description: text('description'),
});

/** The level (1..4) a role must reach on a requirement, and how much it weighs (1..3). */
export const roleRequirements = pgTable(
  'role_requirements',
  {
    roleId: integer('role_id').notNull().references(() => roles.id),
    requirementId: integer('requirement_id').notNull().references(() => requirements.id),
    requiredLevel: smallint('required_level').notNull(),
    weight: smallint('weight').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.roleId, t.requirementId] })],
);
