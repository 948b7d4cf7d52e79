// Every enumeration of the domain is defined here once; the database enums (pgEnum),
// the zod schemas and the UI derive from these lists.

export const UNIT_KINDS = ['region', 'kommun', 'forvaltning', 'omrade', 'enhet'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const EMPLOYMENT_TYPES = ['tillsvidare', 'visstid', 'timanstalld'] as const;
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number];

export const ROUND_KINDS = ['kompetens', 'effekt', 'kombinerad'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

export const ASSESSMENT_SOURCES = ['self', 'validated'] as const;
export type AssessmentSource = (typeof ASSESSMENT_SOURCES)[number];

export const COURSE_FORMATS = ['digital', 'fysisk', 'blandad'] as const;
export type CourseFormat = (typeof COURSE_FORMATS)[number];

/** Competence levels 0..4 (DOMAIN.md "The competence scale"). "Vet ej" is null, not a level. */
export const LEVELS = [0, 1, 2, 3, 4] as const;
export type Level = (typeof LEVELS)[number];
export const MIN_REQUIRED_LEVEL = 1;
export const MAX_LEVEL = 4;

export const MIN_WEIGHT = 1;
export const MAX_WEIGHT = 3;
export const DEFAULT_WEIGHT = 1;

/** Effect questions use a 1..5 agreement scale. */
export const EFFECT_VALUES = [1, 2, 3, 4, 5] as const;
export type EffectValue = (typeof EFFECT_VALUES)[number];

/** Minimum group size k: default 5, never below 3. */
export const DEFAULT_K = 5;
export const MIN_K = 3;

/** What a signed-in user may be; one user may hold several. */
export const USER_ROLES = ['admin', 'hr', 'chef', 'steering', 'staff'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** A person's gender as ESF reports split participants by it; null when the personnel system has none. */
export const GENDERS = ['kvinna', 'man', 'annat'] as const;
export type Gender = (typeof GENDERS)[number];

/** What completing a course makes a person (the steering group's supervisor and language-agent counts). */
export const COURSE_QUALIFICATIONS = ['handledare', 'sprakombud'] as const;
export type CourseQualification = (typeof COURSE_QUALIFICATIONS)[number];
