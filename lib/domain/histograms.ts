// The inputs the database produces for the figures: counts, never one row per answer.

/** People of a round's population placed in a unit with a role (for that round). */
export interface PlacementCount {
  unit: string;
  role: string;
  population: number;
  /** Of them, those with at least one answer (assessment or effect answer) in the round. */
  responded: number;
}

/** People placed in a unit with a role whose effective level on a requirement is `level`. */
export interface LevelCount {
  unit: string;
  role: string;
  requirement: string;
  level: number;
  count: number;
}

export interface RoleRequirement {
  role: string;
  requirement: string;
  requiredLevel: number;
  weight: number;
}

export interface CourseLink {
  course: string;
  requirement: string;
  targetLevel: number;
}
