import 'server-only';
import { hasRole, isAdmin, type Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from './errors';

/**
 * Called on the first line of every administrative data function. Someone without the role
 * gets the same answer as for a page that does not exist: nothing about what is there.
 */
export function requireAdmin(viewer: Viewer, what = 'Sidan'): void {
  if (!isAdmin(viewer)) throw new NotFoundError(what, '');
}

/** HR and administrators (and the command line) plan across units and send invitations. */
export function requireHrOrAdmin(viewer: Viewer, what = 'Sidan'): void {
  if (!isAdmin(viewer) && !hasRole(viewer, 'hr')) throw new NotFoundError(what, '');
}
