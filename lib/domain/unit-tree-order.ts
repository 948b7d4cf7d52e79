import { childrenByParent, compareCodes, type UnitNode } from './unit-tree';

export interface TreeUnit {
  code: string;
  name: string;
  depth: number;
}

/** Units in tree order (parents before their children, siblings by code) with their depth, for pickers and lists. */
export function unitsInTreeOrder(units: ReadonlyArray<UnitNode & { name: string }>): TreeUnit[] {
  const children = childrenByParent(units);
  const name = new Map(units.map((u) => [u.code, u.name]));
  const out: TreeUnit[] = [];
  const visit = (code: string, depth: number) => {
    out.push({ code, name: name.get(code) ?? code, depth });
    for (const c of [...(children.get(code) ?? [])].sort(compareCodes)) visit(c, depth + 1);
  };
  for (const root of [...(children.get(null) ?? [])].sort(compareCodes)) visit(root, 0);
  return out;
}
