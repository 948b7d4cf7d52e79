import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { listAuditEvents } from '@/lib/data/audit-log';
import { getEffectReport } from '@/lib/data/effect-report';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import { exportPriorityTable } from '@/lib/data/exports/priority-table';
import { getInstallationSettings, getSiteBranding, minGroupSize, retentionMonths, updateInstallationSettings } from '@/lib/data/settings';
import { getSteeringView } from '@/lib/data/steering';
import { env } from '@/lib/env';
import { checkLogoDataUrl, LOGO_MAX_BYTES, logoFromBytes } from '@/lib/validation/logo';
import { minGroupSizeSchema, retentionSchema } from '@/lib/validation/settings';
import { snapshot } from '../support/db-snapshot';
import { csv, importCsv } from '../support/csv-import';
import { runCli } from '../support/run-cli';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

/** A 1×1 PNG. */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';
const PNG_URL = `data:image/png;base64,${PNG}`;
const SVG = '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>';

/** The group of four: a unit of its own (no parent, no siblings to derive it from) with four answers. */
const UNIT = 'FYRA';
const EFFECT = { round: 'KART-2026', unit: UNIT, question: 'strengthened' };

describe.each(TEST_DRIVERS)('installation settings on $name', (driver) => {
  let handle: DbHandle;
  let admin: Viewer;
  let hr: Viewer;
  const refused: Record<string, Viewer> = {};

  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  const settingsRows = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from installation_settings`))[0]?.n;

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    admin = await asUser('sara.lind@exempelby.example');
    hr = await asUser('johan.ek@exempelby.example');
    refused.hr = hr;
    refused.chef = await asUser('karin.olofsson@exempelby.example');
    refused.staff = await asUser('mariam.jaber@exempelby.example');
    refused.steering = await asUser('eva.styrman@exempelby.example');
    refused.anonymous = { kind: 'anonymous' };
    const people = [1, 2, 3, 4].map((i) => [`F${i}`, `Fyra Person ${i}`, UNIT, 'USK']);
    const imported = await importCsv({
      'units.csv': csv('code,name,parent_code,kind', [[UNIT, 'Fyrans enhet', null, 'enhet']]),
      'people.csv': csv('employee_id,name,unit_code,role_code', people),
      'effect_responses.csv': csv('round_code,employee_id,question_code,value', [4, 5, 3, 4].map((v, i) => ['KART-2026', `F${i + 1}`, 'strengthened', v])),
    });
    expect(imported.rejected).toEqual([]);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('starts with k from the environment and nothing else set', async () => {
    expect(await getInstallationSettings(admin)).toEqual({
      organisationName: null,
      logoDataUrl: null,
      minGroupSize: { value: env().MIN_GROUP_SIZE, saved: null, environment: env().MIN_GROUP_SIZE },
      retentionMonths: null,
      updatedAt: null,
      updatedBy: null,
    });
    expect(await minGroupSize(handle.db)).toBe(env().MIN_GROUP_SIZE);
    expect(await retentionMonths(handle.db)).toBeNull();
    expect(await getSiteBranding({ kind: 'anonymous' })).toEqual({ organisationName: null, logoDataUrl: null });
  });

  it('a change of k applies at once to the effect report, the command line, the steering page and exports', async () => {
    // k = 5 (the environment's): the group of four is withheld.
    expect(env().MIN_GROUP_SIZE).toBe(5);
    expect(await getEffectReport(hr, EFFECT)).toMatchObject({ k: 5, suppressed: true, n: null, mean: null });

    await updateInstallationSettings(admin, { minGroupSize: 3 });
    expect(await getEffectReport(hr, EFFECT)).toEqual({ ...EFFECT, k: 3, suppressed: false, n: 4, mean: 4, shareAgree: 0.75, distribution: [0, 0, 1, 2, 1] });
    const cli = await runCli(['report', 'effect', '--round', 'KART-2026', '--unit', UNIT, '--question', 'strengthened', '--json']);
    expect(cli.code, cli.stderr).toBe(0);
    expect(JSON.parse(cli.stdout)).toMatchObject({ k: 3, suppressed: false, n: 4 });
    expect((await getSteeringView(hr, { project: 'ESF-STARK' })).k).toBe(3);
    const file = await exportPriorityTable(hr, { unit: 'EXB', round: 'KART-2026' }, 'csv');
    expect(String(file.body)).toContain('Effektmått för grupper med färre än 3 svar visas aldrig.');

    // k = 5 saved: withheld again.
    await updateInstallationSettings(admin, { minGroupSize: 5 });
    expect(await getEffectReport(hr, EFFECT)).toMatchObject({ k: 5, suppressed: true, n: null, distribution: null });
    // Cleared: the environment's value again.
    await updateInstallationSettings(admin, { minGroupSize: 3 });
    await updateInstallationSettings(admin, { minGroupSize: null });
    expect((await getInstallationSettings(admin)).minGroupSize).toEqual({ value: 5, saved: null, environment: 5 });
    expect(await getEffectReport(hr, EFFECT)).toMatchObject({ k: 5, suppressed: true });
  });

  it('refuses k below 3 with a plain Swedish message, in the form, in lib/data and in the database', async () => {
    const parsed = minGroupSizeSchema.safeParse({ minGroupSize: '2' });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toMatch(/kan inte vara lägre än 3/);
    expect(minGroupSizeSchema.safeParse({ minGroupSize: '3,5' }).success).toBe(false);
    const before = await snapshot(handle.db);
    const rows = await settingsRows();
    for (const k of [2, 0, -1, 3.5]) await expect(updateInstallationSettings(admin, { minGroupSize: k })).rejects.toThrow(InvalidInputError);
    expect(await snapshot(handle.db)).toEqual(before);
    expect(await settingsRows()).toBe(rows);
    await expect(handle.db.execute(sql`insert into installation_settings (id, min_group_size) values (1, 2) on conflict (id) do update set min_group_size = 2`)).rejects.toThrow();
    expect(await minGroupSize(handle.db)).toBe(5);
  });

  it('stores the organisation’s name and logo and shows them to anyone (name and logo only)', async () => {
    await updateInstallationSettings(admin, { organisationName: 'Exempelby kommun', logoDataUrl: PNG_URL });
    expect(await getSiteBranding({ kind: 'anonymous' })).toEqual({ organisationName: 'Exempelby kommun', logoDataUrl: PNG_URL });
    const s = await getInstallationSettings(admin);
    expect(s).toMatchObject({ organisationName: 'Exempelby kommun', logoDataUrl: PNG_URL, updatedBy: 'sara.lind@exempelby.example' });
    // Stamped by the database when saved: within the last minute of the database's own clock
    // (PostgreSQL runs outside the tests' process, so a moved system clock does not reach it).
    const [dbNow] = await queryRows<{ at: string }>(handle.db, sql`select now()::text as at`);
    expect(new Date(dbNow?.at ?? '').getTime() - new Date(s.updatedAt ?? '').getTime()).toBeLessThan(60_000);
    const [audit] = await listAuditEvents(admin, { limit: 1 });
    expect(audit).toMatchObject({
      action: 'ändrade inställningar',
      details: { organisationNameBefore: null, organisationNameAfter: 'Exempelby kommun', logoDataUrlBefore: null, logoDataUrlAfter: 'bild' },
    });
    // Removing the logo keeps the name.
    await updateInstallationSettings(admin, { logoDataUrl: null });
    expect(await getSiteBranding({ kind: 'anonymous' })).toEqual({ organisationName: 'Exempelby kommun', logoDataUrl: null });
  });

  it('accepts PNG and JPEG up to 200 kB by their content and refuses SVG, other files and larger images', async () => {
    const bytes = Uint8Array.from(atob(PNG), (c) => c.charCodeAt(0));
    expect(logoFromBytes(bytes)).toEqual({ ok: true, dataUrl: PNG_URL, bytes: bytes.length });
    const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]);
    expect(logoFromBytes(jpeg)).toMatchObject({ ok: true, dataUrl: expect.stringMatching(/^data:image\/jpeg;base64,/) });
    expect(logoFromBytes(new TextEncoder().encode(SVG))).toMatchObject({ ok: false, message: expect.stringMatching(/SVG-bilder går inte att använda/) });
    expect(logoFromBytes(new TextEncoder().encode('GIF89a...'))).toMatchObject({ ok: false, message: expect.stringMatching(/ingen PNG- eller JPEG-bild/) });
    const big = new Uint8Array(LOGO_MAX_BYTES + 1);
    big.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(logoFromBytes(big)).toMatchObject({ ok: false, message: expect.stringMatching(/högst 200 kB/) });
    // A data URL that claims PNG but holds SVG, or is SVG outright, is refused by lib/data too.
    expect(checkLogoDataUrl(`data:image/png;base64,${btoa(SVG)}`).ok).toBe(false);
    const before = await snapshot(handle.db);
    const branding = await getSiteBranding({ kind: 'anonymous' });
    await expect(updateInstallationSettings(admin, { logoDataUrl: `data:image/svg+xml;base64,${btoa(SVG)}` })).rejects.toThrow(InvalidInputError);
    await expect(updateInstallationSettings(admin, { logoDataUrl: `data:image/png;base64,${btoa(SVG)}` })).rejects.toThrow(InvalidInputError);
    expect(await getSiteBranding({ kind: 'anonymous' })).toEqual(branding);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('stores the retention time in months (1 or more) for the automatic pseudonymisation', async () => {
    expect(retentionSchema.parse({ retentionMonths: '24' })).toEqual({ retentionMonths: 24 });
    expect(retentionSchema.parse({ retentionMonths: '' })).toEqual({ retentionMonths: null });
    expect(retentionSchema.safeParse({ retentionMonths: '0' }).success).toBe(false);
    await updateInstallationSettings(admin, { retentionMonths: 24 });
    expect(await retentionMonths(handle.db)).toBe(24);
    await expect(updateInstallationSettings(admin, { retentionMonths: 0 })).rejects.toThrow(InvalidInputError);
    expect((await getInstallationSettings(admin)).retentionMonths).toBe(24);
  });

  it('lets only administrators read or change the settings', async () => {
    const before = await getInstallationSettings(admin);
    const wrong: string[] = [];
    for (const [persona, viewer] of Object.entries(refused)) {
      for (const [name, call] of [
        ['read', () => getInstallationSettings(viewer)],
        ['k', () => updateInstallationSettings(viewer, { minGroupSize: 3 })],
        ['name', () => updateInstallationSettings(viewer, { organisationName: 'Kapat' })],
      ] as const) {
        const outcome = await call().then(() => 'ok', (e: unknown) => (e instanceof NotFoundError ? 'not-found' : String(e)));
        if (outcome !== 'not-found') wrong.push(`${persona} ${name}: ${outcome}`);
      }
      // The header's name and logo are for everyone.
      expect(await getSiteBranding(viewer)).toEqual({ organisationName: before.organisationName, logoDataUrl: before.logoDataUrl });
    }
    expect(wrong).toEqual([]);
    expect(await getInstallationSettings(admin)).toEqual(before);
  });
});
