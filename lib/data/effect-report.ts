import 'server-only';
import { getDb } from '@/db/client';
import { effectSlice } from '@/db/queries/rollup-slices';
import { questionByCode } from '@/db/queries/reference-data';
import { unitEffectFigures, type EffectFigures } from '@/lib/domain/effect-figures';
import type { Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from './errors';
import { requireRound, unitScope } from './scope';
import { minGroupSize } from './settings';

export type EffectReport = { round: string; unit: string; question: string } & EffectFigures;

/** Effect figures of a unit with the minimum group size and complementary suppression applied. */
export async function getEffectReport(viewer: Viewer, args: { round: string; unit: string; question: string }): Promise<EffectReport> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, args.unit);
  const round = await requireRound(db, args.round);
  const question = await questionByCode(db, args.question);
  if (!question) throw new NotFoundError('Frågan', args.question);
  // The unit's ancestors and their children from the rollups: enough for complementary suppression.
  const slice = await effectSlice(db, round.id, question.id, scope.unit.id);
  const figures = unitEffectFigures(slice.units, slice.counts, scope.unit.code, await minGroupSize(db));
  return { round: round.code, unit: scope.unit.code, question: question.code, ...figures };
}
