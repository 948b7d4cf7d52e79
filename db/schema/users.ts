import { boolean, index, integer, pgTable, serial, text, timestamp, unique, uniqueIndex } from 'drizzle-orm/pg-core';
import { userRole } from './enums';
import { units } from './organisation';
import { people } from './people';
import { projects } from './projects';

/** Someone who signs in. Email is stored lower-cased; the first work-account sign-in finds the user by it. */
export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** The employee record of a staff member (their own answers and profile). */
  personId: integer('person_id').references(() => people.id),
  /** A disabled user's sessions end at their next request. */
  disabled: boolean('disabled').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /**
   * The Entra ID account (object id and tenant id) bound at the first work-account sign-in:
   * later sign-ins match on these, never on e-mail, which a user may be able to change.
   */
  entraObjectId: text('entra_object_id'),
  entraTenantId: text('entra_tenant_id'),
}, (t) => [uniqueIndex('users_entra_account').on(t.entraTenantId, t.entraObjectId)]);

/** One role of a user: chef with a unit they lead, steering with a project, others plain. */
export const userRoles = pgTable(
  'user_roles',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    role: userRole('role').notNull(),
    unitId: integer('unit_id').references(() => units.id),
    projectId: integer('project_id').references(() => projects.id),
  },
  (t) => [
    unique('user_roles_key').on(t.userId, t.role, t.unitId, t.projectId).nullsNotDistinct(),
    index('user_roles_user_idx').on(t.userId),
  ],
);
