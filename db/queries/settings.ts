import { sql } from 'drizzle-orm';
import { queryRows, type DbOrTx } from '../client';

/** The stored row of installation_settings; every field null when nothing has been saved yet. */
export interface StoredSettings {
  organisationName: string | null;
  logoDataUrl: string | null;
  minGroupSize: number | null;
  retentionMonths: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

const NOTHING_SAVED: StoredSettings = {
  organisationName: null,
  logoDataUrl: null,
  minGroupSize: null,
  retentionMonths: null,
  updatedAt: null,
  updatedBy: null,
};

export async function storedSettings(db: DbOrTx): Promise<StoredSettings> {
  const [row] = await queryRows<StoredSettings>(db, sql`
    select organisation_name as "organisationName", logo_data_url as "logoDataUrl",
      min_group_size as "minGroupSize", retention_months as "retentionMonths",
      to_char(updated_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "updatedAt", updated_by as "updatedBy"
    from installation_settings where id = 1`);
  return row ?? NOTHING_SAVED;
}

/** Name and logo only: what the header shows to anyone, signed in or not. */
export async function storedBranding(db: DbOrTx): Promise<{ organisationName: string | null; logoDataUrl: string | null }> {
  const [row] = await queryRows<{ organisationName: string | null; logoDataUrl: string | null }>(db, sql`
    select organisation_name as "organisationName", logo_data_url as "logoDataUrl" from installation_settings where id = 1`);
  return row ?? { organisationName: null, logoDataUrl: null };
}

export async function storedMinGroupSize(db: DbOrTx): Promise<number | null> {
  const [row] = await queryRows<{ k: number | null }>(db, sql`select min_group_size as k from installation_settings where id = 1`);
  return row?.k ?? null;
}

export async function storedRetentionMonths(db: DbOrTx): Promise<number | null> {
  const [row] = await queryRows<{ months: number | null }>(db, sql`select retention_months as months from installation_settings where id = 1`);
  return row?.months ?? null;
}
