import 'server-only';
import { getDb } from '@/db/client';
import { personById } from '@/db/queries/person-answers';
import type { Viewer } from '@/lib/auth/viewer';

/** The employee id of the viewer's own person record (for "Min profil"); null when the account has none. */
export async function ownEmployeeId(viewer: Viewer): Promise<string | null> {
  if (viewer.kind !== 'user' && viewer.kind !== 'invitation') return null;
  if (viewer.personId === null) return null;
  const person = await personById(await getDb(), viewer.personId);
  return person?.employeeId ?? null;
}
