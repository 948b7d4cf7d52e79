/**
 * A row of a framework's history stores whole values before and after (null = did not exist,
 * or was removed). The fields that name the row (framework, requirement, role, language, field)
 * are not changes; every other field whose value differs is one.
 */
export type ChangeValue = string | number | null;

export interface FieldChange {
  field: string;
  from: ChangeValue;
  to: ChangeValue;
}

const NAMING_FIELDS = new Set(['framework', 'requirement', 'role', 'language', 'field']);
/** The order changes are listed in (a database may store an object's keys in any order). */
const FIELD_ORDER = ['name', 'area', 'description', 'requiredLevel', 'weight', 'text', 'copiedFrom', 'prefix', 'requirements', 'roleRequirements', 'translations'];

function rank(field: string): number {
  const i = FIELD_ORDER.indexOf(field);
  return i < 0 ? FIELD_ORDER.length : i;
}

function value(v: unknown): ChangeValue {
  if (v === undefined || v === null) return null;
  return typeof v === 'number' || typeof v === 'string' ? v : JSON.stringify(v);
}

export function fieldChanges(before: Readonly<Record<string, unknown>> | null, after: Readonly<Record<string, unknown>> | null): FieldChange[] {
  const fields = [...new Set([...Object.keys(after ?? {}), ...Object.keys(before ?? {})])]
    .filter((f) => !NAMING_FIELDS.has(f))
    .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return fields
    .map((field) => ({ field, from: value(before?.[field]), to: value(after?.[field]) }))
    .filter((c) => c.from !== c.to);
}
