import { USER_ROLES, type UserRole } from '@/lib/domain/enums';

const LABELS: Record<UserRole, string> = {
  admin: 'Administratör',
  hr: 'HR',
  chef: 'Enhetschef',
  steering: 'Styrgrupp',
  staff: 'Medarbetare',
};

/** A user role as shown to people. */
export function userRoleLabel(role: UserRole): string {
  return LABELS[role];
}

/** The role a user is introduced by: the first in the order admin, hr, chef, steering, staff. */
export function primaryRole(roles: ReadonlyArray<{ role: UserRole }>): UserRole | null {
  return USER_ROLES.find((r) => roles.some((g) => g.role === r)) ?? null;
}

/** Each role once, in the order of USER_ROLES: "Enhetschef, Medarbetare". */
export function roleList(roles: ReadonlyArray<{ role: UserRole }>): string {
  return USER_ROLES.filter((r) => roles.some((g) => g.role === r))
    .map(userRoleLabel)
    .join(', ');
}
