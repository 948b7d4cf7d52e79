import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import type { Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { listAuditEvents } from '@/lib/data/audit-log';
import { InvalidInputError, NotFoundError } from '@/lib/data/errors';
import {
  copyFramework,
  createRequirement,
  getFrameworkEditor,
  getRequirementEditor,
  listFrameworkChanges,
  listFrameworks,
  setRequirementTranslation,
  setRoleRequirements,
  updateRequirement,
} from '@/lib/data/frameworks-admin';
import { getSurvey } from '@/lib/data/survey';
import { roleRequirementsInput, roleRequirementsSchema } from '@/lib/validation/frameworks';
import type { GapRow } from '@/lib/domain/gap-figures';
import { snapshot } from '../support/db-snapshot';
import { csv, importCsv } from '../support/csv-import';
import { runCli } from '../support/run-cli';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';

const ROUND = 'KART-2026';
const FRAMEWORK = 'Exempelby yrkeskrav';

/** The gap rows the command line prints for the whole organisation, by role and requirement. */
async function cliGaps(): Promise<GapRow[]> {
  const r = await runCli(['report', 'gaps', '--round', ROUND, '--unit', 'EXB', '--by', 'role-requirement', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { rows: GapRow[] }).rows;
}

async function cliPriorities(): Promise<Array<{ requirement: string; priority: number }>> {
  const r = await runCli(['report', 'priorities', '--round', ROUND, '--unit', 'EXB', '--json']);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { rows: Array<{ requirement: string; priority: number }> }).rows;
}

describe.each(TEST_DRIVERS)('frameworks and role requirements on $name', (driver) => {
  let handle: DbHandle;
  let hr: Viewer;
  let admin: Viewer;
  let mariam: Viewer;
  const refused: Record<string, Viewer> = {};
  let frameworkId: number;
  /** Mariam's role, and a requirement of it with a required level below 4 and people assessed on it. */
  let role: string;
  let requirement: string;
  let level: number;
  let weight: number;

  const asUser = async (email: string) => viewerFromSubject(handle.db, `u:${(await userByEmail(handle.db, email))?.id}`);
  const levelsOf = async (roleCode: string) => (await getFrameworkEditor(hr, { framework: frameworkId, role: roleCode })).levels;
  /** Every row of the role's table as the form sends it, with `change` applied to one requirement. */
  const tableRows = async (roleCode: string, change: Record<string, { level: number | null; weight?: number }> = {}) =>
    (await levelsOf(roleCode)).map((r) => ({
      requirement: r.requirement,
      level: r.requirement in change ? (change[r.requirement]?.level ?? null) : r.requiredLevel,
      weight: change[r.requirement]?.weight ?? r.weight ?? 1,
    }));

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    hr = await asUser('johan.ek@exempelby.example');
    admin = await asUser('sara.lind@exempelby.example');
    mariam = await asUser('mariam.jaber@exempelby.example');
    refused.chef = await asUser('karin.olofsson@exempelby.example');
    refused.staff = mariam;
    refused.steering = await asUser('eva.styrman@exempelby.example');
    refused.anonymous = { kind: 'anonymous' };
    frameworkId = (await listFrameworks(hr)).frameworks.find((f) => f.name === FRAMEWORK)?.id ?? 0;
    const [r] = await queryRows<{ code: string }>(handle.db, sql`
      select r.code from people p join roles r on r.id = p.role_id where p.employee_id = 'D10144'`);
    role = r?.code ?? '';
    const row = (await cliGaps()).find((g) => g.role === role && (g.assessed ?? 0) > 20 && (g.meetsShare ?? 0) > 0.2);
    requirement = row?.requirement ?? '';
    const current = (await levelsOf(role)).find((l) => l.requirement === requirement);
    level = current?.requiredLevel ?? 0;
    weight = current?.weight ?? 0;
    // A round open until 2099 with Mariam invited, so her survey is open whatever today's date.
    const imported = await importCsv({
      'rounds.csv': csv('code,name,opens_on,closes_on', [['RAM-OPEN', 'Öppen omgång', '2026-01-01', '2099-12-31']]),
      'invitations.csv': csv('round_code,employee_id', [['RAM-OPEN', 'D10144']]),
    });
    expect(imported.rejected).toEqual([]);
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists the demo framework with its requirements and the roles that need them', async () => {
    const list = await listFrameworks(admin);
    expect(list.withoutFramework).toBe(0);
    const demo = list.frameworks.find((f) => f.name === FRAMEWORK);
    const [counts] = await queryRows<{ requirements: number; roles: number }>(handle.db, sql`
      select (select count(*)::int from requirements) as requirements, (select count(distinct role_id)::int from role_requirements) as roles`);
    expect(demo).toEqual({ id: frameworkId, name: FRAMEWORK, requirements: counts?.requirements, roles: counts?.roles });
    expect(role).not.toBe('');
    expect(requirement).not.toBe('');
    expect(level).toBeGreaterThanOrEqual(1);
    expect(level).toBeLessThan(4);
  });

  it('raising a required level raises the gap volume the command line reports, by one step per assessed person who no longer meets it', async () => {
    const before = (await cliGaps()).find((g) => g.role === role && g.requirement === requirement) as GapRow;
    const result = await setRoleRequirements(hr, { framework: frameworkId, role, rows: await tableRows(role, { [requirement]: { level: level + 1 } }), confirmRemoval: false });
    expect(result).toEqual({ changed: 1 });
    const after = (await cliGaps()).find((g) => g.role === role && g.requirement === requirement) as GapRow;
    expect(after.expected).toBe(before.expected);
    expect(after.assessed).toBe(before.assessed);
    // Everyone at or below the old level is now one step further away; meetsShare after = those above it.
    const assessedAfter = after.assessed ?? NaN;
    const notMeetingNow = assessedAfter - Math.round((after.meetsShare ?? 0) * assessedAfter);
    expect((after.gapVolume ?? NaN) - (before.gapVolume ?? NaN)).toBe(notMeetingNow);
    expect(after.gapVolume).toBeGreaterThan(before.gapVolume ?? NaN);
    expect(after.meetsShare ?? 1).toBeLessThan(before.meetsShare ?? 0);
    // The role's table shows the new level.
    expect((await levelsOf(role)).find((l) => l.requirement === requirement)?.requiredLevel).toBe(level + 1);
  });

  it('writes the change to the history with the values before and after, and to the audit log', async () => {
    const [latest] = await listFrameworkChanges(hr, { framework: frameworkId });
    expect(latest).toMatchObject({
      entity: 'role_requirement',
      actor: 'johan.ek@exempelby.example',
      framework: FRAMEWORK,
      requirement,
      role: { code: role },
      changes: [{ field: 'requiredLevel', from: level, to: level + 1 }],
    });
    expect(latest?.role?.name).toMatch(/\S/);
    const [row] = await queryRows<{ key: string; before: unknown; after: unknown }>(handle.db, sql`
      select entity_key as key, before, after from framework_changes order by id desc limit 1`);
    const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v);
    expect(row?.key).toBe(`${role}/${requirement}`);
    expect(parse(row?.before)).toEqual({ framework: FRAMEWORK, role, requirement, requiredLevel: level, weight });
    expect(parse(row?.after)).toEqual({ framework: FRAMEWORK, role, requirement, requiredLevel: level + 1, weight });
    const [audit] = await listAuditEvents(admin, { limit: 1 });
    expect(audit).toMatchObject({ actor: 'johan.ek@exempelby.example', action: 'ändrade kravnivåer', details: { framework: FRAMEWORK, jobRole: role, changed: 1, removed: 0 } });
  });

  it('saving the table unchanged changes nothing and writes no history', async () => {
    const count = async () => (await queryRows<{ n: number }>(handle.db, sql`select count(*)::int as n from framework_changes`))[0]?.n;
    const n = await count();
    expect(await setRoleRequirements(hr, { framework: frameworkId, role, rows: await tableRows(role), confirmRemoval: false })).toEqual({ changed: 0 });
    expect(await count()).toBe(n);
  });

  it('a weight changes the training priority the command line reports by the weight difference × the role’s gap volume', async () => {
    const gap = (await cliGaps()).find((g) => g.role === role && g.requirement === requirement) as GapRow;
    const before = (await cliPriorities()).find((p) => p.requirement === requirement)?.priority ?? NaN;
    const newWeight = weight === 3 ? 1 : weight + 1;
    await setRoleRequirements(admin, { framework: frameworkId, role, rows: await tableRows(role, { [requirement]: { level: level + 1, weight: newWeight } }), confirmRemoval: false });
    const after = (await cliPriorities()).find((p) => p.requirement === requirement)?.priority ?? NaN;
    expect(after - before).toBe((newWeight - weight) * (gap.gapVolume ?? NaN));
    // Back to the demo's values: the gap figures are the original ones again.
    await setRoleRequirements(admin, { framework: frameworkId, role, rows: await tableRows(role, { [requirement]: { level, weight } }), confirmRemoval: false });
    const [latest] = await listFrameworkChanges(hr, { requirement, limit: 1 });
    expect(latest?.changes).toEqual([
      { field: 'requiredLevel', from: level + 1, to: level },
      { field: 'weight', from: newWeight, to: weight },
    ]);
  });

  it('takes a requirement away from a role only when the removal is confirmed, and gives it back', async () => {
    const rows = await tableRows(role, { [requirement]: { level: null } });
    const untouched = await snapshot(handle.db);
    await expect(setRoleRequirements(hr, { framework: frameworkId, role, rows, confirmRemoval: false })).rejects.toThrow(/Kryssa i rutan/);
    expect(await snapshot(handle.db)).toEqual(untouched);

    expect(await setRoleRequirements(hr, { framework: frameworkId, role, rows, confirmRemoval: true })).toEqual({ changed: 1 });
    expect((await cliGaps()).some((g) => g.role === role && g.requirement === requirement)).toBe(false);
    const survey = await getSurvey(mariam, {});
    expect(survey.steps.flatMap((s) => s.requirements.map((r) => r.code))).not.toContain(requirement);
    const [removal] = await listFrameworkChanges(hr, { requirement, limit: 1 });
    expect(removal?.changes).toEqual([
      { field: 'requiredLevel', from: level, to: null },
      { field: 'weight', from: weight, to: null },
    ]);

    await setRoleRequirements(hr, { framework: frameworkId, role, rows: await tableRows(role, { [requirement]: { level, weight } }), confirmRemoval: false });
    expect((await cliGaps()).some((g) => g.role === role && g.requirement === requirement)).toBe(true);
  });

  it('refuses a level outside 1–4, a weight outside 1–3, and a requirement of another framework, changing nothing', async () => {
    const before = await snapshot(handle.db);
    const base = await tableRows(role);
    const one = (change: Partial<(typeof base)[number]>) => base.map((r) => (r.requirement === requirement ? { ...r, ...change } : r));
    await expect(setRoleRequirements(hr, { framework: frameworkId, role, rows: one({ level: 5 }), confirmRemoval: false })).rejects.toThrow(InvalidInputError);
    await expect(setRoleRequirements(hr, { framework: frameworkId, role, rows: one({ level: 0 }), confirmRemoval: false })).rejects.toThrow(InvalidInputError);
    await expect(setRoleRequirements(hr, { framework: frameworkId, role, rows: one({ weight: 4 }), confirmRemoval: false })).rejects.toThrow(InvalidInputError);
    await expect(setRoleRequirements(hr, { framework: frameworkId, role, rows: one({ requirement: 'FINNS-INTE' }), confirmRemoval: false })).rejects.toThrow(/finns inte i ramverket/);
    await expect(setRoleRequirements(hr, { framework: frameworkId, role: 'NOPE', rows: base, confirmRemoval: false })).rejects.toThrow(NotFoundError);
    await expect(setRoleRequirements(hr, { framework: 999_999, role, rows: base, confirmRemoval: false })).rejects.toThrow(NotFoundError);
    expect(await snapshot(handle.db)).toEqual(before);

    // The form's fields go through the same schema: a level 5 never reaches lib/data.
    const form: Array<[string, string]> = [['framework', String(frameworkId)], ['role', role], ['requirement.0', requirement], ['level.0', '5'], ['weight.0', '1']];
    expect(roleRequirementsSchema.safeParse(roleRequirementsInput(form)).success).toBe(false);
    const ok = roleRequirementsSchema.parse(roleRequirementsInput([...form.slice(0, 3), ['level.0', 'none'], ['weight.0', '2']]));
    expect(ok.rows).toEqual([{ requirement, level: null, weight: 2 }]);
  });

  it('renames a requirement and translates it: staff see the new texts in their survey, in Swedish and in English', async () => {
    const editor = await getRequirementEditor(hr, { code: requirement });
    expect(editor.framework).toEqual({ id: frameworkId, name: FRAMEWORK });
    expect(editor.translations.map((t) => [t.language, t.dir])).toEqual([['sv-lattlast', 'ltr'], ['en', 'ltr'], ['ar', 'rtl']]);
    expect(editor.roles.find((r) => r.code === role)).toMatchObject({ requiredLevel: level, weight });
    const oldName = editor.requirement.name;
    const oldEnglish = editor.translations.find((t) => t.language === 'en');

    expect(await updateRequirement(hr, { ...editor.requirement, name: `${oldName} i vardagen` })).toBe(true);
    const shown = (s: Awaited<ReturnType<typeof getSurvey>>) => s.steps.flatMap((x) => x.requirements).find((r) => r.code === requirement)?.name;
    expect(shown(await getSurvey(mariam, { language: 'sv' }))).toBe(`${oldName} i vardagen`);

    await setRequirementTranslation(admin, { code: requirement, language: 'en', name: 'Everyday practice', description: oldEnglish?.description ?? null });
    expect(shown(await getSurvey(mariam, { language: 'en' }))).toBe('Everyday practice');
    const [change] = await listFrameworkChanges(admin, { requirement, limit: 1 });
    expect(change).toMatchObject({ entity: 'translation', language: 'en', field: 'name', changes: [{ field: 'text', from: oldEnglish?.name, to: 'Everyday practice' }] });

    // An empty translation is removed: the survey shows the Swedish name again.
    expect(await setRequirementTranslation(admin, { code: requirement, language: 'en', name: null, description: oldEnglish?.description ?? null })).toEqual({ changed: 1 });
    expect(shown(await getSurvey(mariam, { language: 'en' }))).toBe(`${oldName} i vardagen`);

    const [renamed] = (await listFrameworkChanges(hr, { requirement })).filter((c) => c.entity === 'requirement');
    expect(renamed?.changes).toEqual([{ field: 'name', from: oldName, to: `${oldName} i vardagen` }]);
    await expect(setRequirementTranslation(admin, { code: requirement, language: 'sv', name: 'x', description: null })).rejects.toThrow(InvalidInputError);
    await expect(updateRequirement(hr, { ...editor.requirement, code: 'FINNS-INTE' })).rejects.toThrow(NotFoundError);
  });

  it('adds a requirement to the framework, refusing a code that exists', async () => {
    await createRequirement(hr, { framework: frameworkId, code: 'NY-1', name: 'Nytt krav', area: 'Kontakt och samspel', description: null });
    expect((await getFrameworkEditor(hr, { framework: frameworkId })).requirements.find((r) => r.code === 'NY-1')).toEqual({ code: 'NY-1', name: 'Nytt krav', area: 'Kontakt och samspel', description: null });
    await expect(createRequirement(hr, { framework: frameworkId, code: 'NY-1', name: 'Igen', area: null, description: null })).rejects.toThrow(/finns redan/);
    const [added] = await listFrameworkChanges(hr, { requirement: 'NY-1' });
    expect(added?.changes).toEqual([
      { field: 'name', from: null, to: 'Nytt krav' },
      { field: 'area', from: null, to: 'Kontakt och samspel' },
    ]);
  });

  it('lets only HR and administrators read or change frameworks', async () => {
    const calls: Array<[string, (v: Viewer) => Promise<unknown>]> = [
      ['list', (v) => listFrameworks(v)],
      ['editor', (v) => getFrameworkEditor(v, { framework: frameworkId })],
      ['requirement', (v) => getRequirementEditor(v, { code: requirement })],
      ['history', (v) => listFrameworkChanges(v)],
      ['set levels', async (v) => setRoleRequirements(v, { framework: frameworkId, role, rows: await tableRows(role, { [requirement]: { level: 4 } }), confirmRemoval: false })],
      ['rename', (v) => updateRequirement(v, { code: requirement, name: 'Kapat', area: null, description: null })],
      ['translate', (v) => setRequirementTranslation(v, { code: requirement, language: 'en', name: 'Hijacked', description: null })],
      ['add', (v) => createRequirement(v, { framework: frameworkId, code: 'KAPAT', name: 'Kapat', area: null, description: null })],
      ['copy', (v) => copyFramework(v, { framework: frameworkId, name: 'Kapat', prefix: 'KAPAT', copyRoleRequirements: true })],
    ];
    const before = await snapshot(handle.db);
    const wrong: string[] = [];
    for (const [persona, viewer] of Object.entries(refused)) {
      for (const [name, call] of calls) {
        const outcome = await call(viewer).then(() => 'ok', (e: unknown) => (e instanceof NotFoundError ? 'not-found' : String(e)));
        if (outcome !== 'not-found') wrong.push(`${persona} ${name}: ${outcome}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await snapshot(handle.db)).toEqual(before);
  });

  it('copies a framework under new codes: equal requirements, levels, weights and translations, in one go', async () => {
    const source = await getFrameworkEditor(hr, { framework: frameworkId });
    const copied = await copyFramework(hr, { framework: frameworkId, name: 'Exempelby yrkeskrav 2027', prefix: 'Y27', copyRoleRequirements: true });
    expect(copied.requirements).toBe(source.requirements.length);
    const copy = await getFrameworkEditor(hr, { framework: copied.id });
    expect(copy.framework.name).toBe('Exempelby yrkeskrav 2027');
    expect(copy.requirements).toEqual(source.requirements.map((r) => ({ ...r, code: `Y27-${r.code}` })));

    const levels = async (id: number, prefix: string) =>
      (await queryRows<{ role: string; requirement: string; level: number; weight: number }>(handle.db, sql`
        select r.code as role, substr(q.code, ${prefix.length + 1}) as requirement, rr.required_level::int as level, rr.weight::int as weight
        from role_requirements rr join roles r on r.id = rr.role_id join requirements q on q.id = rr.requirement_id
        where q.framework_id = ${id} order by 1, 2`));
    const original = await levels(frameworkId, '');
    expect(original.length).toBeGreaterThan(20);
    expect(await levels(copied.id, 'Y27-')).toEqual(original);
    expect(copied.roleRequirements).toBe(original.length);

    const texts = async (prefix: string) =>
      (await queryRows<{ code: string; field: string; language: string; text: string }>(handle.db, sql`
        select substr(t.code, ${prefix.length + 1}) as code, t.field, t.language, t.text from translations t
        join requirements q on q.code = t.code and t.kind = 'requirement' join frameworks f on f.id = q.framework_id
        where f.name = ${prefix ? 'Exempelby yrkeskrav 2027' : FRAMEWORK} order by 1, 2, 3`));
    const originalTexts = await texts('');
    expect(originalTexts.length).toBeGreaterThan(0);
    expect(await texts('Y27-')).toEqual(originalTexts);

    const [history] = await listFrameworkChanges(hr, { limit: 1 });
    expect(history).toMatchObject({ entity: 'framework', framework: 'Exempelby yrkeskrav 2027' });
    expect(history?.changes).toEqual(expect.arrayContaining([{ field: 'copiedFrom', from: null, to: FRAMEWORK }]));
  });

  it('refuses a copy whose name or any new code exists, changing nothing; without levels the roles get none', async () => {
    const before = await snapshot(handle.db);
    await expect(copyFramework(hr, { framework: frameworkId, name: 'Ett annat namn', prefix: 'Y27', copyRoleRequirements: true })).rejects.toThrow(/finns redan.*annat prefix/);
    await expect(copyFramework(hr, { framework: frameworkId, name: 'Exempelby yrkeskrav 2027', prefix: 'Y28', copyRoleRequirements: true })).rejects.toThrow(/finns redan ett ramverk/);
    expect(await snapshot(handle.db)).toEqual(before);

    const draft = await copyFramework(admin, { framework: frameworkId, name: 'Utkast', prefix: 'UTK', copyRoleRequirements: false });
    expect(draft.roleRequirements).toBe(0);
    expect((await getFrameworkEditor(hr, { framework: draft.id })).roles.every((r) => r.requirements === 0)).toBe(true);
  });
});
