/** Shown where a figure does not exist (nobody to count), never as zero. */
export const MISSING_VALUE = '–';

/** What a screen reader says instead of the dash. */
export const MISSING_VALUE_SPOKEN = 'uppgift saknas';
