import 'server-only';
import { getDb, type DbOrTx } from '@/db/client';
import {
  existingRequirementCodes,
  frameworkById,
  frameworkByName,
  frameworkChangeList,
  frameworkRequirements,
  frameworkRoleRequirements,
  frameworkSummaries,
  requirementAreas,
  requirementByCode,
  requirementTranslations,
  requirementsWithoutFramework,
  roleRecords,
  roleRequirementsForUpdate,
  type FrameworkSummary,
  type RequirementRecord,
} from '@/db/queries/frameworks';
import { writeAudit } from '@/db/writes/audit';
import {
  copyFrameworkRows,
  deleteRequirementTranslation,
  deleteRoleRequirement,
  insertFramework,
  insertFrameworkChange,
  insertRequirement,
  updateRequirementTexts,
  upsertRequirementTranslation,
  upsertRoleRequirement,
} from '@/db/writes/frameworks';
import { MAX_LEVEL, MAX_WEIGHT, MIN_REQUIRED_LEVEL, MIN_WEIGHT } from '@/lib/domain/enums';
import { fieldChanges, type FieldChange } from '@/lib/domain/framework-changes';
import { directionOf, ORIGINAL_LANGUAGE, SURVEY_LANGUAGES } from '@/lib/domain/languages';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { requireHrOrAdmin } from './authorise';
import { InvalidInputError, NotFoundError } from './errors';

// Frameworks, requirements, the roles' required levels and weights, and translations: edited by
// HR and administrators. Every change writes a history row (framework_changes, values before and
// after) and an audit entry in the same transaction as the change itself.

const TRANSLATED_FIELDS = ['name', 'description'] as const;

export interface FrameworkList {
  frameworks: FrameworkSummary[];
  /** Requirements imported without a framework: not editable here. */
  withoutFramework: number;
}

export async function listFrameworks(viewer: Viewer): Promise<FrameworkList> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  const [frameworks, withoutFramework] = await Promise.all([frameworkSummaries(db), requirementsWithoutFramework(db)]);
  return { frameworks, withoutFramework };
}

async function requireFramework(db: DbOrTx, id: number): Promise<{ id: number; name: string }> {
  const framework = Number.isSafeInteger(id) && id > 0 ? await frameworkById(db, id) : undefined;
  if (!framework) throw new NotFoundError('Ramverket', String(id));
  return framework;
}

export interface RequirementTexts {
  code: string;
  name: string;
  area: string | null;
  description: string | null;
}

export interface FrameworkEditor {
  framework: { id: number; name: string };
  requirements: RequirementTexts[];
  /** Every role, with how many of this framework's requirements it has. */
  roles: Array<{ code: string; name: string; requirements: number }>;
  /** The role whose levels are shown; null when there are no roles. */
  role: { code: string; name: string } | null;
  /** One row per requirement of the framework (in code order) for that role; level null = not required. */
  levels: Array<{ requirement: string; requiredLevel: number | null; weight: number | null }>;
  areas: string[];
}

/**
 * A framework's requirements, and the required levels and weights of one role (`role`, or the
 * first role that has any of its requirements). An unknown role is not found.
 */
export async function getFrameworkEditor(viewer: Viewer, args: { framework: number; role?: string | null }): Promise<FrameworkEditor> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  const framework = await requireFramework(db, args.framework);
  const [requirements, roleRequirements, roles, areas] = await Promise.all([
    frameworkRequirements(db, framework.id),
    frameworkRoleRequirements(db, framework.id),
    roleRecords(db),
    requirementAreas(db),
  ]);
  const countOf = new Map<string, number>();
  for (const rr of roleRequirements) countOf.set(rr.role, (countOf.get(rr.role) ?? 0) + 1);
  const role = args.role ? roles.find((r) => r.code === args.role) : (roles.find((r) => countOf.has(r.code)) ?? roles[0]);
  if (args.role && !role) throw new NotFoundError('Yrkesrollen', args.role);
  const ofRole = new Map(roleRequirements.filter((rr) => rr.role === role?.code).map((rr) => [rr.requirement, rr]));
  return {
    framework,
    requirements: requirements.map(texts),
    roles: roles.map((r) => ({ code: r.code, name: r.name, requirements: countOf.get(r.code) ?? 0 })),
    role: role ? { code: role.code, name: role.name } : null,
    levels: requirements.map((q) => ({
      requirement: q.code,
      requiredLevel: ofRole.get(q.code)?.requiredLevel ?? null,
      weight: ofRole.get(q.code)?.weight ?? null,
    })),
    areas,
  };
}

