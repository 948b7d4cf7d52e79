import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

export interface PersonRecord {
  id: number;
  employeeId: string;
  name: string;
  unitCode: string;
  unitName: string;
  roleCode: string;
  roleName: string;
}

export async function personByEmployeeId(db: DbOrTx, employeeId: string): Promise<PersonRecord | undefined> {
  const [row] = await queryRows<PersonRecord>(db, sql`
    select p.id, p.employee_id as "employeeId", p.name, u.code as "unitCode", u.name as "unitName", r.code as "roleCode", r.name as "roleName"
    from people p join units u on u.id = p.unit_id join roles r on r.id = p.role_id where p.employee_id = ${employeeId}`);
  return row;
}

export async function personById(db: DbOrTx, id: number): Promise<PersonRecord | undefined> {
  const [row] = await queryRows<PersonRecord>(db, sql`
    select p.id, p.employee_id as "employeeId", p.name, u.code as "unitCode", u.name as "unitName", r.code as "roleCode", r.name as "roleName"
    from people p join units u on u.id = p.unit_id join roles r on r.id = p.role_id where p.id = ${id}`);
  return row;
}

/** The unit and role a person counts under in a round (latest assessment, else last effect answer, else current). */
export async function personPlacement(db: DbOrTx, personId: number, roundId: number): Promise<{ roleCode: string; roleName: string; unitCode: string; unitName: string } | undefined> {
  const [row] = await queryRows<{ roleCode: string; roleName: string; unitCode: string; unitName: string }>(db, sql`
    with pick as (
      (select unit_id, role_id, 1 as pri from assessments where round_id = ${roundId} and person_id = ${personId}
        order by assessed_on desc nulls last, id desc limit 1)
      union all
      (select unit_id, role_id, 2 from effect_responses where round_id = ${roundId} and person_id = ${personId} order by id desc limit 1)
      union all
      (select unit_id, role_id, 3 from people where id = ${personId})
    )
    select r.code as "roleCode", r.name as "roleName", u.code as "unitCode", u.name as "unitName"
    from pick join units u on u.id = pick.unit_id join roles r on r.id = pick.role_id order by pri limit 1`);
  return row;
}

export interface RequirementAnswer {
  requirement: string;
  name: string;
  area: string | null;
  requiredLevel: number;
  weight: number;
  /** The effective level; null when not assessed or "vet ej". */
  level: number | null;
  answered: boolean;
  source: 'self' | 'validated' | null;
  assessedOn: string | null;
}

/** Each requirement of a role with the person's counting answer in the round. */
export function personRequirementAnswers(db: DbOrTx, personId: number, roundId: number, roleCode: string): Promise<RequirementAnswer[]> {
  return queryRows<RequirementAnswer>(db, sql`
    with counting as (
      select distinct on (requirement_id) requirement_id, level, source::text as source, assessed_on::text as assessed_on
      from assessments where round_id = ${roundId} and person_id = ${personId}
      order by requirement_id, (source = 'validated') desc, assessed_on desc nulls last, id desc
    )
    select q.code as requirement, q.name, q.area, rr.required_level::int as "requiredLevel", rr.weight::int as weight,
      c.level::int as level, (c.requirement_id is not null) as answered, c.source, c.assessed_on as "assessedOn"
    from role_requirements rr
    join roles r on r.id = rr.role_id join requirements q on q.id = rr.requirement_id
    left join counting c on c.requirement_id = rr.requirement_id
    where r.code = ${roleCode}
    order by q.code`);
}

export function personEffectAnswers(db: DbOrTx, personId: number, roundId: number): Promise<Array<{ question: string; text: string; value: number }>> {
  return queryRows<{ question: string; text: string; value: number }>(db, sql`
    select q.code as question, q.text, er.value::int as value
    from effect_responses er join effect_questions q on q.id = er.question_id
    where er.round_id = ${roundId} and er.person_id = ${personId} order by q.id`);
}

/** Rounds the person has answered themself: an assessment of their own or an effect answer. */
export async function personRoundIds(db: DbOrTx, personId: number): Promise<number[]> {
  // The person's own answers: a level a chef confirmed in a round is not the person answering it.
  const rows = await queryRows<{ id: number }>(db, sql`
    select distinct round_id as id from assessments where person_id = ${personId} and source = 'self'
    union select distinct round_id from effect_responses where person_id = ${personId}`);
  return rows.map((r) => r.id);
}
