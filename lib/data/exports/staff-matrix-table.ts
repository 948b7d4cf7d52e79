import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import { SCALE } from '@/lib/domain/scale';
import { getStaffMatrix, STAFF_MATRIX_LIMIT, type StaffMatrix } from '../staff-matrix';
import { todayInSweden } from '@/lib/clock/clock';
import { exportFile, kRuleLine, type ExportFile, type ExportFormat } from './export-file';

type Person = StaffMatrix['people'][number];
type Cell = Person['cells'][string];
/** One person and one requirement of their role; `requirement` null for a role without requirements. */
type Row = { person: Person; requirement: { code: string; name: string } | null; cell: Cell | null };

const yesNo = (v: boolean) => (v ? 'Ja' : 'Nej');

/**
 * The chef's staff matrix (`tabell=medarbetare`): one row per person and requirement of their
 * role, level against required level, and whether they answered. Personal data: only for those
 * getStaffMatrix lets see every individual of the unit (anyone else: NotFoundError, a 404), and
 * getStaffMatrix audits the opening as the page does.
 *
 * Over STAFF_MATRIX_LIMIT people the page shows no matrix, only why; the file does the same: no
 * rows and a line saying why and what to do. Not a 404: the viewer may see the unit, and "not
 * found" would say otherwise.
 */
export async function exportStaffMatrixTable(viewer: Viewer, args: { unit: string; round?: string | null }, format: ExportFormat): Promise<ExportFile> {
  const m = await getStaffMatrix(viewer, args);
  const byName = [...m.people].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  const rows = byName.flatMap((person): Row[] => {
    const own = m.requirements.flatMap((requirement) => {
      const cell = person.cells[requirement.code];
      return cell ? [{ person, requirement, cell }] : [];
    });
    return own.length > 0 ? own : [{ person, requirement: null, cell: null }];
  });
  // Not assessed ("ej bedömd" on the page): level, its name, meets and confirmed all empty.
  const assessed = (r: Row) => (r.cell && r.cell.level !== null ? { ...r.cell, level: r.cell.level } : null);
  const table: ExportTable<Row> = {
    title: `Medarbetarnas nivå mot kravnivån – ${m.unit.name}`,
    about: [
      `Enhet: ${m.unit.name} (${m.unit.code}) med allt under`,
      `Omgång: ${m.round.name}`,
      ...(m.tooMany !== null
        ? [`Här finns ${m.tooMany} medarbetare, för många för en tabell med varje person (högst ${STAFF_MATRIX_LIMIT}). Välj en enhet längre ner.`]
        : [`${m.people.length} medarbetare, ${m.people.filter((p) => !p.answered).length} har inte svarat.`]),
      'Tabellen innehåller personuppgifter. Spara den inte längre än du behöver och dela den bara med den som har rätt att se uppgifterna. Uttaget sparas i loggen.',
      `Uttaget: ${todayInSweden()}`,
      await kRuleLine('Här finns bara kompetensnivåer, inga svar på enkätens påståenden.'),
    ],
    columns: [
      { header: 'Anställningsnummer', value: (r) => r.person.employeeId },
      { header: 'Namn', value: (r) => r.person.name },
      { header: 'Roll', value: (r) => r.person.roleName },
      { header: 'Enhet', value: (r) => r.person.unitName },
      { header: 'Har svarat', value: (r) => yesNo(r.person.answered) },
      { header: 'Kravkod', value: (r) => r.requirement?.code ?? null },
      { header: 'Krav', value: (r) => r.requirement?.name ?? null },
      { header: 'Nivå', value: (r) => assessed(r)?.level ?? null },
      { header: 'Nivåns namn', value: (r) => SCALE[assessed(r)?.level ?? -1]?.name ?? null },
      { header: 'Kravnivå', value: (r) => r.cell?.required ?? null },
      { header: 'Når kravet', value: (r) => { const a = assessed(r); return a ? yesNo(a.level >= a.required) : null; } },
      { header: 'Bekräftad', value: (r) => { const a = assessed(r); return a ? yesNo(a.validated) : null; } },
    ],
    rows,
  };
  return exportFile(viewer, table, `medarbetare-${m.unit.code}`, format, { unit: m.unit.code, round: m.round.code });
}
