import { cache } from 'react';
import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';
import type { CourseLink, RoleRequirement } from '@/lib/domain/histograms';
import type { UnitKind } from '@/lib/domain/enums';

export interface UnitRecord {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  parentCode: string | null;
}

function allUnitsUncached(db: DbOrTx): Promise<UnitRecord[]> {
  return queryRows<UnitRecord>(db, sql`
    select u.id, u.code, u.name, u.kind::text as kind, p.code as "parentCode"
    from units u left join units p on p.id = u.parent_id order by u.code`);
}

function roleRequirementListUncached(db: DbOrTx): Promise<RoleRequirement[]> {
  return queryRows<RoleRequirement>(db, sql`
    select r.code as role, q.code as requirement, rr.required_level::int as "requiredLevel", rr.weight::int as weight
    from role_requirements rr join roles r on r.id = rr.role_id join requirements q on q.id = rr.requirement_id`);
}

function courseLinksUncached(db: DbOrTx): Promise<CourseLink[]> {
  return queryRows<CourseLink>(db, sql`
    select c.code as course, q.code as requirement, cr.target_level::int as "targetLevel"
    from course_requirements cr join courses c on c.id = cr.course_id join requirements q on q.id = cr.requirement_id`);
}

export interface RoundRecord {
  id: number;
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
}

export async function roundByCode(db: DbOrTx, code: string): Promise<RoundRecord | undefined> {
  const [row] = await queryRows<RoundRecord>(db, sql`
    select id, code, name, opens_on::text as "opensOn", closes_on::text as "closesOn" from rounds where code = ${code}`);
  return row;
}

function allRoundsUncached(db: DbOrTx): Promise<RoundRecord[]> {
  return queryRows<RoundRecord>(db, sql`
    select id, code, name, opens_on::text as "opensOn", closes_on::text as "closesOn" from rounds order by opens_on, code`);
}

export async function questionByCode(db: DbOrTx, code: string): Promise<{ id: number; code: string; text: string } | undefined> {
  const [row] = await queryRows<{ id: number; code: string; text: string }>(db, sql`
    select id, code, text from effect_questions where code = ${code}`);
  return row;
}

export async function projectByCode(db: DbOrTx, code: string) {
  const [row] = await queryRows<{ id: number; code: string; name: string; plannedParticipants: number | null; participants: number }>(db, sql`
    select p.id, p.code, p.name, p.planned_participants as "plannedParticipants",
      (select count(distinct person_id)::int from project_participants pp where pp.project_id = p.id) as participants
    from projects p where p.code = ${code}`);
  return row;
}

/** Rounds with at least one stored answer (assessment or effect answer). */
async function roundIdsWithAnswersUncached(db: DbOrTx): Promise<Set<number>> {
  // One index probe per round, not a scan of every answer (the ORDER BY holds the planner to the index:
  // answers are stored round by round, so a scan "until the first match" reads most of the table).
  const rows = await queryRows<{ id: number }>(db, sql`
    select r.id from rounds r
    where (select a.round_id from assessments a where a.round_id = r.id order by a.round_id, a.person_id limit 1) is not null
      or (select e.round_id from effect_responses e where e.round_id = r.id order by e.round_id, e.person_id, e.question_id limit 1) is not null`);
  return new Set(rows.map((r) => r.id));
}

function requirementListUncached(db: DbOrTx): Promise<Array<{ code: string; name: string; area: string | null }>> {
  return queryRows(db, sql`select code, name, area from requirements order by code`);
}

function roleListUncached(db: DbOrTx): Promise<Array<{ code: string; name: string }>> {
  return queryRows(db, sql`select code, name from roles order by code`);
}

function courseListUncached(db: DbOrTx): Promise<Array<{ code: string; name: string; format: string; hours: number | null; url: string | null }>> {
  return queryRows(db, sql`select code, name, format::text as format, hours::float8 as hours, url from courses order by code`);
}

// Reference data (the unit tree, rounds, requirements, roles) is read by almost every part of a
// page, and a streamed page has several parts: React's `cache` reads each once per request
// (keyed by the database handle; a transaction is another key). Outside a server render, in the
// command line, route handlers, server actions and tests, `cache` calls straight through.
export const allUnits = cache(allUnitsUncached);
export const roleRequirementList = cache(roleRequirementListUncached);
export const courseLinks = cache(courseLinksUncached);
export const allRounds = cache(allRoundsUncached);
export const roundIdsWithAnswers = cache(roundIdsWithAnswersUncached);
export const requirementList = cache(requirementListUncached);
export const roleList = cache(roleListUncached);
export const courseList = cache(courseListUncached);
