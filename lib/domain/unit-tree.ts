/** A node of the organisation tree as the figures need it. */
export interface UnitNode {
  code: string;
  parentCode: string | null;
}

export function childrenByParent(units: readonly UnitNode[]): Map<string | null, string[]> {
  const children = new Map<string | null, string[]>();
  for (const u of units) {
    const list = children.get(u.parentCode) ?? [];
    list.push(u.code);
    children.set(u.parentCode, list);
  }
  return children;
}

/** The unit and every unit below it. */
export function subtreeCodes(units: readonly UnitNode[], rootCode: string): Set<string> {
  const children = childrenByParent(units);
  const out = new Set<string>();
  const stack = [rootCode];
  while (stack.length > 0) {
    const code = stack.pop() as string;
    if (out.has(code)) continue;
    out.add(code);
    for (const c of children.get(code) ?? []) stack.push(c);
  }
  return out;
}

/**
 * Code-point order, not Swedish collation, as every report sorts codes. `<` on strings
 * compares UTF-16 units, which misorders characters above U+FFFF, so compare code points.
 */
export function compareCodes(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const ca = a.codePointAt(i) as number;
    const cb = b.codePointAt(j) as number;
    if (ca !== cb) return ca < cb ? -1 : 1;
    i += ca > 0xffff ? 2 : 1;
    j += cb > 0xffff ? 2 : 1;
  }
  return a.length - i === b.length - j ? 0 : i < a.length ? 1 : -1;
}
