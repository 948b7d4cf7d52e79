/**
 * Where a round stands on a given day (Swedish calendar days, YYYY-MM-DD): not yet open, open
 * (the opening and closing days included), or closed.
 */
export type RoundStatus = 'planned' | 'open' | 'closed';

export function roundStatus(round: { opensOn: string; closesOn: string }, today: string): RoundStatus {
  if (round.closesOn < today) return 'closed';
  if (round.opensOn > today) return 'planned';
  return 'open';
}

/**
 * Effect figures of a round exist only from the day after it closes (DOMAIN.md "Effect measures",
 * closed rounds only): a running count read before and after one person answers would give that
 * answer away.
 */
export function effectFiguresExist(round: { closesOn: string }, today: string): boolean {
  return round.closesOn < today;
}

/** The day after a YYYY-MM-DD date. */
export function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The day before a YYYY-MM-DD date. */
export function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The dates of a round closed today: its last day was yesterday. A round that opened only today
 * gets yesterday as its opening day too, so it never closes before it opened.
 */
export function closedNowDates(round: { opensOn: string }, today: string): { opensOn: string; closesOn: string } {
  const closesOn = dayBefore(today);
  return { opensOn: round.opensOn > closesOn ? closesOn : round.opensOn, closesOn };
}

/**
 * About how long the survey takes, for the invitation letter: some 25 seconds a question,
 * rounded up to whole five minutes, never under five.
 */
export function surveyMinutes(questions: number): number {
  return Math.max(5, Math.ceil((Math.max(0, questions) * 25) / 60 / 5) * 5);
}