function texts(q: RequirementRecord): RequirementTexts {
  return { code: q.code, name: q.name, area: q.area, description: q.description };
}

export interface RequirementEditor {
  requirement: RequirementTexts;
  framework: { id: number; name: string } | null;
  /** The languages offered (lättläst svenska, English, Arabic and any other already stored), with their texts. */
  translations: Array<{ language: string; label: string; htmlLang: string; dir: 'ltr' | 'rtl'; name: string | null; description: string | null }>;
  roles: Array<{ code: string; name: string; requiredLevel: number; weight: number }>;
  areas: string[];
}

export async function getRequirementEditor(viewer: Viewer, args: { code: string }): Promise<RequirementEditor> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  const requirement = await requirementByCode(db, args.code);
  if (!requirement) throw new NotFoundError('Kravet', args.code);
  const [translations, roles, areas, roleRequirements] = await Promise.all([
    requirementTranslations(db, [requirement.code]),
    roleRecords(db),
    requirementAreas(db),
    requirement.frameworkId === null ? Promise.resolve([]) : frameworkRoleRequirements(db, requirement.frameworkId),
  ]);
  const offered = SURVEY_LANGUAGES.filter((l) => l.code !== ORIGINAL_LANGUAGE).map((l) => ({ code: l.code, label: l.label, htmlLang: l.htmlLang }));
  for (const t of translations) {
    if (!offered.some((l) => l.code === t.language)) offered.push({ code: t.language, label: t.language, htmlLang: t.language });
  }
  const text = (language: string, field: string) => translations.find((t) => t.language === language && t.field === field)?.text ?? null;
  const roleName = new Map(roles.map((r) => [r.code, r.name]));
  return {
    requirement: texts(requirement),
    framework: requirement.frameworkId !== null && requirement.framework !== null ? { id: requirement.frameworkId, name: requirement.framework } : null,
    translations: offered.map((l) => ({
      language: l.code,
      label: l.label,
      htmlLang: l.htmlLang,
      dir: directionOf(l.code),
      name: text(l.code, 'name'),
      description: text(l.code, 'description'),
    })),
    roles: roleRequirements
      .filter((rr) => rr.requirement === requirement.code)
      .map((rr) => ({ code: rr.role, name: roleName.get(rr.role) ?? rr.role, requiredLevel: rr.requiredLevel, weight: rr.weight }))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
    areas,
  };
}

export interface FrameworkChange {
  id: number;
  at: string;
  actor: string;
  entity: 'requirement' | 'role_requirement' | 'translation' | 'framework';
  framework: string | null;
  requirement: string | null;
  role: { code: string; name: string } | null;
  /** For translations: the language and which text (name or description). */
  language: string | null;
  field: string | null;
  /** Each changed value, from → to (null = none). */
  changes: FieldChange[];
}

function storedObject(value: unknown): Record<string, unknown> | null {
  const parsed = typeof value === 'string' ? (JSON.parse(value) as unknown) : value;
  return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
}

