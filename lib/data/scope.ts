import 'server-only';
import type { DbOrTx } from '@/db/client';
import { allUnits, roundByCode, type RoundRecord, type UnitRecord } from '@/db/queries/reference-data';
import { canSeeAggregates } from '@/lib/domain/access';
import { subtreeCodes } from '@/lib/domain/unit-tree';
import type { Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';
import { NotFoundError } from './errors';

export interface UnitScope {
  unit: UnitRecord;
  units: UnitRecord[];
  /** The unit and every unit below it. */
  codes: Set<string>;
}

/**
 * Resolves a unit whose aggregated figures the viewer may see, with its sub-tree. A unit
 * outside the viewer's scope gets the same answer as one that does not exist.
 */
export async function unitScope(db: DbOrTx, viewer: Viewer, unitCode: string): Promise<UnitScope> {
  const units = await allUnits(db);
  const unit = units.find((u) => u.code === unitCode);
  if (!unit || !canSeeAggregates(await accessProfile(db, viewer), units, unit.code)) throw new NotFoundError('Enheten', unitCode);
  return { unit, units, codes: subtreeCodes(units, unit.code) };
}

export async function requireRound(db: DbOrTx, code: string): Promise<RoundRecord> {
  const round = await roundByCode(db, code);
  if (!round) throw new NotFoundError('Omgången', code);
  return round;
}
