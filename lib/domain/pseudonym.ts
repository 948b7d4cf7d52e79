// What a person is called once their personal data has been removed. Their answers stay in the
// figures of closed rounds under this name, which says nothing about who they were.

export const PSEUDONYM_PREFIX = 'PSEUDO-';

/** The employee id given to a pseudonymised person: `PSEUDO-` and random hex (the hex comes from the caller). */
export function pseudonymEmployeeId(randomHex: string): string {
  if (!/^[0-9a-f]{8,}$/.test(randomHex)) throw new RangeError('The pseudonym needs at least 8 random hex digits');
  return `${PSEUDONYM_PREFIX}${randomHex}`;
}

/** The name given to a pseudonymised person: "Borttagen person 143" (the number is the person's internal id). */
export function pseudonymName(personId: number): string {
  return `Borttagen person ${personId}`;
}
