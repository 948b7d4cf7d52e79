import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

// Everything stored about one person, row by row: the register extract (GDPR art. 15) is the one
// place where the product reads individual rows on purpose, and only for that person.

export interface PersonalRecord {
  id: number;
  employeeId: string;
  name: string;
  email: string | null;
  unitCode: string;
  unitName: string;
  roleCode: string;
  roleName: string;
  employment: string | null;
  startDate: string | null;
  endDate: string | null;
  gender: string | null;
  pseudonymisedAt: string | null;
}

const MOMENT = (column: string) => sql.raw(`to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"')`);

const PERSON_COLUMNS = sql`
  p.id, p.employee_id as "employeeId", p.name, p.email, u.code as "unitCode", u.name as "unitName",
  r.code as "roleCode", r.name as "roleName", p.employment::text as employment, p.start_date::text as "startDate",
  p.end_date::text as "endDate", p.gender, ${MOMENT('p.pseudonymised_at')} as "pseudonymisedAt"`;

export async function personalRecord(db: DbOrTx, employeeId: string): Promise<PersonalRecord | undefined> {
  const [row] = await queryRows<PersonalRecord>(db, sql`
    select ${PERSON_COLUMNS} from people p join units u on u.id = p.unit_id join roles r on r.id = p.role_id
    where p.employee_id = ${employeeId}`);
  return row;
}

export interface PersonSearchHit {
  employeeId: string;
  name: string;
  unitName: string;
  roleName: string;
  endDate: string | null;
  pseudonymised: boolean;
}

const HIT_COLUMNS = sql`
  p.employee_id as "employeeId", p.name, u.name as "unitName", r.name as "roleName", p.end_date::text as "endDate",
  (p.pseudonymised_at is not null) as pseudonymised`;

/** People whose employee id or name contains the text (any case), exact employee id first, then by name. */
export function searchPeople(db: DbOrTx, text: string, limit: number): Promise<PersonSearchHit[]> {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return queryRows<PersonSearchHit>(db, sql`
    select ${HIT_COLUMNS} from people p join units u on u.id = p.unit_id join roles r on r.id = p.role_id
    where p.employee_id ilike ${like} or p.name ilike ${like}
    order by (lower(p.employee_id) = lower(${text})) desc, p.name, p.employee_id limit ${limit}`);
}

/** People whose employment has ended and whose data is still stored, earliest end first. */
export function endedPeople(db: DbOrTx): Promise<PersonSearchHit[]> {
  return queryRows<PersonSearchHit>(db, sql`
    select ${HIT_COLUMNS} from people p join units u on u.id = p.unit_id join roles r on r.id = p.role_id
    where p.end_date is not null and p.pseudonymised_at is null
    order by p.end_date, p.employee_id`);
}

export interface UserAccountRow {
  id: number;
  email: string;
  name: string;
  disabled: boolean;
  createdAt: string;
  roles: Array<{ role: string; unit: string | null; project: string | null }>;
}

/** The user accounts that are this person: linked to them, or signing in with their e-mail address. */
export function personUserAccounts(db: DbOrTx, personId: number, email: string | null): Promise<UserAccountRow[]> {
  return queryRows<UserAccountRow>(db, sql`
    select us.id, us.email, us.name, us.disabled, ${MOMENT('us.created_at')} as "createdAt",
      coalesce((select json_agg(json_build_object('role', ur.role::text, 'unit', u.code, 'project', pr.code) order by ur.id)
        from user_roles ur left join units u on u.id = ur.unit_id left join projects pr on pr.id = ur.project_id
        where ur.user_id = us.id), '[]'::json) as roles
    from users us
    where us.person_id = ${personId} or (${email}::text is not null and lower(us.email) = lower(${email}::text))
    order by us.id`);
}

export interface ExtractRound {
  round: string;
  roundName: string;
}

export interface AssessmentRow extends ExtractRound {
  requirement: string;
  requirementName: string;
  level: number | null;
  notUnderstood: boolean;
  source: string;
  assessedOn: string | null;
  unit: string;
  role: string;
  updatedAt: string;
}

export function personAssessments(db: DbOrTx, personId: number): Promise<AssessmentRow[]> {
  return queryRows<AssessmentRow>(db, sql`
    select r.code as round, r.name as "roundName", q.code as requirement, q.name as "requirementName", a.level::int as level,
      a.not_understood as "notUnderstood", a.source::text as source, a.assessed_on::text as "assessedOn",
      u.code as unit, ro.code as role, ${MOMENT('a.updated_at')} as "updatedAt"
    from assessments a join rounds r on r.id = a.round_id join requirements q on q.id = a.requirement_id
      join units u on u.id = a.unit_id join roles ro on ro.id = a.role_id
    where a.person_id = ${personId}
    order by r.opens_on, r.code, q.code, a.id`);
}

export interface EffectAnswerRow extends ExtractRound {
  question: string;
  questionText: string;
  value: number;
  unit: string;
  role: string;
  updatedAt: string;
}

export function personEffectResponses(db: DbOrTx, personId: number): Promise<EffectAnswerRow[]> {
  return queryRows<EffectAnswerRow>(db, sql`
    select r.code as round, r.name as "roundName", q.code as question, q.text as "questionText", e.value::int as value,
      u.code as unit, ro.code as role, ${MOMENT('e.updated_at')} as "updatedAt"
    from effect_responses e join rounds r on r.id = e.round_id join effect_questions q on q.id = e.question_id
      join units u on u.id = e.unit_id join roles ro on ro.id = e.role_id
    where e.person_id = ${personId}
    order by r.opens_on, r.code, q.id`);
}

