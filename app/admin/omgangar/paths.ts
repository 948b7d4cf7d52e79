export const ROUNDS_PATH = '/admin/omgangar';
export const NEW_ROUND_PATH = '/admin/omgangar/ny';

export function roundPath(code: string): string {
  return `${ROUNDS_PATH}/${encodeURIComponent(code)}`;
}

/** The letters page of a round, for one unit when given. */
export function lettersPath(code: string, unit?: string): string {
  return `${roundPath(code)}/brev${unit ? `?enhet=${encodeURIComponent(unit)}` : ''}`;
}
