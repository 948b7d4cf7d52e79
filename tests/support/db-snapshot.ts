import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';

const TABLES = [
  'units', 'roles', 'frameworks', 'requirements', 'role_requirements', 'people', 'rounds', 'invitations', 'assessments',
  'effect_questions', 'effect_responses', 'courses', 'course_requirements', 'enrolments', 'projects', 'project_participants',
  'project_indicators', 'introduction_items', 'introduction_completions',
  'unit_ancestors', 'rollup_placements', 'rollup_levels', 'rollup_effects',
];

/** A fingerprint of every table's content: equal fingerprints mean nothing was changed. */
export async function snapshot(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of TABLES) {
    const [row] = await queryRows<{ n: number; digest: string | null }>(db, sql.raw(
      `select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as digest from "${table}" t`,
    ));
    out[table] = `${row?.n}:${row?.digest}`;
  }
  return out;
}
