import type { TranslationField, TranslationKind } from '@/lib/domain/languages';
import type { IndicatorKind } from '@/lib/domain/indicators';
import type { UserRole } from '@/lib/domain/enums';
import type {
  AssessmentSource,
  CourseFormat,
  CourseQualification,
  Gender,
  EmploymentType,
  Level,
  RoundKind,
  UnitKind,
} from '@/lib/domain/enums';
import type { ImportTable } from '@/lib/import/types';

// The typed value of one valid import row per table; references (codes) are not yet
// checked against each other or the database.

export interface UnitRow {
  code: string;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
}

export interface RoleRow {
  code: string;
  name: string;
}

export interface RequirementRow {
  code: string;
  name: string;
  framework: string | null;
  area: string | null;
  description: string | null;
}

export interface RoleRequirementRow {
  roleCode: string;
  requirementCode: string;
  /** 1..4 */
  requiredLevel: number;
  /** 1..3, default 1 */
  weight: number;
}

export interface PersonRow {
  employeeId: string;
  name: string;
  unitCode: string;
  roleCode: string;
  email: string | null;
  employment: EmploymentType | null;
  startDate: string | null;
  endDate: string | null;
  gender: Gender | null;
}

export interface RoundRow {
  code: string;
  name: string;
  opensOn: string;
  closesOn: string;
  kind: RoundKind;
}

export interface InvitationRow {
  roundCode: string;
  employeeId: string;
}

export interface AssessmentRow {
  roundCode: string;
  employeeId: string;
  requirementCode: string;
  /** null = no answer ("vet ej", "ej aktuellt", "-" or empty). */
  level: Level | null;
  source: AssessmentSource;
  assessedOn: string | null;
  unitCode: string | null;
  roleCode: string | null;
}

export interface EffectQuestionRow {
  code: string;
  text: string;
  indicator: string | null;
}

export interface EffectResponseRow {
  roundCode: string;
  employeeId: string;
  questionCode: string;
  /** 1..5 */
  value: number;
  unitCode: string | null;
  roleCode: string | null;
}

export interface CourseRow {
  code: string;
  name: string;
  format: CourseFormat;
  hours: number | null;
  provider: string | null;
  url: string | null;
  /** `språkombud` in the file is stored as `sprakombud`. */
  qualifiesAs: CourseQualification | null;
}

/** A text in another language than the Swedish original. */
export interface TranslationRow {
  kind: TranslationKind;
  code: string;
  field: TranslationField;
  language: string;
  text: string;
}

export interface CourseRequirementRow {
  courseCode: string;
  requirementCode: string;
  /** 1..4 */
  targetLevel: number;
}

export interface EnrolmentRow {
  employeeId: string;
  courseCode: string;
  enrolledOn: string | null;
  completedOn: string | null;
}

export interface ProjectRow {
  code: string;
  name: string;
  startsOn: string;
  endsOn: string;
  plannedParticipants: number | null;
  diaryNumber: string | null;
}

/** One role of one user; a user with several roles has several rows. */
export interface UserRow {
  /** Lower-cased: sign-in matches on it. */
  email: string;
  name: string;
  role: UserRole;
  unitCode: string | null;
  projectCode: string | null;
  employeeId: string | null;
}

export interface ProjectParticipantRow {
  projectCode: string;
  employeeId: string;
  joinedOn: string | null;
}

/** One steering indicator of a project; rounds and question are codes, resolved by the writer. */
export interface ProjectIndicatorRow {
  projectCode: string;
  code: string;
  kind: IndicatorKind;
  name: string | null;
  /** In the kind's scale: a share 0..1, a count, or level steps. */
  target: number | null;
  baselineRoundCode: string | null;
  followUpRoundCode: string | null;
  /** Only for gap_closure: the requirement area it is narrowed to. */
  area: string | null;
  /** Only (and always) for effect_question. */
  questionCode: string | null;
  /** Order on the steering page; null keeps a stored indicator's position (new ones get 0). */
  position: number | null;
}

export interface IntroductionItemRow {
  code: string;
  name: string;
}

export interface IntroductionCompletionRow {
  employeeId: string;
  itemCode: string;
  completedOn: string | null;
}

export interface ImportRows {
  units: UnitRow;
  roles: RoleRow;
  requirements: RequirementRow;
  role_requirements: RoleRequirementRow;
  people: PersonRow;
  rounds: RoundRow;
  invitations: InvitationRow;
  assessments: AssessmentRow;
  effect_questions: EffectQuestionRow;
  effect_responses: EffectResponseRow;
  courses: CourseRow;
  course_requirements: CourseRequirementRow;
  enrolments: EnrolmentRow;
  projects: ProjectRow;
  project_participants: ProjectParticipantRow;
  project_indicators: ProjectIndicatorRow;
  introduction_items: IntroductionItemRow;
  introduction_completions: IntroductionCompletionRow;
  users: UserRow;
  translations: TranslationRow;
}

export type ImportRowOf<T extends ImportTable> = ImportRows[T];
