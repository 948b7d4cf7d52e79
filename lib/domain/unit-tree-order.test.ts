import { describe, expect, it } from 'vitest';
import { unitsInTreeOrder } from './unit-tree-order';

describe('unitsInTreeOrder', () => {
  it('puts each unit under its parent, siblings by code, with its depth', () => {
    const units = [
      { code: 'K-B', name: 'B', parentCode: 'K' },
      { code: 'K', name: 'Kommun', parentCode: null },
      { code: 'K-A-2', name: 'A2', parentCode: 'K-A' },
      { code: 'K-A', name: 'A', parentCode: 'K' },
      { code: 'K-A-1', name: 'A1', parentCode: 'K-A' },
    ];
    expect(unitsInTreeOrder(units).map((u) => `${'-'.repeat(u.depth)}${u.name}`)).toEqual(['Kommun', '-A', '--A1', '--A2', '-B']);
  });
});