const asText = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** The history, newest first: of one framework, one requirement, or everything. */
export async function listFrameworkChanges(viewer: Viewer, args: { framework?: number; requirement?: string; limit?: number } = {}): Promise<FrameworkChange[]> {
  requireHrOrAdmin(viewer);
  const db = await getDb();
  const framework = args.framework !== undefined ? await requireFramework(db, args.framework) : undefined;
  const limit = Math.min(Math.max(args.limit ?? 50, 1), 500);
  const [rows, roles] = await Promise.all([
    frameworkChangeList(db, { framework: framework?.name, requirement: args.requirement, limit }),
    roleRecords(db),
  ]);
  const roleName = new Map(roles.map((r) => [r.code, r.name]));
  return rows.map((row) => {
    const before = storedObject(row.before);
    const after = storedObject(row.after);
    const named = (key: string) => asText(after?.[key]) ?? asText(before?.[key]);
    const role = named('role');
    return {
      id: row.id,
      at: row.at,
      actor: row.actor,
      entity: row.entity as FrameworkChange['entity'],
      framework: named('framework'),
      requirement: named('requirement'),
      role: role ? { code: role, name: roleName.get(role) ?? role } : null,
      language: named('language'),
      field: named('field'),
      changes: fieldChanges(before, after),
    };
  });
}

async function audit(db: DbOrTx, viewer: Viewer, action: string, details: Record<string, string | number | boolean | null>): Promise<void> {
  await writeAudit(db, { actorUserId: viewer.kind === 'user' ? viewer.userId : null, actor: actorLabel(viewer), action, details });
}

function requirementValue(q: { code: string; name: string; area: string | null; description: string | null }, framework: string | null) {
  return { framework, requirement: q.code, name: q.name, area: q.area, description: q.description };
}

function checkTexts(t: { name: string; area: string | null; description: string | null }): void {
  if (t.name.trim().length === 0) throw new InvalidInputError('Skriv kravets namn');
  if (t.name.length > 200 || (t.area?.length ?? 0) > 100 || (t.description?.length ?? 0) > 2000) throw new InvalidInputError('Texten är för lång');
}

/** Changes a requirement's name, area and description. Returns whether anything changed. */
export async function updateRequirement(viewer: Viewer, input: RequirementTexts): Promise<boolean> {
  requireHrOrAdmin(viewer);
  checkTexts(input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const current = await requirementByCode(tx, input.code, true);
    if (!current) throw new NotFoundError('Kravet', input.code);
    const before = requirementValue(current, current.framework);
    const after = requirementValue({ ...input, code: current.code }, current.framework);
    if (fieldChanges(before, after).length === 0) return false;
    await updateRequirementTexts(tx, current.id, input);
    const actor = actorLabel(viewer);
    await insertFrameworkChange(tx, { actor, entity: 'requirement', entityKey: current.code, before, after });
    await audit(tx, viewer, 'ändrade krav', { framework: current.framework, requirement: current.code });
    return true;
  });
}

/** Adds a requirement to a framework. No role requires it until a level is set. */
export async function createRequirement(viewer: Viewer, input: RequirementTexts & { framework: number }): Promise<void> {
  requireHrOrAdmin(viewer);
  checkTexts(input);
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u.test(input.code) || input.code.length > 50) throw new InvalidInputError('Koden får bara ha bokstäver, siffror, punkt, bindestreck och understreck');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const framework = await requireFramework(tx, input.framework);
    const added = await insertRequirement(tx, { ...input, frameworkId: framework.id });
    if (!added) throw new InvalidInputError(`Det finns redan ett krav med koden ${input.code}`);
    await insertFrameworkChange(tx, { actor: actorLabel(viewer), entity: 'requirement', entityKey: input.code, before: null, after: requirementValue(input, framework.name) });
    await audit(tx, viewer, 'lade till krav', { framework: framework.name, requirement: input.code });
  });
}

export interface RoleRequirementsInput {
  framework: number;
  role: string;
  rows: Array<{ requirement: string; level: number | null; weight: number }>;
  /** Must be true when a row takes a requirement away from the role. */
  confirmRemoval: boolean;
}

