// What the crash test's simulated staff were told: per answer, the last level the server
// acknowledged and the levels sent after it (which a kill may have stored without the answer
// reaching the sender). Checked against what the database holds after the last restart.

export interface StoredAnswer {
  key: string;
  level: number;
  /** Rows for this person and requirement in the round: exactly one when all is well. */
  rows: number;
}

interface Entry {
  acked: number | null;
  after: Set<number>;
}

export class AnswerLedger {
  private readonly answers = new Map<string, Entry>();
  private readonly submitted = new Set<string>();

  private entry(key: string): Entry {
    const existing = this.answers.get(key);
    if (existing) return existing;
    const created: Entry = { acked: null, after: new Set() };
    this.answers.set(key, created);
    return created;
  }

  sent(key: string, level: number): void {
    this.entry(key).after.add(level);
  }

  /** The save of `level` was answered 200: from now on that level, or one sent later, must be stored. */
  acknowledged(key: string, level: number): void {
    const e = this.entry(key);
    e.acked = level;
    e.after.clear();
  }

  submissionAcknowledged(person: string): void {
    this.submitted.add(person);
  }

  get acknowledgedCount(): number {
    return [...this.answers.values()].filter((e) => e.acked !== null).length;
  }

  get submissionCount(): number {
    return this.submitted.size;
  }

  /** Every way the database differs from what was acknowledged, in plain words; empty when none. */
  problems(stored: readonly StoredAnswer[], submittedPeople: ReadonlySet<string>): string[] {
    const byKey = new Map(stored.map((s) => [s.key, s]));
    const out: string[] = [];
    for (const [key, e] of this.answers) {
      if (e.acked === null) continue;
      const s = byKey.get(key);
      if (!s) out.push(`${key}: acknowledged ${e.acked}, not stored`);
      else if (s.rows !== 1) out.push(`${key}: stored ${s.rows} times`);
      else if (s.level !== e.acked && !e.after.has(s.level)) out.push(`${key}: acknowledged ${e.acked}, stored ${s.level}`);
    }
    for (const person of this.submitted) if (!submittedPeople.has(person)) out.push(`${person}: submission acknowledged, not stored`);
    return out;
  }
}
