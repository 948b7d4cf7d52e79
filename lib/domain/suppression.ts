import { compareCodes } from './unit-tree';

/** A group in a tree of groups: a unit, or a split of a unit (by role, employment, …). */
export interface GroupNode {
  key: string;
  parentKey: string | null;
  /** Respondents counted for this group itself, not for a group below it. */
  direct: number;
}

/**
 * Complementary suppression (DOMAIN.md, Effect measures): which groups are withheld so that
 * no group of fewer than k respondents is shown or can be found by subtraction. Visits every
 * group after its children.
 */
export function withheldGroups(nodes: readonly GroupNode[], k: number): Set<string> {
  const children = new Map<string | null, GroupNode[]>();
  const keys = new Set(nodes.map((n) => n.key));
  for (const node of nodes) {
    const parent = node.parentKey !== null && keys.has(node.parentKey) ? node.parentKey : null;
    const list = children.get(parent) ?? [];
    list.push(node);
    children.set(parent, list);
  }
  const n = new Map<string, number>();
  const withheld = new Set<string>();

  const withholdSubtree = (key: string) => {
    const stack = [key];
    while (stack.length > 0) {
      const k2 = stack.pop() as string;
      withheld.add(k2);
      for (const c of children.get(k2) ?? []) stack.push(c.key);
    }
  };

  // Iterative post-order so deep trees cannot overflow the stack.
  const order: GroupNode[] = [];
  const stack: GroupNode[] = [...(children.get(null) ?? [])];
  while (stack.length > 0) {
    const node = stack.pop() as GroupNode;
    order.push(node);
    for (const c of children.get(node.key) ?? []) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const node = order[i] as GroupNode;
    const kids = children.get(node.key) ?? [];
    const total = node.direct + kids.reduce((sum, c) => sum + (n.get(c.key) ?? 0), 0);
    n.set(node.key, total);
    if (total < k) {
      withholdSubtree(node.key);
      continue;
    }
    let hidden = node.direct + kids.filter((c) => withheld.has(c.key)).reduce((sum, c) => sum + (n.get(c.key) ?? 0), 0);
    while (hidden > 0 && hidden < k) {
      const shown = kids
        .filter((c) => !withheld.has(c.key))
        .sort((a, b) => (n.get(a.key) ?? 0) - (n.get(b.key) ?? 0) || compareCodes(a.key, b.key));
      const smallest = shown[0];
      if (!smallest) break;
      withholdSubtree(smallest.key);
      hidden += n.get(smallest.key) ?? 0;
    }
  }
  return withheld;
}
