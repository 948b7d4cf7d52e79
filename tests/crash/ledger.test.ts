import { describe, expect, it } from 'vitest';
import { AnswerLedger } from './ledger';

// The crash test is only as strict as this ledger: it must flag every kind of loss.
describe('AnswerLedger', () => {
  it('accepts the last acknowledged level, or one sent after it that a kill may have stored unanswered', () => {
    const l = new AnswerLedger();
    l.sent('1:A', 2);
    l.acknowledged('1:A', 2);
    l.sent('1:A', 4);
    expect(l.problems([{ key: '1:A', level: 2, rows: 1 }], new Set())).toEqual([]);
    expect(l.problems([{ key: '1:A', level: 4, rows: 1 }], new Set())).toEqual([]);
    expect(l.acknowledgedCount).toBe(1);
  });

  it('flags a lost, a duplicated and an older answer', () => {
    const l = new AnswerLedger();
    l.sent('1:A', 1);
    l.acknowledged('1:A', 1);
    l.sent('1:A', 3);
    l.acknowledged('1:A', 3);
    l.sent('2:B', 0);
    l.acknowledged('2:B', 0);
    expect(l.problems([], new Set())).toEqual(['1:A: acknowledged 3, not stored', '2:B: acknowledged 0, not stored']);
    expect(l.problems([{ key: '1:A', level: 1, rows: 1 }, { key: '2:B', level: 0, rows: 2 }], new Set())).toEqual([
      '1:A: acknowledged 3, stored 1',
      '2:B: stored 2 times',
    ]);
  });

  it('asks nothing of an answer never acknowledged, and flags a lost submission', () => {
    const l = new AnswerLedger();
    l.sent('1:A', 1);
    l.submissionAcknowledged('7');
    expect(l.problems([], new Set())).toEqual(['7: submission acknowledged, not stored']);
    expect(l.problems([], new Set(['7']))).toEqual([]);
  });
});
