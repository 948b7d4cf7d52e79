import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

/** "Jag förstår inte frågan" per unit (stored on the answer) and requirement, counting each person once. */
export function notUnderstoodCounts(db: DbOrTx, roundId: number): Promise<Array<{ unit: string; requirement: string; count: number }>> {
  return queryRows(db, sql`
    select u.code as unit, q.code as requirement, count(distinct a.person_id)::int as count
    from assessments a join units u on u.id = a.unit_id join requirements q on q.id = a.requirement_id
    where a.round_id = ${roundId} and a.not_understood
    group by u.code, q.code`);
}
