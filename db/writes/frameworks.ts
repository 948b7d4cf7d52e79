import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

/** One row of a framework's history: the values before and after (null = did not exist / removed). */
export async function insertFrameworkChange(
  db: DbOrTx,
  c: { actor: string; entity: 'requirement' | 'role_requirement' | 'translation' | 'framework'; entityKey: string; before: object | null; after: object | null },
): Promise<void> {
  await db.execute(sql`
    insert into framework_changes (actor, entity, entity_key, before, after)
    values (${c.actor}, ${c.entity}, ${c.entityKey},
      ${c.before === null ? null : JSON.stringify(c.before)}::jsonb, ${c.after === null ? null : JSON.stringify(c.after)}::jsonb)`);
}

export async function updateRequirementTexts(db: DbOrTx, id: number, t: { name: string; area: string | null; description: string | null }): Promise<void> {
  await db.execute(sql`update requirements set name = ${t.name}, area = ${t.area}, description = ${t.description} where id = ${id}`);
}

export async function insertRequirement(
  db: DbOrTx,
  r: { code: string; name: string; frameworkId: number; area: string | null; description: string | null },
): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(db, sql`
    insert into requirements (code, name, framework_id, area, description)
    values (${r.code}, ${r.name}, ${r.frameworkId}, ${r.area}, ${r.description})
    on conflict (code) do nothing returning id`);
  return rows.length > 0;
}

export async function upsertRoleRequirement(db: DbOrTx, r: { roleId: number; requirementId: number; requiredLevel: number; weight: number }): Promise<void> {
  await db.execute(sql`
    insert into role_requirements (role_id, requirement_id, required_level, weight)
    values (${r.roleId}, ${r.requirementId}, ${r.requiredLevel}, ${r.weight})
    on conflict (role_id, requirement_id) do update set required_level = excluded.required_level, weight = excluded.weight`);
}

export async function deleteRoleRequirement(db: DbOrTx, roleId: number, requirementId: number): Promise<void> {
  await db.execute(sql`delete from role_requirements where role_id = ${roleId} and requirement_id = ${requirementId}`);
}

export async function upsertRequirementTranslation(db: DbOrTx, t: { code: string; field: string; language: string; text: string }): Promise<void> {
  await db.execute(sql`
    insert into translations (kind, code, field, language, text) values ('requirement', ${t.code}, ${t.field}, ${t.language}, ${t.text})
    on conflict (kind, code, field, language) do update set text = excluded.text`);
}

export async function deleteRequirementTranslation(db: DbOrTx, t: { code: string; field: string; language: string }): Promise<void> {
  await db.execute(sql`
    delete from translations where kind = 'requirement' and code = ${t.code} and field = ${t.field} and language = ${t.language}`);
}

/** A new framework; undefined when the name is taken. */
export async function insertFramework(db: DbOrTx, name: string): Promise<number | undefined> {
  const [row] = await queryRows<{ id: number }>(db, sql`insert into frameworks (name) values (${name}) on conflict (name) do nothing returning id`);
  return row?.id;
}

/**
 * Copies a framework's requirements into another under `<prefix>-<code>`, and, when asked, the
 * roles' required levels and weights and the translations of names and descriptions.
 * Returns how many rows of each were copied.
 */
export async function copyFrameworkRows(
  db: DbOrTx,
  c: { fromId: number; toId: number; prefix: string; roleRequirements: boolean },
): Promise<{ requirements: number; roleRequirements: number; translations: number }> {
  const newCode = (column: string) => sql`${c.prefix} || '-' || ${sql.raw(column)}`;
  const requirements = await queryRows<{ id: number }>(db, sql`
    insert into requirements (code, name, framework_id, area, description)
    select ${newCode('q.code')}, q.name, ${c.toId}, q.area, q.description from requirements q
    where q.framework_id = ${c.fromId} order by q.code collate "C"
    returning id`);
  const roleRequirements = c.roleRequirements
    ? await queryRows<{ role_id: number }>(db, sql`
        insert into role_requirements (role_id, requirement_id, required_level, weight)
        select rr.role_id, n.id, rr.required_level, rr.weight
        from role_requirements rr join requirements q on q.id = rr.requirement_id
          join requirements n on n.code = ${newCode('q.code')} and n.framework_id = ${c.toId}
        where q.framework_id = ${c.fromId}
        returning role_id`)
    : [];
  const translations = await queryRows<{ id: number }>(db, sql`
    insert into translations (kind, code, field, language, text)
    select 'requirement', ${newCode('t.code')}, t.field, t.language, t.text
    from translations t join requirements q on q.code = t.code and t.kind = 'requirement'
    where q.framework_id = ${c.fromId}
    on conflict (kind, code, field, language) do update set text = excluded.text
    returning id`);
  return { requirements: requirements.length, roleRequirements: roleRequirements.length, translations: translations.length };
}
