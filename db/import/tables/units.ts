import { insertMany, updateMany } from '../batch-write';
import { units } from '../../schema';
import type { UnitRow } from '@/lib/validation/import-rows';
import type { UnitKind } from '@/lib/domain/enums';
import { classify, sameFields } from '../classify';
import type { ImportContext } from '../context';
import type { ValidatedTable } from '../validated';

interface StoredUnit {
  id: number;
  name: string;
  parentCode: string | null;
  kind: UnitKind;
}

/** Units: parents may come later in the file, so rows are stored first and linked after. */
export async function importUnits(ctx: ImportContext, input: ValidatedTable<UnitRow> | undefined): Promise<void> {
  const storedRows = await ctx.tx.select().from(units);
  const codeOfId = new Map(storedRows.map((u) => [u.id, u.code]));
  const ids = new Map(storedRows.map((u) => [u.code, u.id]));
  ctx.setIds('unit', ids);
  if (!input) return;
  const stored = new Map<string, StoredUnit>(
    storedRows.map((u) => [u.code, { id: u.id, name: u.name, kind: u.kind, parentCode: u.parentId ? (codeOfId.get(u.parentId) ?? null) : null }]),
  );

  const importCodes = new Set(input.rows.map((r) => r.value.code));
  const valid = input.rows.filter(({ line, value }) => {
    if (value.parentCode === null) return true;
    if (value.parentCode === value.code) {
      ctx.reject({ file: input.file, line, column: 'parent_code' }, 'en enhet kan inte ligga under sig själv');
      return false;
    }
    if (!importCodes.has(value.parentCode) && !ids.has(value.parentCode)) {
      ctx.reject({ file: input.file, line, column: 'parent_code' }, `okänd överordnad enhet ${value.parentCode}`);
      return false;
    }
    return true;
  });

  const { toInsert, toUpdate } = classify(
    ctx, 'units', input.file,
    valid.map(({ line, value }) => ({ line, key: value.code, values: value })),
    stored,
    (v, s) => sameFields(v, s, ['name', 'kind', 'parentCode']),
    'code',
  );

  // The tree after this import: reject rows that would close a cycle.
  const parentOf = new Map<string, string | null>([...stored].map(([code, u]) => [code, u.parentCode]));
  for (const r of [...toInsert, ...toUpdate]) parentOf.set(r.values.code, r.values.parentCode);
  const inCycle = (code: string): boolean => {
    const seen = new Set<string>();
    let cur: string | null | undefined = code;
    while (cur) {
      if (seen.has(cur)) return true;
      seen.add(cur);
      cur = parentOf.get(cur);
    }
    return false;
  };
  const acyclic = <R extends { line: number; values: UnitRow }>(rows: R[]) =>
    rows.filter((r) => {
      if (!inCycle(r.values.code)) return true;
      ctx.reject({ file: input.file, line: r.line, column: 'parent_code' }, 'enheterna bildar en cykel');
      return false;
    });
  const inserts = acyclic(toInsert);
  const updates = acyclic(toUpdate);

  const created = await insertMany<{ id: number; code: string }>(
    ctx.tx, 'units',
    [{ name: 'code', type: 'text' }, { name: 'name', type: 'text' }, { name: 'kind', type: 'unit_kind' }],
    inserts.map((r) => ({ code: r.values.code, name: r.values.name, kind: r.values.kind })),
    { returning: ['id', 'code'], references: ctx.references },
  );
  for (const row of created) ids.set(row.code, row.id);
  const linked = [...inserts, ...updates].map((r) => ({
    id: ids.get(r.values.code),
    name: r.values.name,
    kind: r.values.kind,
    parent_id: r.values.parentCode ? (ids.get(r.values.parentCode) ?? null) : null,
  }));
  await updateMany(
    ctx.tx, 'units',
    [{ name: 'id', type: 'int' }],
    [{ name: 'name', type: 'text' }, { name: 'kind', type: 'unit_kind' }, { name: 'parent_id', type: 'int' }],
    linked,
  );
}
