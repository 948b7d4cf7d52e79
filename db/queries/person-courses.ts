import { sql } from 'drizzle-orm';
import type { CourseFormat } from '@/lib/domain/enums';
import type { LinkedCourse } from '@/lib/domain/gap-courses';
import { queryRows, type DbOrTx } from '../client';

export interface CourseForRequirement extends LinkedCourse {
  name: string;
  format: CourseFormat;
  hours: number | null;
  provider: string | null;
  url: string | null;
}

/** The courses linked to these requirements (by code), one row per course and requirement. */
export function coursesForRequirements(db: DbOrTx, requirementCodes: readonly string[]): Promise<CourseForRequirement[]> {
  if (requirementCodes.length === 0) return Promise.resolve([]);
  const codes = sql.join(requirementCodes.map((c) => sql`${c}`), sql`, `);
  return queryRows<CourseForRequirement>(db, sql`
    select c.code as course, q.code as requirement, cr.target_level::int as "targetLevel",
      c.name, c.format::text as format, c.hours::float8 as hours, c.provider, c.url
    from course_requirements cr join courses c on c.id = cr.course_id join requirements q on q.id = cr.requirement_id
    where q.code in (${codes})`);
}
