import { describe, it, expect } from 'vitest';
import { compareCodes, subtreeCodes, type UnitNode } from './unit-tree';

//        K
//      /   \
//    F1     F2
//   /  \      \
//  E1   E2     E3
//        |
//        G
const units: UnitNode[] = [
  { code: 'E2', parentCode: 'F1' },
  { code: 'K', parentCode: null },
  { code: 'G', parentCode: 'E2' },
  { code: 'F1', parentCode: 'K' },
  { code: 'F2', parentCode: 'K' },
  { code: 'E1', parentCode: 'F1' },
  { code: 'E3', parentCode: 'F2' },
];

describe('subtreeCodes', () => {
  it('includes the root and all descendants, not siblings or ancestors', () => {
    expect([...subtreeCodes(units, 'F1')].sort()).toEqual(['E1', 'E2', 'F1', 'G']);
  });

  it('the top unit covers the whole tree', () => {
    expect(subtreeCodes(units, 'K').size).toBe(7);
  });

  it('a leaf is its own scope', () => {
    expect([...subtreeCodes(units, 'E3')]).toEqual(['E3']);
  });
});

describe('compareCodes', () => {
  it('sorts in code-point order, not numeric or Swedish collation', () => {
    const sorted = ['Ö', 'K2', 'a', 'Å', 'K10', 'Z', 'Ä'].sort(compareCodes);
    // 'K10' < 'K2' ('1' < '2'); 'Z' (U+5A) < 'a' (U+61) < 'Ä' (U+C4) < 'Å' (U+C5) < 'Ö' (U+D6)
    expect(sorted).toEqual(['K10', 'K2', 'Z', 'a', 'Ä', 'Å', 'Ö']);
    expect(compareCodes('X', 'X')).toBe(0);
  });
});

describe('compareCodes above the Basic Multilingual Plane', () => {
  it('orders by code point, not by UTF-16 unit', () => {
    // U+FF21 (Ａ) < U+1D400 (𝐀), though the latter's first UTF-16 unit 0xD835 is smaller.
    expect(['\u{1D400}', '\uFF21'].sort(compareCodes)).toEqual(['\uFF21', '\u{1D400}']);
    expect(compareCodes('K1', 'K1\u{1D400}')).toBeLessThan(0);
    expect(compareCodes('K1\u{1D400}', 'K1')).toBeGreaterThan(0);
    expect(compareCodes('\u{1D400}', '\u{1D400}')).toBe(0);
  });
});
