import { describe, it, expect } from 'vitest';
import { countingAnswer, effectiveLevel, latestAnswer, type AnswerRef } from './counting-answer';

// DOMAIN.md "Which answer counts": latest validated if any, otherwise latest self;
// latest by assessedOn (undated before any dated), then storage order; "vet ej" = null level.
const self = (assessedOn: string | null, storedOrder: number, level: number | null): AnswerRef => ({
  source: 'self',
  assessedOn,
  storedOrder,
  level,
});
const validated = (assessedOn: string | null, storedOrder: number, level: number | null): AnswerRef => ({
  source: 'validated',
  assessedOn,
  storedOrder,
  level,
});

describe('counting answer', () => {
  it('a validated answer counts over a self-assessment, even when the self-assessment is later', () => {
    const v = validated('2024-02-01', 1, 2);
    const s = self('2024-03-10', 2, 4);
    // validated exists → it counts, its level 2 (not the later self level 4)
    expect(countingAnswer([s, v])).toBe(v);
    expect(effectiveLevel([s, v])).toBe(2);
    expect(effectiveLevel([v, s])).toBe(2);
  });

  it('the latest of several validated answers counts', () => {
    const answers = [validated('2024-05-01', 1, 3), validated('2024-01-01', 2, 1), self('2024-06-01', 3, 0)];
    // validated on 2024-05-01 is the latest validated → level 3
    expect(effectiveLevel(answers)).toBe(3);
  });

  it('a later self answer counts over an earlier one, by date before storage order', () => {
    // stored first but dated later → it is the latest
    const answers = [self('2024-03-10', 1, 3), self('2024-01-05', 2, 1)];
    expect(effectiveLevel(answers)).toBe(3);
  });

  it('an undated answer comes before any dated one', () => {
    // undated stored last is still earlier than the dated one → dated level 2 counts
    expect(effectiveLevel([self('2024-01-01', 1, 2), self(null, 5, 4)])).toBe(2);
    expect(effectiveLevel([validated(null, 9, 4), validated('2020-01-01', 1, 1)])).toBe(1);
    // an undated validated answer still beats a dated self answer (source first)
    expect(effectiveLevel([self('2024-01-01', 1, 1), validated(null, 2, 3)])).toBe(3);
  });

  it('same date (or both undated) → the one stored later counts', () => {
    expect(effectiveLevel([self('2024-02-02', 7, 1), self('2024-02-02', 3, 4)])).toBe(1);
    expect(effectiveLevel([self(null, 3, 4), self(null, 8, 2)])).toBe(2);
  });

  it('"vet ej" as the counting answer means not assessed, even when an earlier answer had a level', () => {
    expect(effectiveLevel([self('2024-01-01', 1, 3), self('2024-02-01', 2, null)])).toBeNull();
    // a validated "vet ej" also beats a self-assessed level
    expect(effectiveLevel([self('2024-03-01', 2, 4), validated('2024-01-01', 1, null)])).toBeNull();
  });

  it('an earlier "vet ej" does not hide a later level', () => {
    expect(effectiveLevel([self('2024-01-01', 1, null), self('2024-02-01', 2, 2)])).toBe(2);
  });

  it('level 0 (Inte ännu) is a level, not "not assessed"', () => {
    expect(effectiveLevel([self('2024-01-01', 1, 0)])).toBe(0);
  });

  it('no answers → not assessed', () => {
    expect(countingAnswer([])).toBeUndefined();
    expect(effectiveLevel([])).toBeNull();
  });

  it('latestAnswer (placement) takes the latest answer of any source', () => {
    const v = validated('2024-01-01', 1, 2);
    const s = self('2024-04-01', 2, 1);
    expect(latestAnswer([v, s])).toBe(s);
    expect(latestAnswer([])).toBeUndefined();
  });
});
