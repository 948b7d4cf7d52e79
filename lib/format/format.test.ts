import { describe, expect, it } from 'vitest';
import { formatDate, formatDateRange } from './date';
import { formatCount, formatPercent, formatSteps } from './number';
import { unitKindLabel } from './unit-kind';
import { auditDetailPairs } from './audit-details';
import { formatDateTime } from './date-time';
import { formatAgreement, formatLevel } from './level';
import { signInErrorMessage } from './sign-in-error';
import { primaryRole, roleList } from './user-role';

// Intl separates number and unit with a no-break space; compare with plain spaces.
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('lib/format', () => {
  it('formats shares, steps and counts the Swedish way', () => {
    expect(plain(formatPercent(0.876))).toBe('88 %');
    expect(plain(formatPercent(0))).toBe('0 %');
    expect(plain(formatSteps(0.63))).toBe('0,6 steg');
    expect(plain(formatCount(1234))).toBe('1 234');
  });

  it('formats ISO days without moving them across time zones', () => {
    expect(formatDate('2026-03-02')).toBe('2 mars 2026');
    expect(formatDateRange('2026-03-02', '2026-04-10')).toBe('2 mars–10 april 2026');
    expect(() => formatDate('not a date')).toThrow(RangeError);
  });

  it('names unit kinds in Swedish', () => {
    expect(unitKindLabel('forvaltning')).toBe('Förvaltning');
    expect(unitKindLabel('omrade')).toBe('Område');
  });

  it('shows moments in Swedish time, summer and winter', () => {
    expect(formatDateTime('2026-11-23T16:05:00Z')).toBe('2026-11-23 17:05');
    expect(formatDateTime('2026-07-01T22:30:00Z')).toBe('2026-07-02 00:30');
  });

  it('names levels and agreement answers', () => {
    expect(formatLevel(3)).toBe('3 Färdighet');
    expect(formatLevel(0)).toBe('0 Inte ännu');
    expect(formatAgreement(1)).toBe('1 av 5 (Stämmer inte alls)');
    expect(formatAgreement(4)).toBe('4 av 5');
  });

  it('introduces a user by the first role in the order admin, hr, chef, steering, staff', () => {
    const roles = [{ role: 'staff' as const }, { role: 'chef' as const }];
    expect(primaryRole(roles)).toBe('chef');
    expect(primaryRole([])).toBeNull();
    expect(roleList(roles)).toBe('Enhetschef, Medarbetare');
  });

  it('explains sign-in errors without their technical names', () => {
    expect(signInErrorMessage('CredentialsSignin', 'too_many_attempts')).toMatch(/^För många försök/);
    expect(signInErrorMessage('CredentialsSignin', 'invitation_not_valid')).toMatch(/^Länken fungerar inte/);
    expect(signInErrorMessage('AccessDenied')).toMatch(/^Du har inget konto/);
    expect(signInErrorMessage('Configuration')).toMatch(/^Inloggningen misslyckades/);
    expect(signInErrorMessage('<script>')).toMatch(/^Inloggningen misslyckades/);
  });

  it('writes audit details as Swedish key: value pairs', () => {
    expect(auditDetailPairs({ userId: 4, role: 'chef', unit: null, tables: 'units,people' })).toEqual([
      { key: 'användare (id)', value: '4' },
      { key: 'roll', value: 'Enhetschef' },
      { key: 'tabeller', value: 'units, people' },
    ]);
  });
});
