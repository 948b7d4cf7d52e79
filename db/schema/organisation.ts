import { type AnyPgColumn, index, integer, pgTable, serial, text } from 'drizzle-orm/pg-core';
import { unitKind } from './enums';

/** A node of the organisation tree: region, kommun, förvaltning, område or enhet. */
export const units = pgTable(
  'units',
  {
    id: serial('id').primaryKey(),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    parentId: integer('parent_id').references((): AnyPgColumn => units.id),
    kind: unitKind('kind').notNull().default('enhet'),
  },
  (t) => [index('units_parent_idx').on(t.parentId)],
);

export const roles = pgTable('roles', {
  id: serial('id').primaryKey(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
});
