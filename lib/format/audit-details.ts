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
  files: 'filer',
  tables: 'tabeller',
  created: 'nya rader',
  updated: 'ändrade rader',
  rejected: 'avvisade rader',
  // Frameworks and settings (/admin/ramverk, /admin/installningar).
  framework: 'ramverk',
  requirement: 'krav',
  jobRole: 'yrkesroll',
  language: 'språk',
  changed: 'ändrade',
  removed: 'borttagna',
  from: 'kopierat från',
  prefix: 'prefix',
  requirements: 'krav',
  roleRequirements: 'kravnivåer',
  translations: 'översättningar',
  minGroupSizeBefore: 'minsta gruppstorlek före',
  minGroupSizeAfter: 'minsta gruppstorlek efter',
  organisationNameBefore: 'organisationens namn före',
  organisationNameAfter: 'organisationens namn efter',
  logoDataUrlBefore: 'logotyp före',
  logoDataUrlAfter: 'logotyp efter',
  retentionMonthsBefore: 'lagringstid (månader) före',
  retentionMonthsAfter: 'lagringstid (månader) efter',
  // Personal data (/admin/personuppgifter, the retention sweep).
  pseudonym: 'ny beteckning',
  reason: 'skäl',
  removedOpenAnswers: 'borttagna svar i öppna omgångar',
  removedUserAccounts: 'borttagna användarkonton',
  scrubbedRows: 'rader där namnet byttes ut',
  effectAnswers: 'svar på effektfrågor',
  retentionMonths: 'lagringstid (månader)',
  trigger: 'startad från',
};

function isUserRole(value: unknown): value is UserRole {
  return typeof value === 'string' && (USER_ROLES as readonly string[]).includes(value);
}

function detailValue(key: string, value: string | number | boolean): string {
  if (key === 'role' && isUserRole(value)) return userRoleLabel(value);
  if ((key === 'tables' || key === 'files') && typeof value === 'string') return value.split(',').join(', ');
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  return String(value);
}

/** The details of an audit event as "key: value" pairs in Swedish, in stored order; empty values are left out. */
export function auditDetailPairs(details: Record<string, string | number | boolean | null>): Array<{ key: string; value: string }> {
  return Object.entries(details).flatMap(([k, v]) => (v === null || v === '' ? [] : [{ key: KEYS[k] ?? k, value: detailValue(k, v) }]));
}
