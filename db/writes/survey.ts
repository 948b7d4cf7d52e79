import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

interface SelfAnswer {
  roundId: number;
  personId: number;
  requirementId: number;
  level: number | null;
  notUnderstood: boolean;
  today: string;
  unitId: number;
  roleId: number;
}

/**
 * Stores a survey answer as the person's one self-assessment for the requirement in the round:
 * the latest self row is updated (and dated today), or one is created. Two tabs or a resent
 * queued answer land on the same row: the key (round, person, requirement, self, today)
 * makes a concurrent second insert an update.
 */
export async function upsertSelfAnswer(db: DbOrTx, a: SelfAnswer): Promise<void> {
  // The latest self row, and another self row already dated today, which would collide with the
  // move and is then the one to update: one read for both.
  const [found] = await queryRows<{ latest: number | null; sameDay: number | null }>(db, sql`
    with own as (
      select id, assessed_on from assessments
      where round_id = ${a.roundId} and person_id = ${a.personId} and requirement_id = ${a.requirementId} and source = 'self'
    )
    select (select id from own order by assessed_on desc nulls last, id desc limit 1) as latest,
      (select id from own where assessed_on = ${a.today}::date limit 1) as "sameDay"`);
  if (found?.latest != null) {
    await db.execute(sql`
      update assessments set level = ${a.level}, not_understood = ${a.notUnderstood}, assessed_on = ${a.today}::date,
        unit_id = ${a.unitId}, role_id = ${a.roleId}, updated_at = now()
      where id = ${found.sameDay ?? found.latest}`);
    return;
  }
  await db.execute(sql`
    insert into assessments (round_id, person_id, requirement_id, level, not_understood, source, assessed_on, unit_id, role_id)
    values (${a.roundId}, ${a.personId}, ${a.requirementId}, ${a.level}, ${a.notUnderstood}, 'self', ${a.today}::date, ${a.unitId}, ${a.roleId})
    on conflict on constraint assessments_key do update
      set level = excluded.level, not_understood = excluded.not_understood,
        unit_id = excluded.unit_id, role_id = excluded.role_id, updated_at = now()`);
}

/** One answer per person, question and round: a later one replaces the earlier. */
export async function upsertEffectAnswer(
  db: DbOrTx,
  a: { roundId: number; personId: number; questionId: number; value: number; unitId: number; roleId: number },
): Promise<void> {
  await db.execute(sql`
    insert into effect_responses (round_id, person_id, question_id, value, unit_id, role_id)
    values (${a.roundId}, ${a.personId}, ${a.questionId}, ${a.value}, ${a.unitId}, ${a.roleId})
    on conflict on constraint effect_responses_key do update
      set value = excluded.value, unit_id = excluded.unit_id, role_id = excluded.role_id, updated_at = now()`);
}

/** Sending the survey again (another tab, a double click) only moves the time. */
export async function upsertSubmission(db: DbOrTx, roundId: number, personId: number): Promise<void> {
  await db.execute(sql`
    insert into survey_submissions (round_id, person_id) values (${roundId}, ${personId})
    on conflict (round_id, person_id) do update set submitted_at = now()`);
}

/** A chef's or HR's confirmed level: a validated assessment dated today. */
export async function upsertValidatedAnswer(
  db: DbOrTx,
  a: { roundId: number; personId: number; requirementId: number; level: number; today: string; unitId: number; roleId: number },
): Promise<void> {
  await db.execute(sql`
    insert into assessments (round_id, person_id, requirement_id, level, source, assessed_on, unit_id, role_id)
    values (${a.roundId}, ${a.personId}, ${a.requirementId}, ${a.level}, 'validated', ${a.today}::date, ${a.unitId}, ${a.roleId})
    on conflict on constraint assessments_key do update
      set level = excluded.level, unit_id = excluded.unit_id, role_id = excluded.role_id, updated_at = now()`);
}
