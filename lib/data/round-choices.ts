import 'server-only';
import { getDb } from '@/db/client';
import { allRounds } from '@/db/queries/reference-data';
import type { Viewer } from '@/lib/auth/viewer';
import { requireHrOrAdmin } from './authorise';
import { todayInSweden } from '@/lib/clock/clock';

/** Rounds that have not closed, to send invitation links for (HR and administrators), newest first. */
export async function invitationRoundChoices(viewer: Viewer): Promise<Array<{ code: string; name: string; closesOn: string }>> {
  requireHrOrAdmin(viewer);
  const rounds = await allRounds(await getDb());
  const today = todayInSweden();
  return rounds.filter((r) => r.closesOn >= today).map((r) => ({ code: r.code, name: r.name, closesOn: r.closesOn })).reverse();
}
