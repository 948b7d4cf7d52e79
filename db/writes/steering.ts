import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

export async function insertSnapshot(db: DbOrTx, s: { projectId: number; label: string; frozenBy: string; view: unknown }): Promise<number> {
  const [row] = await queryRows<{ id: number }>(db, sql`
    insert into steering_snapshots (project_id, label, frozen_by, view)
    values (${s.projectId}, ${s.label}, ${s.frozenBy}, ${JSON.stringify(s.view)}::jsonb) returning id`);
  if (!row) throw new Error('insert into steering_snapshots returned no row');
  return row.id;
}

export async function insertIndicator(
  db: DbOrTx,
  i: { projectId: number; code: string; kind: string; name: string; target: number | null; baselineRoundId: number | null; followUpRoundId: number | null; questionId: number | null },
): Promise<boolean> {
  const rows = await queryRows<{ id: number }>(db, sql`
    insert into project_indicators (project_id, code, kind, name, target, baseline_round_id, follow_up_round_id, question_id, position)
    values (${i.projectId}, ${i.code}, ${i.kind}, ${i.name}, ${i.target}, ${i.baselineRoundId}, ${i.followUpRoundId}, ${i.questionId},
      (select coalesce(max(position), 0) + 1 from project_indicators where project_id = ${i.projectId}))
    on conflict (project_id, code) do nothing returning id`);
  return rows.length > 0;
}
