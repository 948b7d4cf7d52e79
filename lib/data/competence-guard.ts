import 'server-only';
import type { DbOrTx } from '@/db/client';
import { allUnits } from '@/db/queries/reference-data';
import { assessedCounts } from '@/db/queries/rollup-slices';
import { canSeeIndividual } from '@/lib/domain/access';
import { competenceGuard, type CompetenceGuard } from '@/lib/domain/competence-guard';
import type { Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { minGroupSize } from './settings';

/**
 * The k rule on the competence figures of a unit for this viewer, or null where the viewer may
 * open the individual answers anyway (chefs in their own units, HR, administrators, the command
 * line) and sees every figure. Staff, steering groups and API keys get the rule
 * (DOMAIN.md "Small groups in competence figures").
 */
export async function competenceGuardFor(db: DbOrTx, viewer: Viewer, unitCode: string): Promise<((roundId: number) => Promise<CompetenceGuard>) | null> {
  const [units, access] = await Promise.all([allUnits(db), accessProfile(db, viewer)]);
  // Any person of the unit stands for all of them: a chef's right covers the whole unit.
  if (canSeeIndividual({ ...access, selfPersonId: null }, units, { id: -1, unitCode })) return null;
  const k = await minGroupSize(db);
  const guards = new Map<number, Promise<CompetenceGuard>>();
  return (roundId) => {
    let g = guards.get(roundId);
    if (!g) {
      g = assessedCounts(db, roundId).then((counts) => competenceGuard(units, counts, k));
      guards.set(roundId, g);
    }
    return g;
  };
}
