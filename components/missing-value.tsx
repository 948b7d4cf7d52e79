import { MISSING_VALUE, MISSING_VALUE_SPOKEN } from '@/lib/format/missing-value';

/** A dash for the eye and words for the ear: a lone "–" is read out inconsistently or not at all. */
export function MissingValue() {
  return (
    <>
      <span aria-hidden="true">{MISSING_VALUE}</span>
      <span className="visually-hidden">{MISSING_VALUE_SPOKEN}</span>
    </>
  );
}
