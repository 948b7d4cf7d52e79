import { sql } from 'drizzle-orm';
import type { UserRow } from '@/lib/validation/import-rows';
import { queryRows } from '../../client';
import { insertMany, updateMany } from '../batch-write';
import { keyOf } from '../classify';
import type { ImportContext } from '../context';
import type { ValidatedTable } from '../validated';

/**
 * Users and their roles: one row per role. A user is found by email; the first row of a
 * user gives the name, any row with an employee_id links the person. Role rows are matched
 * on (email, role, unit, project) and never removed by an import (an admin removes roles).
 */
export async function importUsers(ctx: ImportContext, input: ValidatedTable<UserRow> | undefined): Promise<void> {
  if (!input || input.rows.length === 0) return;
  const stored = new Map(
    (await queryRows<{ id: number; email: string; name: string; person_id: number | null }>(ctx.tx, sql`select id, email, name, person_id from users`))
      .map((u) => [u.email, u]),
  );
  const grants = new Set(
    (await queryRows<{ user_id: number; role: string; unit_id: number | null; project_id: number | null }>(ctx.tx, sql`select user_id, role::text as role, unit_id, project_id from user_roles`))
      .map((g) => keyOf(g.user_id, g.role, g.unit_id, g.project_id)),
  );

  const resolved = [];
  for (const { line, value } of input.rows) {
    const at = { file: input.file, line };
    const unit = value.unitCode === null ? null : ctx.resolve('unit', value.unitCode, at, 'unit_code');
    const project = value.projectCode === null ? null : ctx.resolve('project', value.projectCode, at, 'project_code');
    const person = value.employeeId === null ? null : ctx.resolve('person', value.employeeId, at, 'employee_id');
    if (unit === undefined || project === undefined || person === undefined) continue;
    resolved.push({ line, value, unit, project, person });
  }

  // One user per email: name from its first row, person from any row that names one.
  const wanted = new Map<string, { name: string; person: number | null }>();
  for (const r of resolved) {
    const w = wanted.get(r.value.email);
    if (!w) wanted.set(r.value.email, { name: r.value.name, person: r.person });
    else if (w.person === null) w.person = r.person;
  }
  const fresh = [...wanted].filter(([email]) => !stored.has(email));
  const created = await insertMany<{ id: number; email: string }>(
    ctx.tx, 'users',
    [{ name: 'email', type: 'text' }, { name: 'name', type: 'text' }, { name: 'person_id', type: 'int' }],
    fresh.map(([email, w]) => ({ email, name: w.name, person_id: w.person })),
    { returning: ['id', 'email'], references: ctx.references },
  );
  const ids = new Map([...stored].map(([email, u]) => [email, u.id]));
  for (const u of created) ids.set(u.email, u.id);
  const changed = [...wanted].filter(([email, w]) => {
    const s = stored.get(email);
    return s && (s.name !== w.name || (w.person !== null && s.person_id !== w.person));
  });
  await updateMany(ctx.tx, 'users', [{ name: 'id', type: 'int' }], [{ name: 'name', type: 'text' }, { name: 'person_id', type: 'int' }],
    changed.map(([email, w]) => ({ id: ids.get(email), name: w.name, person_id: w.person ?? stored.get(email)?.person_id ?? null })));

  const changedEmails = new Set(changed.map(([email]) => email));
  const seen = new Map<string, number>();
  const newGrants = [];
  for (const r of resolved) {
    const userId = ids.get(r.value.email) as number;
    const key = keyOf(userId, r.value.role, r.unit, r.project);
    const first = seen.get(key);
    if (first !== undefined) {
      ctx.reject({ file: input.file, line: r.line, column: 'role' }, `samma roll finns redan på rad ${first}`);
      continue;
    }
    seen.set(key, r.line);
    if (grants.has(key)) {
      ctx.count('users', stored.has(r.value.email) && changedEmails.has(r.value.email) ? 'updated' : 'unchanged');
    } else {
      newGrants.push({ user_id: userId, role: r.value.role, unit_id: r.unit, project_id: r.project });
      ctx.count('users', 'created');
    }
  }
  await insertMany(ctx.tx, 'user_roles',
    [{ name: 'user_id', type: 'int' }, { name: 'role', type: 'user_role' }, { name: 'unit_id', type: 'int' }, { name: 'project_id', type: 'int' }],
    newGrants, { references: ctx.references });
}
