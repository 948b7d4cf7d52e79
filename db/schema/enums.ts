import { pgEnum } from 'drizzle-orm/pg-core';
import {
  ASSESSMENT_SOURCES,
  COURSE_FORMATS,
  EMPLOYMENT_TYPES,
  ROUND_KINDS,
  UNIT_KINDS,
  USER_ROLES,
} from '@/lib/domain/enums';

export const unitKind = pgEnum('unit_kind', UNIT_KINDS);
export const employmentType = pgEnum('employment_type', EMPLOYMENT_TYPES);
export const roundKind = pgEnum('round_kind', ROUND_KINDS);
export const assessmentSource = pgEnum('assessment_source', ASSESSMENT_SOURCES);
export const courseFormat = pgEnum('course_format', COURSE_FORMATS);
export const userRole = pgEnum('user_role', USER_ROLES);
