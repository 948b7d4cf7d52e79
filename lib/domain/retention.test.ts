import { describe, expect, it } from 'vitest';
import { pseudonymEmployeeId, pseudonymName } from './pseudonym';
import { addDays, addMonths, isDueForRemoval, removalDueFrom } from './retention';

describe('retention time', () => {
  it('adds calendar months, ending at the end of a shorter month', () => {
    expect(addMonths('2025-01-15', 1)).toBe('2025-02-15');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2023-11-30', 3)).toBe('2024-02-29');
    expect(addMonths('2025-12-10', 24)).toBe('2027-12-10');
    expect(addDays('2025-02-28', 1)).toBe('2025-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
  });

  it('makes a person due the day after the retention time has passed in full', () => {
    // Ended 2025-05-26, 12 months: kept up to and including 2026-05-26.
    expect(isDueForRemoval('2025-05-26', '2026-05-26', 12)).toBe(false);
    expect(isDueForRemoval('2025-05-26', '2026-05-27', 12)).toBe(true);
    expect(removalDueFrom('2025-05-26', 12)).toBe('2026-05-27');
    // Still employed: never due.
    expect(isDueForRemoval(null, '2099-01-01', 1)).toBe(false);
    expect(removalDueFrom(null, 12)).toBeNull();
    // An end date in the future is not due.
    expect(isDueForRemoval('2027-01-01', '2026-11-23', 1)).toBe(false);
  });

  it('agrees with its own due date on every day of a leap year', () => {
    for (let i = 0; i < 366; i++) {
      const end = addDays('2024-01-01', i);
      const from = removalDueFrom(end, 1) as string;
      expect(isDueForRemoval(end, addDays(from, -1), 1), end).toBe(false);
      expect(isDueForRemoval(end, from, 1), end).toBe(true);
    }
  });
});

describe('pseudonyms', () => {
  it('names a removed person by a number and gives a random employee id', () => {
    expect(pseudonymName(143)).toBe('Borttagen person 143');
    expect(pseudonymEmployeeId('0a1b2c3d4e5f')).toBe('PSEUDO-0a1b2c3d4e5f');
    expect(() => pseudonymEmployeeId('D10144')).toThrow();
  });
});
