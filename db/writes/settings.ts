import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client';

export interface SettingsPatch {
  organisationName?: string | null;
  logoDataUrl?: string | null;
  minGroupSize?: number | null;
  retentionMonths?: number | null;
}

const COLUMNS: Record<keyof SettingsPatch, string> = {
  organisationName: 'organisation_name',
  logoDataUrl: 'logo_data_url',
  minGroupSize: 'min_group_size',
  retentionMonths: 'retention_months',
};

/** Writes the given fields of the one settings row (creating it on first save); others stay. */
export async function saveSettings(db: DbOrTx, patch: SettingsPatch, updatedBy: string): Promise<void> {
  const entries = (Object.keys(COLUMNS) as Array<keyof SettingsPatch>).filter((k) => patch[k] !== undefined);
  if (entries.length === 0) return;
  const columns = entries.map((k) => sql.raw(COLUMNS[k]));
  const values: SQL[] = entries.map((k) => sql`${patch[k]}`);
  const updates = entries.map((k) => sql`${sql.raw(COLUMNS[k])} = excluded.${sql.raw(COLUMNS[k])}`);
  await db.execute(sql`
    insert into installation_settings (id, ${sql.join(columns, sql`, `)}, updated_at, updated_by)
    values (1, ${sql.join(values, sql`, `)}, now(), ${updatedBy})
    on conflict (id) do update set ${sql.join(updates, sql`, `)}, updated_at = now(), updated_by = excluded.updated_by`);
}
