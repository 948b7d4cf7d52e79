import { compareCodes } from './unit-tree';

/** One requirement of a person's profile, as far as choosing courses needs it. */
export interface PersonGap {
  requirement: string;
  weight: number;
  /** The effective level; null when not assessed. */
  level: number | null;
  /** Required minus effective level, never below 0; null when not assessed. */
  gap: number | null;
}

/** A course linked to a requirement, with the level it brings a person to. */
export interface LinkedCourse {
  course: string;
  requirement: string;
  targetLevel: number;
}

export const MAX_GAP_REQUIREMENTS = 3;

/**
 * The requirements where a person falls furthest short, each with the courses that would lift
 * them: gap ≥ 1, largest gap first, then the heavier weight, then requirement code (code-point
 * order); at most `max` of them. A course counts when its target level is above the person's
 * level; courses in code order. A requirement with no such course stays in the list (with an
 * empty list), so the person sees the gap even where nothing is offered yet.
 */
export function coursesForLargestGaps<G extends PersonGap, C extends LinkedCourse>(
  requirements: readonly G[],
  links: readonly C[],
  max: number = MAX_GAP_REQUIREMENTS,
): Array<{ requirement: G & { gap: number; level: number }; courses: C[] }> {
  const withGap = requirements.filter((r): r is G & { gap: number; level: number } => r.gap !== null && r.level !== null && r.gap >= 1);
  withGap.sort((a, b) => b.gap - a.gap || b.weight - a.weight || compareCodes(a.requirement, b.requirement));
  return withGap.slice(0, Math.max(0, max)).map((r) => ({
    requirement: r,
    courses: links
      .filter((c) => c.requirement === r.requirement && c.targetLevel > r.level)
      .sort((a, b) => compareCodes(a.course, b.course)),
  }));
}
