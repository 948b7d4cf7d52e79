import { integer, pgTable, serial, text, timestamp } from 'drizzle-orm/pg-core';
import { people } from './people';
import { rounds } from './rounds';

/**
 * A personal invitation link `/k/<token>` for staff without a work computer. Only a SHA-256
 * hash of the token is stored; the token itself exists only in the letter.
 */
export const invitationTokens = pgTable('invitation_tokens', {
  id: serial('id').primaryKey(),
  personId: integer('person_id').notNull().references(() => people.id),
  roundId: integer('round_id').notNull().references(() => rounds.id),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  revokedAt: timestamp('revoked_at', { withTimezone: true }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  /** Who made the link (as the audit log names them): its first use in a new browser is audited with it. */
  createdBy: text('created_by'),
});
