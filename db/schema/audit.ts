import { bigserial, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Who opened which individual's competence answers, and every import, role change and export.
 * Never holds answer values: `details` carries codes and counts only.
 */
export const auditEvents = pgTable(
  'audit_events',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The signed-in user, if any. */
    actorUserId: integer('actor_user_id'),
    /** Readable actor: a user's email, "kommandoraden", or "inbjudningslänk". */
    actor: text('actor').notNull(),
    action: text('action').notNull(),
    subjectPersonId: integer('subject_person_id'),
    details: jsonb('details').$type<Record<string, string | number | boolean | null>>().notNull().default({}),
  },
  (t) => [index('audit_events_at_idx').on(t.at), index('audit_events_subject_idx').on(t.subjectPersonId)],
);