/**
 * Sets one role's required levels and weights on a framework's requirements (level null = the
 * role no longer needs it). Gap figures of every round follow at once: they are computed from the
 * current requirements. Returns how many requirements changed.
 */
export async function setRoleRequirements(viewer: Viewer, input: RoleRequirementsInput): Promise<{ changed: number }> {
  requireHrOrAdmin(viewer);
  for (const row of input.rows) {
    if (row.level !== null && (!Number.isInteger(row.level) || row.level < MIN_REQUIRED_LEVEL || row.level > MAX_LEVEL)) {
      throw new InvalidInputError(`Kravnivån måste vara ${MIN_REQUIRED_LEVEL}–${MAX_LEVEL}`);
    }
    if (!Number.isInteger(row.weight) || row.weight < MIN_WEIGHT || row.weight > MAX_WEIGHT) throw new InvalidInputError(`Vikten måste vara ${MIN_WEIGHT}–${MAX_WEIGHT}`);
  }
  if (new Set(input.rows.map((r) => r.requirement)).size !== input.rows.length) throw new InvalidInputError('Samma krav finns två gånger');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const framework = await requireFramework(tx, input.framework);
    const role = (await roleRecords(tx)).find((r) => r.code === input.role);
    if (!role) throw new NotFoundError('Yrkesrollen', input.role);
    const requirements = new Map((await frameworkRequirements(tx, framework.id)).map((q) => [q.code, q]));
    const current = new Map((await roleRequirementsForUpdate(tx, role.id, framework.id)).map((rr) => [rr.requirementId, rr]));
    const unknown = input.rows.find((r) => !requirements.has(r.requirement));
    if (unknown) throw new InvalidInputError(`Kravet ${unknown.requirement} finns inte i ramverket ${framework.name}`);

    const changes = input.rows.flatMap((row) => {
      const q = requirements.get(row.requirement) as RequirementRecord;
      const was = current.get(q.id);
      const before = was ? { framework: framework.name, role: role.code, requirement: q.code, requiredLevel: was.requiredLevel, weight: was.weight } : null;
      const after = row.level === null ? null : { framework: framework.name, role: role.code, requirement: q.code, requiredLevel: row.level, weight: row.weight };
      return fieldChanges(before, after).length > 0 ? [{ q, row, before, after }] : [];
    });
    const removed = changes.filter((c) => c.after === null);
    if (removed.length > 0 && !input.confirmRemoval) {
      throw new InvalidInputError(
        `Du har valt ”Krävs inte” för ${removed.length === 1 ? 'ett krav' : `${removed.length} krav`} som rollen har i dag (${removed.map((c) => c.q.name).join(', ')}). ` +
          'Kryssa i rutan för att ta bort dem från rollen och spara igen, eller välj en kravnivå.',
      );
    }
    const actor = actorLabel(viewer);
    for (const c of changes) {
      if (c.row.level === null) await deleteRoleRequirement(tx, role.id, c.q.id);
      else await upsertRoleRequirement(tx, { roleId: role.id, requirementId: c.q.id, requiredLevel: c.row.level, weight: c.row.weight });
      await insertFrameworkChange(tx, { actor, entity: 'role_requirement', entityKey: `${role.code}/${c.q.code}`, before: c.before, after: c.after });
    }
    if (changes.length > 0) {
      await audit(tx, viewer, 'ändrade kravnivåer', { framework: framework.name, jobRole: role.code, changed: changes.length, removed: removed.length });
    }
    return { changed: changes.length };
  });
}

/**
 * Sets a requirement's name and description in one language; an empty text removes the
 * translation, so the survey shows the Swedish original there. Returns how many texts changed.
 */
