import { USER_ROLES, type UserRole } from '@/lib/domain/enums';
import { userRoleLabel } from './user-role';

const KEYS: Record<string, string> = {
  userId: 'användare (id)',
  email: 'e-post',
  role: 'roll',
  unit: 'enhet',
  project: 'projekt',
  round: 'omgång',
  invitationId: 'länk (id)',
  employeeId: 'anställningsnummer',
  tables: 'tabeller',
  created: 'nya rader',
  updated: 'ändrade rader',
  rejected: 'avvisade rader',
};

function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

function detailValue(key: string, value: string | number | boolean): string {
  if (key === 'role' && isUserRole(value)) return userRoleLabel(value);
  if (key === 'tables' && typeof value === 'string') return value.split(',').join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return String(value);
}

/** The details of an audit event as "key: value" pairs in Swedish, in stored order; empty values are left out. */
export function auditDetailPairs(details: Record<string, string | number | boolean | null>): Array<{ key: string; value: string }> {
  return Object.entries(details).flatMap(([k, v]) => (v === null || v === '' ? [] : [{ key: KEYS[k] ?? k, value: detailValue(k, v) }]));
}
