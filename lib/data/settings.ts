import 'server-only';
import { getDb, type DbOrTx } from '@/db/client';
import { storedBranding, storedMinGroupSize, storedRetentionMonths, storedSettings } from '@/db/queries/settings';
import { writeAudit } from '@/db/writes/audit';
import { saveSettings, type SettingsPatch } from '@/db/writes/settings';
import { MIN_K } from '@/lib/domain/enums';
import { env } from '@/lib/env';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { checkLogoDataUrl } from '@/lib/validation/logo';
import { MAX_MIN_GROUP_SIZE, MAX_RETENTION_MONTHS } from '@/lib/validation/settings';
import { requireAdmin } from './authorise';
import { InvalidInputError } from './errors';

/**
 * The minimum group size k in force: the administrators' setting, or MIN_GROUP_SIZE from the
 * environment where none is saved. Read from the database on every call, so a change applies to
 * every page, export, API answer and command at once, in every process.
 */
export async function minGroupSize(db: DbOrTx): Promise<number> {
  return (await storedMinGroupSize(db)) ?? env().MIN_GROUP_SIZE;
}

/**
 * Months after a person's employment ended before their personal data is pseudonymised
 * automatically; null when no retention time is set (nothing is pseudonymised automatically).
 */
export async function retentionMonths(db: DbOrTx): Promise<number | null> {
  return storedRetentionMonths(db);
}

export interface SiteBranding {
  organisationName: string | null;
  logoDataUrl: string | null;
}

/** The organisation's name and logo for the header: for anyone, signed in or not; nothing else. */
export async function getSiteBranding(viewer: Viewer): Promise<SiteBranding> {
  void viewer;
  return storedBranding(await getDb());
}

export interface InstallationSettings {
  organisationName: string | null;
  logoDataUrl: string | null;
  /** k in force, the saved value (null = none) and the environment's value used when none is saved. */
  minGroupSize: { value: number; saved: number | null; environment: number };
  retentionMonths: number | null;
  updatedAt: string | null;
  updatedBy: string | null;
}

/** Every setting, for the settings page. Administrators only. */
export async function getInstallationSettings(viewer: Viewer): Promise<InstallationSettings> {
  requireAdmin(viewer);
  const s = await storedSettings(await getDb());
  const environment = env().MIN_GROUP_SIZE;
  return {
    organisationName: s.organisationName,
    logoDataUrl: s.logoDataUrl,
    minGroupSize: { value: s.minGroupSize ?? environment, saved: s.minGroupSize, environment },
    retentionMonths: s.retentionMonths,
    updatedAt: s.updatedAt,
    updatedBy: s.updatedBy,
  };
}

function checkPatch(patch: SettingsPatch): void {
  const k = patch.minGroupSize;
  if (k !== undefined && k !== null && (!Number.isInteger(k) || k < MIN_K || k > MAX_MIN_GROUP_SIZE)) {
    throw new InvalidInputError(`Minsta gruppstorlek måste vara ett heltal från ${MIN_K} till ${MAX_MIN_GROUP_SIZE}`);
  }
  const months = patch.retentionMonths;
  if (months !== undefined && months !== null && (!Number.isInteger(months) || months < 1 || months > MAX_RETENTION_MONTHS)) {
    throw new InvalidInputError(`Lagringstiden måste vara ett helt antal månader från 1 till ${MAX_RETENTION_MONTHS}`);
  }
  const name = patch.organisationName;
  if (name !== undefined && name !== null && (name.trim() !== name || name.length === 0 || name.length > 120)) {
    throw new InvalidInputError('Organisationens namn får vara högst 120 tecken');
  }
  if (patch.logoDataUrl) {
    const logo = checkLogoDataUrl(patch.logoDataUrl);
    if (!logo.ok) throw new InvalidInputError(logo.message);
  }
}

/** What the audit log says about a change: k in force, name and retention; never the image itself. */
function auditValue(key: keyof SettingsPatch, value: unknown): string | number | null {
  if (key === 'logoDataUrl') return value ? 'bild' : null;
  if (key === 'minGroupSize') return (value as number | null | undefined) ?? env().MIN_GROUP_SIZE;
  return (value as string | number | null | undefined) ?? null;
}

/**
 * Saves the given settings (the others stay as they are) and audits each change with its old and
 * new value. Administrators only. `null` clears a setting: k then follows the environment again.
 */
export async function updateInstallationSettings(viewer: Viewer, patch: SettingsPatch): Promise<void> {
  requireAdmin(viewer);
  checkPatch(patch);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const before = await storedSettings(tx);
    const changed = (Object.keys(patch) as Array<keyof SettingsPatch>).filter((k) => patch[k] !== undefined && patch[k] !== before[k]);
    if (changed.length === 0) return;
    await saveSettings(tx, Object.fromEntries(changed.map((k) => [k, patch[k]])), actorLabel(viewer));
    const details: Record<string, string | number | null> = {};
    for (const k of changed) {
      details[`${k}Before`] = auditValue(k, before[k]);
      details[`${k}After`] = auditValue(k, patch[k]);
    }
    await writeAudit(tx, {
      actorUserId: viewer.kind === 'user' ? viewer.userId : null,
      actor: actorLabel(viewer),
      action: 'ändrade inställningar',
      details,
    });
  });
}