export async function setRequirementTranslation(
  viewer: Viewer,
  input: { code: string; language: string; name: string | null; description: string | null },
): Promise<{ changed: number }> {
  requireHrOrAdmin(viewer);
  if (input.language === ORIGINAL_LANGUAGE || !/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(input.language)) {
    throw new InvalidInputError('Välj ett annat språk än svenska. Den svenska texten ändrar du ovanför.');
  }
  if ((input.name?.length ?? 0) > 200 || (input.description?.length ?? 0) > 2000) throw new InvalidInputError('Texten är för lång');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const requirement = await requirementByCode(tx, input.code, true);
    if (!requirement) throw new NotFoundError('Kravet', input.code);
    const stored = await requirementTranslations(tx, [requirement.code], true);
    const actor = actorLabel(viewer);
    let changed = 0;
    for (const field of TRANSLATED_FIELDS) {
      const text = input[field]?.trim() || null;
      const was = stored.find((t) => t.language === input.language && t.field === field)?.text ?? null;
      if (text === was) continue;
      const key = { framework: requirement.framework, requirement: requirement.code, language: input.language, field };
      if (text === null) await deleteRequirementTranslation(tx, { code: requirement.code, field, language: input.language });
      else await upsertRequirementTranslation(tx, { code: requirement.code, field, language: input.language, text });
      await insertFrameworkChange(tx, {
        actor,
        entity: 'translation',
        entityKey: `${requirement.code}/${input.language}/${field}`,
        before: was === null ? null : { ...key, text: was },
        after: text === null ? null : { ...key, text },
      });
      changed++;
    }
    if (changed > 0) await audit(tx, viewer, 'ändrade översättning', { framework: requirement.framework, requirement: requirement.code, language: input.language, changed });
    return { changed };
  });
}

/**
 * Starts a new framework as a copy of another: every requirement under `<prefix>-<code>`, the
 * translations of their names and descriptions, and (when asked) every role's required level
 * and weight. One transaction; refused, changing nothing, if the name or any new code exists.
 */
export async function copyFramework(
  viewer: Viewer,
  input: { framework: number; name: string; prefix: string; copyRoleRequirements: boolean },
): Promise<{ id: number; requirements: number; roleRequirements: number; translations: number }> {
  requireHrOrAdmin(viewer);
  const name = input.name.trim();
  if (name.length === 0 || name.length > 100) throw new InvalidInputError('Skriv ett namn på högst 100 tecken');
  if (!/^[\p{L}\p{N}][\p{L}\p{N}_]*$/u.test(input.prefix) || input.prefix.length > 20) throw new InvalidInputError('Prefixet får bara ha bokstäver, siffror och understreck');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const from = await requireFramework(tx, input.framework);
    if (await frameworkByName(tx, name)) throw new InvalidInputError(`Det finns redan ett ramverk som heter ${name}`);
    const requirements = await frameworkRequirements(tx, from.id);
    if (requirements.length === 0) throw new InvalidInputError(`Ramverket ${from.name} har inga krav att kopiera`);
    const newCodes = requirements.map((q) => `${input.prefix}-${q.code}`);
    const taken = await existingRequirementCodes(tx, newCodes);
    if (taken.length > 0) {
      const shown = taken.slice(0, 5).join(', ') + (taken.length > 5 ? ` och ${taken.length - 5} till` : '');
      throw new InvalidInputError(`Kraven ${shown} finns redan. Välj ett annat prefix.`);
    }
    const id = await insertFramework(tx, name);
    if (id === undefined) throw new InvalidInputError(`Det finns redan ett ramverk som heter ${name}`);
    const copied = await copyFrameworkRows(tx, { fromId: from.id, toId: id, prefix: input.prefix, roleRequirements: input.copyRoleRequirements });
    await insertFrameworkChange(tx, {
      actor: actorLabel(viewer),
      entity: 'framework',
      entityKey: name,
      before: null,
      after: { framework: name, copiedFrom: from.name, prefix: input.prefix, ...copied },
    });
    await audit(tx, viewer, 'kopierade ramverk', { from: from.name, framework: name, prefix: input.prefix, ...copied });
    return { id, ...copied };
  });
}
