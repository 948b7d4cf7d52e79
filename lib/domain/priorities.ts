import { gapRowOf, gapSumsByRequirement, gapSumsByRole, type GapInput } from './gap-figures';
import type { CourseLink } from './histograms';
import { compareCodes } from './unit-tree';

export interface PriorityRow {
  requirement: string;
  /** Σ over the assessed of weight(role, requirement) × gap. */
  priority: number;
  gapVolume: number;
  assessed: number;
  meanLevel: number | null;
  /** Courses linked to the requirement whose target level is above the mean level, by code. */
  courses: string[];
}

/** Requirements ranked by training priority, highest first; ties by requirement code. */
export function trainingPriorities(input: GapInput, courseLinks: readonly CourseLink[]): PriorityRow[] {
  const rows = gapSumsByRequirement(gapSumsByRole(input)).map((s) => {
    const { meanLevel } = gapRowOf(s);
    const courses = [
      ...new Set(
        courseLinks
          .filter((c) => c.requirement === s.requirement && (meanLevel === null || c.targetLevel > meanLevel))
          .map((c) => c.course),
      ),
    ].sort(compareCodes);
    return { requirement: s.requirement, priority: s.weightedGap, gapVolume: s.gapSum, assessed: s.assessed, meanLevel, courses };
  });
  return rows.sort((a, b) => b.priority - a.priority || compareCodes(a.requirement, b.requirement));
}
