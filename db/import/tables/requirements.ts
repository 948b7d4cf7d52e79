import { sql } from 'drizzle-orm';
import type { CourseRequirementRow, RequirementRow, RoleRequirementRow } from '@/lib/validation/import-rows';
import { insertMany } from '../batch-write';
import { keyOf } from '../classify';
import type { ImportContext } from '../context';
import type { TableSpec } from '../table-spec';
import type { ValidatedTable } from '../validated';
import { queryRows } from '../../client';

/** Frameworks are named on requirement rows; a new name creates the framework. */
export async function ensureFrameworks(ctx: ImportContext, input: ValidatedTable<RequirementRow> | undefined): Promise<void> {
  const ids = ctx.ids_('framework');
  for (const row of await queryRows<{ id: number; name: string }>(ctx.tx, sql`select id, name from frameworks`)) ids.set(row.name, row.id);
  const names = [...new Set((input?.rows ?? []).map((r) => r.value.framework).filter((n): n is string => n !== null && !ids.has(n)))];
  const created = await insertMany<{ id: number; name: string }>(
    ctx.tx, 'frameworks', [{ name: 'name', type: 'text' }], names.map((name) => ({ name })), { returning: ['id', 'name'] },
  );
  for (const row of created) ids.set(row.name, row.id);
}

export const requirementsSpec: TableSpec<RequirementRow> = {
  table: 'requirements',
  sqlTable: 'requirements',
  keyColumn: 'code',
  insertColumns: [
    { name: 'code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'framework_id', type: 'int' },
    { name: 'area', type: 'text' }, { name: 'description', type: 'text' },
  ],
  updateColumns: [
    { name: 'name', type: 'text' }, { name: 'framework_id', type: 'int' }, { name: 'area', type: 'text' }, { name: 'description', type: 'text' },
  ],
  whereColumns: [{ name: 'id', type: 'int' }],
  selectStored: sql`select id, code, name, framework_id, area, description from requirements`,
  storedKey: (row) => String(row.code),
  resolve: (ctx, v) => ({
    key: v.code,
    values: {
      code: v.code,
      name: v.name,
      framework_id: v.framework === null ? null : (ctx.ids_('framework').get(v.framework) ?? null),
      area: v.area,
      description: v.description,
    },
  }),
  codes: { kind: 'requirement', column: 'code' },
};

export const roleRequirementsSpec: TableSpec<RoleRequirementRow> = {
  table: 'role_requirements',
  sqlTable: 'role_requirements',
  keyColumn: 'requirement_code',
  insertColumns: [
    { name: 'role_id', type: 'int' }, { name: 'requirement_id', type: 'int' },
    { name: 'required_level', type: 'smallint' }, { name: 'weight', type: 'smallint' },
  ],
  updateColumns: [{ name: 'required_level', type: 'smallint' }, { name: 'weight', type: 'smallint' }],
  whereColumns: [{ name: 'role_id', type: 'int' }, { name: 'requirement_id', type: 'int' }],
  selectStored: sql`select role_id, requirement_id, required_level, weight from role_requirements`,
  storedKey: (row) => keyOf(Number(row.role_id), Number(row.requirement_id)),
  resolve: (ctx, v, at) => {
    const role = ctx.resolve('role', v.roleCode, at, 'role_code');
    const req = ctx.resolve('requirement', v.requirementCode, at, 'requirement_code');
    if (role === undefined || req === undefined) return null;
    return {
      key: keyOf(role, req),
      values: { role_id: role, requirement_id: req, required_level: v.requiredLevel, weight: v.weight },
    };
  },
};

export const courseRequirementsSpec: TableSpec<CourseRequirementRow> = {
  table: 'course_requirements',
  sqlTable: 'course_requirements',
  keyColumn: 'requirement_code',
  insertColumns: [{ name: 'course_id', type: 'int' }, { name: 'requirement_id', type: 'int' }, { name: 'target_level', type: 'smallint' }],
  updateColumns: [{ name: 'target_level', type: 'smallint' }],
  whereColumns: [{ name: 'course_id', type: 'int' }, { name: 'requirement_id', type: 'int' }],
  selectStored: sql`select course_id, requirement_id, target_level from course_requirements`,
  storedKey: (row) => keyOf(Number(row.course_id), Number(row.requirement_id)),
  resolve: (ctx, v, at) => {
    const course = ctx.resolve('course', v.courseCode, at, 'course_code');
    const req = ctx.resolve('requirement', v.requirementCode, at, 'requirement_code');
    if (course === undefined || req === undefined) return null;
    return { key: keyOf(course, req), values: { course_id: course, requirement_id: req, target_level: v.targetLevel } };
  },
};

