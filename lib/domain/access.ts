import { subtreeCodes, type UnitNode } from './unit-tree';

/**
 * What one viewer may see, from DOMAIN.md "Who may see what", in terms of units and people.
 * Built from a viewer's roles (lib/auth) and checked by lib/data on every read.
 */
export interface AccessProfile {
  /** Administrators, HR and the command line: every unit and every individual's competence answers. */
  everything: boolean;
  /** Units (codes) whose aggregated figures may be seen, each with everything below it. */
  aggregateRoots: string[];
  /** Units (codes) whose staff's individual competence answers may be seen (a chef's units). */
  individualRoots: string[];
  /** The viewer's own person id: own answers, own effect answers. */
  selfPersonId: number | null;
  /**
   * Signed in with the organisation's sign-in, not a personal link. Only then are the person's
   * own stored effect answers read back: HR made the link and may have seen it (DOMAIN.md).
   */
  organisationSignIn: boolean;
}

export const NO_ACCESS: AccessProfile = { everything: false, aggregateRoots: [], individualRoots: [], selfPersonId: null, organisationSignIn: false };
export const FULL_ACCESS: AccessProfile = { everything: true, aggregateRoots: [], individualRoots: [], selfPersonId: null, organisationSignIn: false };

function within(units: readonly UnitNode[], roots: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const root of roots) for (const code of subtreeCodes(units, root)) out.add(code);
  return out;
}

/** Units whose aggregated figures (gaps, response, effect with the k rule) the viewer may see. */
export function aggregateUnits(profile: AccessProfile, units: readonly UnitNode[]): Set<string> {
  return profile.everything ? new Set(units.map((u) => u.code)) : within(units, profile.aggregateRoots);
}

export function canSeeAggregates(profile: AccessProfile, units: readonly UnitNode[], unitCode: string): boolean {
  return profile.everything || aggregateUnits(profile, units).has(unitCode);
}

/**
 * The highest visible units: the roots of the tree a viewer is shown. A unit is a root when
 * it is visible and its parent is not.
 */
export function visibleRoots(profile: AccessProfile, units: readonly UnitNode[]): string[] {
  const visible = aggregateUnits(profile, units);
  return units.filter((u) => visible.has(u.code) && (u.parentCode === null || !visible.has(u.parentCode))).map((u) => u.code);
}

/** May the viewer read this person's competence answers? Chefs: people of their own units. */
export function canSeeIndividual(profile: AccessProfile, units: readonly UnitNode[], person: { id: number; unitCode: string }): boolean {
  if (profile.everything || profile.selfPersonId === person.id) return true;
  return within(units, profile.individualRoots).has(person.unitCode);
}

/**
 * Individual effect answers: the person themselves only, signed in with the organisation's
 * sign-in; never a chef, HR or an administrator, and never through a personal link.
 */
export function canSeeIndividualEffect(profile: AccessProfile, personId: number): boolean {
  return profile.organisationSignIn && profile.selfPersonId === personId;
}
