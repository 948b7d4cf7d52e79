import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

export interface SurveyRound {
  id: number;
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
}

/** The open round a person is asked to answer: invited, or the round invites everyone. */
export async function openRoundFor(db: DbOrTx, personId: number, today: string): Promise<SurveyRound | undefined> {
  const [row] = await queryRows<SurveyRound>(db, sql`
    select r.id, r.code, r.name, r.opens_on::text as "opensOn", r.closes_on::text as "closesOn"
    from rounds r
    where r.opens_on <= ${today}::date and r.closes_on >= ${today}::date and r.kind <> 'effekt'
      and (exists (select 1 from invitations i where i.round_id = r.id and i.person_id = ${personId})
        or not exists (select 1 from invitations i where i.round_id = r.id))
    order by r.opens_on desc, r.code desc limit 1`);
  return row;
}

export async function roundById(db: DbOrTx, id: number): Promise<SurveyRound | undefined> {
  const [row] = await queryRows<SurveyRound>(db, sql`
    select id, code, name, opens_on::text as "opensOn", closes_on::text as "closesOn" from rounds where id = ${id}`);
  return row;
}

export interface SurveyPerson {
  id: number;
  employeeId: string;
  name: string;
  unitId: number;
  roleId: number;
  roleName: string;
}

export async function surveyPerson(db: DbOrTx, personId: number): Promise<SurveyPerson | undefined> {
  const [row] = await queryRows<SurveyPerson>(db, sql`
    select p.id, p.employee_id as "employeeId", p.name, p.unit_id as "unitId", p.role_id as "roleId", r.name as "roleName"
    from people p join roles r on r.id = p.role_id where p.id = ${personId}`);
  return row;
}

export interface SurveyRequirementRow {
  id: number;
  code: string;
  name: string;
  description: string | null;
  area: string | null;
  requiredLevel: number;
  /** The person's own latest self answer in the round, if any. */
  level: number | null;
  notUnderstood: boolean | null;
  answered: boolean;
}

/** The requirements of a role with the person's own latest self-assessment in the round. */
export function surveyRequirements(db: DbOrTx, personId: number, roundId: number, roleId: number): Promise<SurveyRequirementRow[]> {
  return queryRows<SurveyRequirementRow>(db, sql`
    with mine as (
      select distinct on (requirement_id) requirement_id, level, not_understood
      from assessments where round_id = ${roundId} and person_id = ${personId} and source = 'self'
      order by requirement_id, assessed_on desc nulls last, id desc
    )
    select q.id, q.code, q.name, q.description, q.area, rr.required_level::int as "requiredLevel",
      m.level::int as level, m.not_understood as "notUnderstood", (m.requirement_id is not null) as answered
    from role_requirements rr join requirements q on q.id = rr.requirement_id
    left join mine m on m.requirement_id = rr.requirement_id
    where rr.role_id = ${roleId}
    order by q.code`);
}

export function surveyEffectQuestions(db: DbOrTx, personId: number, roundId: number): Promise<Array<{ id: number; code: string; text: string; value: number | null }>> {
  return queryRows(db, sql`
    select q.id, q.code, q.text, er.value::int as value
    from effect_questions q
    left join effect_responses er on er.question_id = q.id and er.round_id = ${roundId} and er.person_id = ${personId}
    order by q.id`);
}

export async function submittedAt(db: DbOrTx, personId: number, roundId: number): Promise<string | null> {
  const [row] = await queryRows<{ at: string }>(db, sql`
    select submitted_at::text as at from survey_submissions where round_id = ${roundId} and person_id = ${personId}`);
  return row?.at ?? null;
}

export function translationsFor(db: DbOrTx, language: string): Promise<Array<{ kind: string; code: string; field: string; language: string; text: string }>> {
  return queryRows(db, sql`select kind, code, field, language, text from translations where language = ${language}`);
}
