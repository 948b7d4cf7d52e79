import 'server-only';
import { getDb } from '@/db/client';
import { completionMonths, uptakeCounts } from '@/db/queries/uptake-counts';
import { digitalUptake, type DigitalUptake } from '@/lib/domain/uptake';
import type { Viewer } from '@/lib/auth/viewer';
import { InvalidInputError } from './errors';
import { unitScope } from './scope';

export type UptakeReport = { unit: string; from: string; to: string } & DigitalUptake;

export async function getUptakeReport(viewer: Viewer, args: { unit: string; from: string; to: string }): Promise<UptakeReport> {
  if (args.from > args.to) throw new InvalidInputError('Från-datumet måste vara före till-datumet');
  const db = await getDb();
  const scope = await unitScope(db, viewer, args.unit);
  const [people, months] = await Promise.all([uptakeCounts(db, args.from, args.to), completionMonths(db, args.from, args.to)]);
  return { unit: scope.unit.code, from: args.from, to: args.to, ...digitalUptake(people, months, scope.codes) };
}
