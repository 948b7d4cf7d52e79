import 'server-only';
import { getDb } from '@/db/client';
import { subtreePlacementCounts } from '@/db/queries/rollup-slices';
import { responseRate } from '@/lib/domain/response-rate';
import type { Viewer } from '@/lib/auth/viewer';
import { requireRound, unitScope } from './scope';

export interface ResponseReport {
  round: string;
  unit: string;
  population: number;
  responded: number;
  rate: number | null;
}

export async function getResponseReport(viewer: Viewer, args: { round: string; unit: string }): Promise<ResponseReport> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, args.unit);
  const round = await requireRound(db, args.round);
  const placements = await subtreePlacementCounts(db, round.id, scope.unit.id);
  return { round: round.code, unit: scope.unit.code, ...responseRate(placements, scope.codes) };
}
