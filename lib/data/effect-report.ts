import 'server-only';
import { getDb } from '@/db/client';
import { effectSlice } from '@/db/queries/rollup-slices';
import { questionByCode } from '@/db/queries/reference-data';
import { notYetFigures, unitEffectFigures, type EffectFigures } from '@/lib/domain/effect-figures';
import { dayAfter, effectFiguresExist } from '@/lib/domain/round-status';
import { todayInSweden } from '@/lib/clock/clock';
import type { Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from './errors';
import { requireRound, unitScope } from './scope';
import { minGroupSize } from './settings';

export type EffectReport = { round: string; unit: string; question: string } & EffectFigures;

/**
 * Effect figures of a unit with the minimum group size and complementary suppression applied,
 * for a closed round only: before the day after it closes the report says when they come and
 * gives no figure, in every channel that uses it (pages, API, command line).
 */
export async function getEffectReport(viewer: Viewer, args: { round: string; unit: string; question: string }): Promise<EffectReport> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, args.unit);
  const round = await requireRound(db, args.round);
  const question = await questionByCode(db, args.question);
  if (!question) throw new NotFoundError('Frågan', args.question);
  const k = await minGroupSize(db);
  if (!effectFiguresExist(round, todayInSweden())) {
    return { round: round.code, unit: scope.unit.code, question: question.code, ...notYetFigures(k, dayAfter(round.closesOn)) };
  }
  // The unit's ancestors and their children from the rollups: enough for complementary suppression.
  const slice = await effectSlice(db, round.id, question.id, scope.unit.id);
  const figures = unitEffectFigures(slice.units, slice.counts, scope.unit.code, k);
  return { round: round.code, unit: scope.unit.code, question: question.code, ...figures };
}
