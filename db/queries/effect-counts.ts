import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import type { EffectCount } from '@/lib/domain/effect-figures';

/** Answers to one question in one round per unit stored on the answer and value, whole tree. */
export function effectCounts(db: DbOrTx, roundId: number, questionId: number): Promise<EffectCount[]> {
  return queryRows<EffectCount>(db, sql`
    select u.code as unit, er.value::int as value, count(*)::int as count
    from effect_responses er join units u on u.id = er.unit_id
    where er.round_id = ${roundId} and er.question_id = ${questionId}
    group by u.code, er.value`);
}
