import 'server-only';
import { getDb } from '@/db/client';
import { allRounds, courseList, courseLinks, requirementList, roleList, roleRequirementList, roundIdsWithAnswers } from '@/db/queries/reference-data';
import { levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { subtreeLevelCounts, subtreePlacementCounts } from '@/db/queries/rollup-slices';
import { EMPLOYMENT_TYPES, type EmploymentType } from '@/lib/domain/enums';
import { EXPERIENCE_PHASES, phaseStartDates, trainingHoursEstimate, type ExperiencePhase } from '@/lib/domain/experience';
import { gapSumsByRequirement, gapSumsByRole } from '@/lib/domain/gap-figures';
import { headlineRound } from '@/lib/domain/headline-round';
import { trainingPriorities } from '@/lib/domain/priorities';
import { compareCodes } from '@/lib/domain/unit-tree';
import type { Viewer } from '@/lib/auth/viewer';
import { NotFoundError } from './errors';
import { competenceGuardFor } from './competence-guard';
import { unitScope } from './scope';
import { minGroupSize } from './settings';
import { todayInSweden } from '@/lib/clock/clock';

export interface PriorityFilters {
  unit: string;
  round?: string | null;
  area?: string | null;
  role?: string | null;
  employment?: EmploymentType | null;
  phase?: ExperiencePhase | null;
}

export interface TrainingPriority {
  requirement: string;
  name: string;
  area: string | null;
  /** Null, as every figure of the row, where the k rule withholds it (then `suppressed`). */
  priority: number | null;
  gapVolume: number | null;
  assessed: number | null;
  /** People below the required level. */
  below: number | null;
  meanLevel: number | null;
  courses: Array<{ code: string; name: string; format: string; hours: number | null; url: string | null }>;
  /** People below × the shortest listed course; null without a course with hours. */
  hoursEstimate: number | null;
  /** Units (where people are placed) contributing most to the priority; none under the k rule. */
  topUnits: Array<{ code: string; name: string; priority: number }>;
  suppressed?: true;
}

export interface TrainingPriorities {
  unit: { code: string; name: string };
  round: { code: string; name: string } | null;
  rounds: Array<{ code: string; name: string }>;
  filters: PriorityFilters & {
    areas: string[];
    roles: Array<{ code: string; name: string }>;
    employments: readonly string[];
    phases: ReadonlyArray<{ code: string; label: string }>;
  };
  rows: TrainingPriority[];
  /** Set for a viewer under the k rule on competence figures (staff, steering group). */
  kRule: { k: number } | null;
}

/**
 * HR's ranking of what to train first in a scope: the same priority as `report priorities`,
 * with where it is concentrated, the courses that target it and an estimate of training hours;
 * filterable by area, role, employment type and experience phase (on the round's closing day).
 */
export async function getTrainingPriorities(viewer: Viewer, filters: PriorityFilters): Promise<TrainingPriorities> {
  const db = await getDb();
  const scope = await unitScope(db, viewer, filters.unit);
  const [rounds, withAnswers, requirements, roles, roleRequirements, links, courses] = await Promise.all([
    allRounds(db), roundIdsWithAnswers(db), requirementList(db), roleList(db), roleRequirementList(db), courseLinks(db), courseList(db),
  ]);
  const round = filters.round ? rounds.find((r) => r.code === filters.round) : headlineRound(rounds, withAnswers, todayInSweden());
  if (filters.round && !round) throw new NotFoundError('Omgången', filters.round);
  const base = {
    unit: { code: scope.unit.code, name: scope.unit.name },
    round: round ? { code: round.code, name: round.name } : null,
    rounds: rounds.map((r) => ({ code: r.code, name: r.name })),
    filters: {
      ...filters,
      areas: [...new Set(requirements.map((r) => r.area).filter((a): a is string => a !== null))].sort(compareCodes),
      roles: roles.filter((r) => roleRequirements.some((rr) => rr.role === r.code)),
      employments: EMPLOYMENT_TYPES,
      phases: EXPERIENCE_PHASES.map((p) => ({ code: p.code, label: p.label })),
    },
  };
  const guardOf = await competenceGuardFor(db, viewer, scope.unit.code);
  const kRule = guardOf ? { k: await minGroupSize(db) } : null;
  if (!round) return { ...base, rows: [], kRule };

  const people = {
    employment: filters.employment ?? null,
    ...(filters.phase ? phaseStartDates(filters.phase, round.closesOn) : {}),
  };
  // The rollups hold everyone; a filter on employment or experience counts from the answers.
  const filtered = people.employment !== null || people.startedBy !== undefined;
  const [placements, levels] = await Promise.all(filtered
    ? [placementCounts(db, round.id, scope.unit.id, people), levelCounts(db, round.id, scope.unit.id, people)] as const
    : [subtreePlacementCounts(db, round.id, scope.unit.id), subtreeLevelCounts(db, round.id, scope.unit.id)] as const);
  const inArea = new Set(requirements.filter((r) => !filters.area || r.area === filters.area).map((r) => r.code));
  const rr = roleRequirements.filter((x) => inArea.has(x.requirement));
  const roleFilter = filters.role ? new Set([filters.role]) : undefined;
  const input = { placements, levels, roleRequirements: rr, scope: scope.codes, roles: roleFilter };
  const ranked = trainingPriorities(input, links);
  const sums = new Map(gapSumsByRequirement(gapSumsByRole(input)).map((s) => [s.requirement, s]));

  // Where each requirement's priority comes from: per unit people are placed on.
  const perUnit = new Map<string, Array<{ code: string; priority: number }>>();
  for (const unit of new Set(placements.map((p) => p.unit))) {
    for (const s of gapSumsByRequirement(gapSumsByRole({ ...input, scope: new Set([unit]) }))) {
      if (s.weightedGap === 0) continue;
      const list = perUnit.get(s.requirement) ?? [];
      list.push({ code: unit, priority: s.weightedGap });
      perUnit.set(s.requirement, list);
    }
  }
  const unitName = new Map(scope.units.map((u) => [u.code, u.name]));
  // The k rule for staff and steering groups; a filter on people (role, employment, phase) is a split.
  const guard = guardOf ? await guardOf(round.id) : null;
  // Under the rule a filter on employment or experience withholds every row: each would need
  // the split over every group of its kind, and two such filters subtracted give the rest.
  const shown = (requirementCode: string) => !guard || (!filtered && guard.requirementShown(scope.unit.code, requirementCode, filters.role ?? undefined));
  const requirement = new Map(requirements.map((r) => [r.code, r]));
  const course = new Map(courses.map((c) => [c.code, c]));
  return {
    ...base,
    kRule,
    rows: [...ranked.filter((p) => shown(p.requirement)), ...ranked.filter((p) => !shown(p.requirement)).sort((a, b) => compareCodes(a.requirement, b.requirement))].map((p): TrainingPriority => {
      if (!shown(p.requirement)) {
        // Withheld: no figure, and every course linked to it, so the list says nothing of the mean level.
        const linked = [...new Set(links.filter((l) => l.requirement === p.requirement).map((l) => l.course))].sort(compareCodes);
        return {
          requirement: p.requirement,
          name: requirement.get(p.requirement)?.name ?? p.requirement,
          area: requirement.get(p.requirement)?.area ?? null,
          priority: null, gapVolume: null, assessed: null, below: null, meanLevel: null,
          courses: linked.map((code) => course.get(code)).filter((c): c is NonNullable<typeof c> => c !== undefined),
          hoursEstimate: null,
          topUnits: [],
          suppressed: true,
        };
      }
      const s = sums.get(p.requirement);
      const below = s ? s.assessed - s.meets : 0;
      const listed = p.courses.map((code) => course.get(code)).filter((c): c is NonNullable<typeof c> => c !== undefined);
      return {
        requirement: p.requirement,
        name: requirement.get(p.requirement)?.name ?? p.requirement,
        area: requirement.get(p.requirement)?.area ?? null,
        priority: p.priority,
        gapVolume: p.gapVolume,
        assessed: p.assessed,
        below,
        meanLevel: p.meanLevel,
        courses: listed,
        hoursEstimate: trainingHoursEstimate(below, listed.map((c) => c.hours)),
        topUnits: guard ? [] : (perUnit.get(p.requirement) ?? [])
          .sort((a, b) => b.priority - a.priority || compareCodes(a.code, b.code))
          .slice(0, 3)
          .map((u) => ({ code: u.code, name: unitName.get(u.code) ?? u.code, priority: u.priority })),
      };
    }),
  };
}
