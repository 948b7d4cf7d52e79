import 'server-only';
import { getDb } from '@/db/client';
import { allUnits } from '@/db/queries/reference-data';
import { aggregateUnits } from '@/lib/domain/access';
import { childrenByParent, compareCodes } from '@/lib/domain/unit-tree';
import type { Viewer } from '@/lib/auth/viewer';
import { accessProfile } from './access';

/** The units whose figures the viewer may see, in tree order with their depth, for a unit picker. */
export async function visibleUnitChoices(viewer: Viewer): Promise<Array<{ code: string; name: string; depth: number }>> {
  const db = await getDb();
  const [units, access] = await Promise.all([allUnits(db), accessProfile(db, viewer)]);
  const visible = aggregateUnits(access, units);
  const shown = units.filter((u) => visible.has(u.code));
  const codes = new Set(shown.map((u) => u.code));
  const children = childrenByParent(shown.map((u) => ({ code: u.code, parentCode: u.parentCode && codes.has(u.parentCode) ? u.parentCode : null })));
  const name = new Map(shown.map((u) => [u.code, u.name]));
  const out: Array<{ code: string; name: string; depth: number }> = [];
  const visit = (code: string, depth: number) => {
    out.push({ code, name: name.get(code) ?? code, depth });
    for (const c of [...(children.get(code) ?? [])].sort(compareCodes)) visit(c, depth + 1);
  };
  for (const root of [...(children.get(null) ?? [])].sort(compareCodes)) visit(root, 0);
  return out;
}