export function personSubmissions(db: DbOrTx, personId: number): Promise<Array<ExtractRound & { submittedAt: string }>> {
  return queryRows(db, sql`
    select r.code as round, r.name as "roundName", ${MOMENT('s.submitted_at')} as "submittedAt"
    from survey_submissions s join rounds r on r.id = s.round_id where s.person_id = ${personId} order by r.opens_on, r.code`);
}

export function personInvitations(db: DbOrTx, personId: number): Promise<ExtractRound[]> {
  return queryRows(db, sql`
    select r.code as round, r.name as "roundName"
    from invitations i join rounds r on r.id = i.round_id where i.person_id = ${personId} order by r.opens_on, r.code`);
}

/** Personal invitation links: when made, until when, revoked. Never the token or its hash. */
export function personInvitationLinks(
  db: DbOrTx,
  personId: number,
): Promise<Array<ExtractRound & { id: number; createdAt: string; expiresAt: string; revokedAt: string | null }>> {
  return queryRows(db, sql`
    select t.id, r.code as round, r.name as "roundName", ${MOMENT('t.created_at')} as "createdAt",
      ${MOMENT('t.expires_at')} as "expiresAt", ${MOMENT('t.revoked_at')} as "revokedAt"
    from invitation_tokens t join rounds r on r.id = t.round_id where t.person_id = ${personId} order by t.id`);
}

export function personEnrolments(
  db: DbOrTx,
  personId: number,
): Promise<Array<{ course: string; courseName: string; format: string; enrolledOn: string | null; completedOn: string | null }>> {
  return queryRows(db, sql`
    select c.code as course, c.name as "courseName", c.format::text as format, e.enrolled_on::text as "enrolledOn", e.completed_on::text as "completedOn"
    from enrolments e join courses c on c.id = e.course_id where e.person_id = ${personId}
    order by e.enrolled_on nulls first, c.code, e.id`);
}

export function personProjects(db: DbOrTx, personId: number): Promise<Array<{ project: string; projectName: string; joinedOn: string | null }>> {
  return queryRows(db, sql`
    select p.code as project, p.name as "projectName", pp.joined_on::text as "joinedOn"
    from project_participants pp join projects p on p.id = pp.project_id where pp.person_id = ${personId} order by p.code`);
}

export function personIntroduction(db: DbOrTx, personId: number): Promise<Array<{ item: string; itemName: string; completedOn: string | null }>> {
  return queryRows(db, sql`
    select i.code as item, i.name as "itemName", c.completed_on::text as "completedOn"
    from introduction_completions c join introduction_items i on i.id = c.item_id where c.person_id = ${personId} order by i.code`);
}

export interface PersonAuditRow {
  id: number;
  at: string;
  actor: string;
  action: string;
  /** The person is who the event is about. */
  asSubject: boolean;
  details: Record<string, string | number | boolean | null>;
}

/**
 * Audit events about the person (subject) or done by them (as one of their user accounts, or by
 * their invitation link, whose events name them), oldest first.
 */
export function personAuditEvents(
  db: DbOrTx,
  args: { personId: number; personName: string; users: ReadonlyArray<{ id: number; email: string }> },
): Promise<PersonAuditRow[]> {
  const labels = [...args.users.map((u) => u.email.toLowerCase()), `inbjudningslänk (${args.personName})`.toLowerCase()];
  const users = args.users.length > 0 ? sql`a.actor_user_id in (${sql.join(args.users.map((u) => sql`${u.id}`), sql`, `)})` : sql`false`;
  return queryRows<PersonAuditRow>(db, sql`
    select a.id::int as id, ${MOMENT('a.at')} as at, a.actor, a.action,
      coalesce(a.subject_person_id = ${args.personId}, false) as "asSubject", a.details
    from audit_events a
    where a.subject_person_id = ${args.personId} or ${users}
      or lower(a.actor) in (${sql.join(labels.map((l) => sql`${l}`), sql`, `)})
    order by a.id`);
}

/** People still stored whose employment has ended: the candidates of the retention sweep. */
export function retentionCandidates(db: DbOrTx): Promise<Array<{ id: number; employeeId: string; endDate: string }>> {
  return queryRows(db, sql`
    select id, employee_id as "employeeId", end_date::text as "endDate"
    from people where end_date is not null and pseudonymised_at is null order by end_date, employee_id`);
}

/** Every text-like column of every table of the product's schema (for scrubbing and for checking the scrub). */
export function textColumns(db: DbOrTx): Promise<Array<{ table: string; column: string; type: string }>> {
  return queryRows(db, sql`
    select c.table_name as "table", c.column_name as "column", c.data_type as type
    from information_schema.columns c
    join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
    where c.table_schema = current_schema() and t.table_type = 'BASE TABLE'
      and c.data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
    order by c.table_name, c.ordinal_position`);
}

/** Rounds that have not closed on `today`: their answers are not final figures yet. */
export function openRounds(db: DbOrTx, today: string): Promise<Array<{ code: string }>> {
  return queryRows(db, sql`select code from rounds where closes_on >= ${today} order by code`);
}
