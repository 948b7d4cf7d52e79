import { describe, expect, it } from 'vitest';
import { fieldChanges } from './framework-changes';

describe('fieldChanges', () => {
  it('lists the fields whose values differ, not the fields that name the row', () => {
    expect(
      fieldChanges(
        { framework: 'A', role: 'USK', requirement: 'HYG', requiredLevel: 2, weight: 1 },
        { framework: 'A', role: 'USK', requirement: 'HYG', requiredLevel: 3, weight: 1 },
      ),
    ).toEqual([{ field: 'requiredLevel', from: 2, to: 3 }]);
  });

  it('shows an added row as from nothing and a removed one as to nothing', () => {
    expect(fieldChanges(null, { requirement: 'HYG', language: 'en', field: 'name', text: 'Hygiene' })).toEqual([{ field: 'text', from: null, to: 'Hygiene' }]);
    expect(fieldChanges({ requirement: 'HYG', requiredLevel: 3, weight: 2 }, null)).toEqual([
      { field: 'requiredLevel', from: 3, to: null },
      { field: 'weight', from: 2, to: null },
    ]);
  });
});
