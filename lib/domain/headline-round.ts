/**
 * The round a summary shows by default: the latest closed round with answers (its figures are
 * final), else the latest round with any answers (a first round still open), else the latest.
 * Rounds are given oldest first.
 */
export function headlineRound<R extends { id: number; closesOn: string }>(rounds: readonly R[], withAnswers: ReadonlySet<number>, today: string): R | undefined {
  const answered = rounds.filter((r) => withAnswers.has(r.id));
  return answered.filter((r) => r.closesOn < today).at(-1) ?? answered.at(-1) ?? rounds.at(-1);
}
