import { describe, expect, it } from 'vitest';
import { aggregateUnits, canSeeAggregates, canSeeIndividual, canSeeIndividualEffect, FULL_ACCESS, NO_ACCESS, visibleRoots, type AccessProfile } from './access';
import type { UnitNode } from './unit-tree';

// K ─┬─ VO ─┬─ ALD1
//    │      └─ ALD2
//    └─ SOC ── IFO1
const UNITS: UnitNode[] = [
  { code: 'K', parentCode: null },
  { code: 'VO', parentCode: 'K' },
  { code: 'ALD1', parentCode: 'VO' },
  { code: 'ALD2', parentCode: 'VO' },
  { code: 'SOC', parentCode: 'K' },
  { code: 'IFO1', parentCode: 'SOC' },
];
const chefOfVO: AccessProfile = { everything: false, aggregateRoots: ['VO'], individualRoots: ['VO'], selfPersonId: 7, organisationSignIn: true };
const staffInAld1: AccessProfile = { everything: false, aggregateRoots: ['ALD1'], individualRoots: [], selfPersonId: 42, organisationSignIn: true };
const linkOf42: AccessProfile = { ...NO_ACCESS, selfPersonId: 42 };

describe('access to units and people', () => {
  it('gives a chef their units and everything below, and nothing beside or above', () => {
    expect([...aggregateUnits(chefOfVO, UNITS)].sort()).toEqual(['ALD1', 'ALD2', 'VO']);
    expect(canSeeAggregates(chefOfVO, UNITS, 'K')).toBe(false);
    expect(canSeeAggregates(chefOfVO, UNITS, 'IFO1')).toBe(false);
    expect(visibleRoots(chefOfVO, UNITS)).toEqual(['VO']);
  });

  it('gives HR and administrators every unit and the root as the only root', () => {
    expect(aggregateUnits(FULL_ACCESS, UNITS).size).toBe(6);
    expect(visibleRoots(FULL_ACCESS, UNITS)).toEqual(['K']);
    expect(aggregateUnits(NO_ACCESS, UNITS).size).toBe(0);
  });

  it('lets a chef read the answers of people in their units only; staff their own only', () => {
    expect(canSeeIndividual(chefOfVO, UNITS, { id: 1, unitCode: 'ALD2' })).toBe(true);
    expect(canSeeIndividual(chefOfVO, UNITS, { id: 1, unitCode: 'IFO1' })).toBe(false);
    expect(canSeeIndividual(staffInAld1, UNITS, { id: 42, unitCode: 'ALD1' })).toBe(true);
    expect(canSeeIndividual(staffInAld1, UNITS, { id: 43, unitCode: 'ALD1' })).toBe(false);
  });

  it('shows individual effect answers to the person only, not even to full access', () => {
    expect(canSeeIndividualEffect(staffInAld1, 42)).toBe(true);
    expect(canSeeIndividualEffect(chefOfVO, 42)).toBe(false);
    expect(canSeeIndividualEffect(FULL_ACCESS, 42)).toBe(false);
  });

  it('never reads effect answers back through a personal link, which HR made and may have seen', () => {
    expect(canSeeIndividual(linkOf42, UNITS, { id: 42, unitCode: 'ALD1' })).toBe(true);
    expect(canSeeIndividualEffect(linkOf42, 42)).toBe(false);
  });
});
