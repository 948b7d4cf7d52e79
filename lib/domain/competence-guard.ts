import { withheldGroups } from './suppression';
import { compareCodes, type UnitNode } from './unit-tree';

/**
 * How many people placed in a unit's whole subtree, with a role, have an effective level on a
 * requirement their role has, in one round: the `n` (assessed) of every competence figure.
 */
export interface AssessedCount {
  unit: string;
  role: string;
  requirement: string;
  n: number;
}

/**
 * The k rule on competence figures (DOMAIN.md "Small groups in competence figures") for a viewer
 * who may not see the individual answers behind them: a staff member, a steering group, an API
 * key. One round, the whole unit tree, so a unit is withheld wherever it is reported and a
 * single-unit query answers as a whole-tree report does.
 */
export interface CompetenceGuard {
  k: number;
  /**
   * May the row of a requirement in a unit be shown, for everyone or filtered to one role? A
   * filter is a split with one group shown, and it is shown exactly where the split shows it: a
   * looser rule per filter (at least k in, none or at least k out) lets two filters, or a filter
   * and the split, be subtracted from the unit.
   */
  requirementShown(unit: string, requirement: string, role?: string): boolean;
  /** The roles whose rows of a requirement in a unit may be shown when the unit is split by role. */
  rolesShown(unit: string, requirement: string): Set<string>;
  /**
   * May figures pooled over requirements (a headline) of a unit be shown? `requirements` = the
   * requirements pooled (all when absent, e.g. an area filter narrows them); `role` = filtered to
   * one role, by the same split rule as requirementShown.
   */
  headlineShown(unit: string, opts?: { requirements?: ReadonlySet<string>; role?: string }): boolean;
}

const maxOf = (values: Iterable<number>) => {
  let m = 0;
  for (const v of values) if (v > m) m = v;
  return m;
};

/**
 * Builds the rule from every unit's subtree counts. A pooled figure over several requirements
 * counts its people by a lower bound, the largest n of any one requirement: the true number of
 * people is at least that, and it is 0 only where nobody is assessed at all, so a group shown
 * by the bound has at least k people and a hidden rest of bound 0 is truly empty.
 */
export function competenceGuard(units: readonly UnitNode[], counts: readonly AssessedCount[], k: number): CompetenceGuard {
  // n(unit, requirement) and n(unit, requirement, role), over the unit's subtree.
  const byReq = new Map<string, Map<string, number>>();
  const byRole = new Map<string, Map<string, Map<string, number>>>();
  for (const c of counts) {
    const r = byReq.get(c.unit) ?? new Map<string, number>();
    r.set(c.requirement, (r.get(c.requirement) ?? 0) + c.n);
    byReq.set(c.unit, r);
    const u = byRole.get(c.unit) ?? new Map<string, Map<string, number>>();
    const roles = u.get(c.requirement) ?? new Map<string, number>();
    roles.set(c.role, (roles.get(c.role) ?? 0) + c.n);
    u.set(c.requirement, roles);
    byRole.set(c.unit, u);
  }
  const nOf = (unit: string, requirement: string) => byReq.get(unit)?.get(requirement) ?? 0;
  const childrenOf = new Map<string, string[]>();
  for (const u of units) if (u.parentCode !== null) childrenOf.set(u.parentCode, [...(childrenOf.get(u.parentCode) ?? []), u.code]);
  const direct = (unit: string, value: (u: string) => number) => value(unit) - (childrenOf.get(unit) ?? []).reduce((a, c) => a + value(c), 0);

  const requirementWithheld = new Map<string, Set<string>>();
  const withheldFor = (requirement: string) => {
    let w = requirementWithheld.get(requirement);
    if (!w) {
      w = withheldGroups(units.map((u) => ({ key: u.code, parentKey: u.parentCode, direct: direct(u.code, (x) => nOf(x, requirement)) })), k);
      requirementWithheld.set(requirement, w);
    }
    return w;
  };
  // A unit's own people by the lower bound: the largest own n of any pooled requirement.
  const pooled = (unit: string, only: ReadonlySet<string> | undefined) => [...(byReq.get(unit) ?? new Map<string, number>())].filter(([r]) => !only || only.has(r));
  const ownBound = (unit: string, only: ReadonlySet<string> | undefined) => maxOf(pooled(unit, only).map(([r]) => direct(unit, (x) => nOf(x, r))));
  const headlineWithheld = new Map<string, Set<string>>();
  /** The parts of one shown group that may be shown: the same rule as child units of a unit. */
  const partsShown = (parts: ReadonlyArray<readonly [string, number]>) => {
    const live = parts.filter(([, n]) => n > 0);
    const hidden = withheldGroups([{ key: '\u0000', parentKey: null, direct: 0 }, ...live.map(([key, n]) => ({ key, parentKey: '\u0000', direct: n }))], k);
    return new Set(live.map(([key]) => key).filter((key) => !hidden.has(key)));
  };
  const roleParts = (unit: string, requirement: string) => [...(byRole.get(unit)?.get(requirement) ?? new Map<string, number>())];

  return {
    k,
    requirementShown(unit, requirement, role) {
      if (withheldFor(requirement).has(unit)) return false;
      return role === undefined || partsShown(roleParts(unit, requirement)).has(role);
    },
    rolesShown(unit, requirement) {
      if (withheldFor(requirement).has(unit)) return new Set();
      return partsShown(roleParts(unit, requirement));
    },
    headlineShown(unit, opts = {}) {
      const only = opts.requirements;
      const key = only ? [...only].sort(compareCodes).join('\u0000') : '*';
      let withheld = headlineWithheld.get(key);
      if (!withheld) {
        withheld = withheldGroups(units.map((u) => ({ key: u.code, parentKey: u.parentCode, direct: ownBound(u.code, only) })), k);
        headlineWithheld.set(key, withheld);
      }
      if (withheld.has(unit)) return false;
      if (opts.role === undefined) return true;
      // People per role by the same lower bound: the largest n of any pooled requirement.
      const roles = new Map<string, number>();
      for (const [r] of pooled(unit, only)) for (const [role, n] of roleParts(unit, r)) roles.set(role, Math.max(roles.get(role) ?? 0, n));
      return partsShown([...roles]).has(opts.role);
    },
  };
}
