import { sql, type SQL } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import type { MonthCount, UptakeCount } from '@/lib/domain/uptake';

/** People employed in the period (by current unit) and their digital course completions in it. */
function ctes(from: string, to: string): SQL {
  return sql`
    employed as (
      select p.id, p.unit_id from people p
      where (p.start_date is null or p.start_date <= ${to}::date)
        and (p.end_date is null or p.end_date >= ${from}::date)
    ),
    completions as (
      select e.person_id, e.completed_on from enrolments e
      join courses c on c.id = e.course_id
      join employed em on em.id = e.person_id
      where c.format = 'digital' and e.completed_on between ${from}::date and ${to}::date
    )`;
}

export function uptakeCounts(db: DbOrTx, from: string, to: string): Promise<UptakeCount[]> {
  return queryRows<UptakeCount>(db, sql`
    with ${ctes(from, to)}
    select u.code as unit, count(*)::int as population,
      (count(*) filter (where exists (select 1 from completions c where c.person_id = em.id)))::int as completers
    from employed em join units u on u.id = em.unit_id
    group by u.code`);
}

export function completionMonths(db: DbOrTx, from: string, to: string): Promise<MonthCount[]> {
  return queryRows<MonthCount>(db, sql`
    with ${ctes(from, to)}
    select u.code as unit, to_char(c.completed_on, 'YYYY-MM') as month, count(*)::int as completions
    from completions c join employed em on em.id = c.person_id join units u on u.id = em.unit_id
    group by u.code, to_char(c.completed_on, 'YYYY-MM')`);
}
