import type { UserRole } from '@/lib/domain/enums';

export interface RoleGrant {
  role: UserRole;
  /** The unit a chef leads. */
  unitCode: string | null;
  /** The project whose steering group a member sits in. */
  projectCode: string | null;
}

/**
 * Who is asking. Every lib/data function takes one and returns only what it may see.
 * - `system`: the command line, run by whoever administers the installation;
 * - `user`: signed in (Entra ID or demo), with roles read from the database on every request;
 * - `invitation`: signed in with a personal invitation link: own survey and profile only;
 * - `apiKey`: a BI tool or script with an API key (/api/v1): aggregated reports of one unit and
 *   everything below it (`unitCode`), or of the whole organisation (null); never an individual;
 * - `anonymous`: nobody.
 */
export type Viewer =
  | { kind: 'system' }
  | { kind: 'anonymous' }
  | { kind: 'user'; userId: number; email: string; name: string; personId: number | null; roles: RoleGrant[] }
  | { kind: 'invitation'; tokenId: number; personId: number; roundId: number; name: string }
  | { kind: 'apiKey'; keyId: number; name: string; unitCode: string | null };

export const SYSTEM_VIEWER: Viewer = { kind: 'system' };
export const ANONYMOUS: Viewer = { kind: 'anonymous' };

export function hasRole(viewer: Viewer, ...roles: UserRole[]): boolean {
  return viewer.kind === 'user' && viewer.roles.some((g) => roles.includes(g.role));
}

/** Administrators (and the command line) manage users, see the audit log and import. */
export function isAdmin(viewer: Viewer): boolean {
  return viewer.kind === 'system' || hasRole(viewer, 'admin');
}

/** A label for the audit log. */
export function actorLabel(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'system':
      return 'kommandoraden';
    case 'user':
      return viewer.email;
    case 'invitation':
      return `inbjudningslänk (${viewer.name})`;
    case 'apiKey':
      return `API-nyckel (${viewer.name})`;
    case 'anonymous':
      return 'anonym';
  }
}
