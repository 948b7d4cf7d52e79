import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

export interface FrameworkSummary {
  id: number;
  name: string;
  requirements: number;
  /** Roles that require at least one of its requirements. */
  roles: number;
}

export function frameworkSummaries(db: DbOrTx): Promise<FrameworkSummary[]> {
  return queryRows<FrameworkSummary>(db, sql`
    select f.id, f.name,
      (select count(*)::int from requirements q where q.framework_id = f.id) as requirements,
      (select count(distinct rr.role_id)::int from role_requirements rr join requirements q on q.id = rr.requirement_id
        where q.framework_id = f.id) as roles
    from frameworks f order by f.name`);
}

export async function requirementsWithoutFramework(db: DbOrTx): Promise<number> {
  const [row] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from requirements where framework_id is null`);
  return row?.n ?? 0;
}

export async function frameworkById(db: DbOrTx, id: number): Promise<{ id: number; name: string } | undefined> {
  const [row] = await queryRows<{ id: number; name: string }>(db, sql`select id, name from frameworks where id = ${id}`);
  return row;
}

export async function frameworkByName(db: DbOrTx, name: string): Promise<{ id: number; name: string } | undefined> {
  const [row] = await queryRows<{ id: number; name: string }>(db, sql`select id, name from frameworks where name = ${name}`);
  return row;
}

export interface RequirementRecord {
  id: number;
  code: string;
  name: string;
  area: string | null;
  description: string | null;
  frameworkId: number | null;
  framework: string | null;
}

const REQUIREMENT_COLUMNS = sql`q.id, q.code, q.name, q.area, q.description, q.framework_id as "frameworkId", f.name as framework`;

/** A framework's requirements in code order (code points, as the reports sort). */
export function frameworkRequirements(db: DbOrTx, frameworkId: number): Promise<RequirementRecord[]> {
  return queryRows<RequirementRecord>(db, sql`
    select ${REQUIREMENT_COLUMNS} from requirements q left join frameworks f on f.id = q.framework_id
    where q.framework_id = ${frameworkId} order by q.code collate "C"`);
}

/** One requirement; `lock` holds its row until the transaction ends (the "before" of a change). */
export async function requirementByCode(db: DbOrTx, code: string, lock = false): Promise<RequirementRecord | undefined> {
  const [row] = await queryRows<RequirementRecord>(db, sql`
    select ${REQUIREMENT_COLUMNS} from requirements q left join frameworks f on f.id = q.framework_id
    where q.code = ${code} ${lock ? sql`for update of q` : sql``}`);
  return row;
}

export function roleRecords(db: DbOrTx): Promise<Array<{ id: number; code: string; name: string }>> {
  return queryRows(db, sql`select id, code, name from roles order by code collate "C"`);
}

export interface RoleRequirementRecord {
  role: string;
  requirement: string;
  requiredLevel: number;
  weight: number;
}

/** Required level and weight of every role on every requirement of a framework. */
export function frameworkRoleRequirements(db: DbOrTx, frameworkId: number): Promise<RoleRequirementRecord[]> {
  return queryRows<RoleRequirementRecord>(db, sql`
    select r.code as role, q.code as requirement, rr.required_level::int as "requiredLevel", rr.weight::int as weight
    from role_requirements rr join roles r on r.id = rr.role_id join requirements q on q.id = rr.requirement_id
    where q.framework_id = ${frameworkId}`);
}

/** The role requirements of one role within a framework, locked for a change. */
export function roleRequirementsForUpdate(db: DbOrTx, roleId: number, frameworkId: number): Promise<Array<{ requirementId: number; requiredLevel: number; weight: number }>> {
  return queryRows(db, sql`
    select rr.requirement_id as "requirementId", rr.required_level::int as "requiredLevel", rr.weight::int as weight
    from role_requirements rr join requirements q on q.id = rr.requirement_id
    where rr.role_id = ${roleId} and q.framework_id = ${frameworkId}
    for update of rr`);
}

export interface TranslationRecord {
  code: string;
  field: string;
  language: string;
  text: string;
}

/** Translations of requirement names and descriptions, for the given requirement codes. */
export function requirementTranslations(db: DbOrTx, codes: readonly string[], lock = false): Promise<TranslationRecord[]> {
  if (codes.length === 0) return Promise.resolve([]);
  return queryRows<TranslationRecord>(db, sql`
    select code, field, language, text from translations
    where kind = 'requirement' and code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)})
    order by code, language, field ${lock ? sql`for update` : sql``}`);
}

/** Distinct requirement areas in use, for suggestions. */
export async function requirementAreas(db: DbOrTx): Promise<string[]> {
  const rows = await queryRows<{ area: string }>(db, sql`select distinct area from requirements where area is not null order by area`);
  return rows.map((r) => r.area);
}

/** Which of these requirement codes already exist. */
export async function existingRequirementCodes(db: DbOrTx, codes: readonly string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await queryRows<{ code: string }>(db, sql`
    select code from requirements where code in (${sql.join(codes.map((c) => sql`${c}`), sql`, `)}) order by code collate "C"`);
  return rows.map((r) => r.code);
}

export interface FrameworkChangeRecord {
  id: number;
  at: string;
  actor: string;
  entity: string;
  entityKey: string;
  before: unknown;
  after: unknown;
}

/**
 * The history, newest first. `framework` narrows it to changes of that framework, `requirement`
 * to one requirement (every stored value carries both names).
 */
export function frameworkChangeList(db: DbOrTx, args: { framework?: string; requirement?: string; limit: number }): Promise<FrameworkChangeRecord[]> {
  const of = (key: string) => sql`coalesce(c.after ->> ${key}, c.before ->> ${key})`;
  return queryRows<FrameworkChangeRecord>(db, sql`
    select c.id::int as id, to_char(c.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as at, c.actor, c.entity,
      c.entity_key as "entityKey", c.before, c.after
    from framework_changes c
    where ${args.framework !== undefined ? sql`${of('framework')} = ${args.framework}` : sql`true`}
      and ${args.requirement !== undefined ? sql`${of('requirement')} = ${args.requirement}` : sql`true`}
    order by c.id desc limit ${args.limit}`);
}
