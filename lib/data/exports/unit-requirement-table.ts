import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import type { GapRow } from '@/lib/domain/gap-figures';
import { getUnitDashboard, type DashboardFilters } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

type Row = { unit: { code: string; name: string }; cell: GapRow };

/**
 * The units × requirements heat table (`tabell=enheter-krav`): one row per child unit (with
 * everything below it) and requirement someone there has. Empty share where nobody was assessed.
 */
export async function exportUnitRequirementTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const name = new Map(d.requirements.map((r) => [r.code, r.name]));
  const table: ExportTable<Row> = {
    title: `Enheter och krav – ${d.unit.name}`,
    about: await dashboardAbout(d, { notes: ['Varje enhet räknas med allt under sig.'] }),
    columns: [
      { header: 'Enhetskod', value: (r) => r.unit.code },
      { header: 'Enhet', value: (r) => r.unit.name },
      { header: 'Kravkod', value: (r) => r.cell.requirement },
      { header: 'Krav', value: (r) => name.get(r.cell.requirement) ?? r.cell.requirement },
      { header: 'Bedömda', value: (r) => r.cell.assessed },
      { header: 'Andel som når kravet', value: (r) => r.cell.meetsShare },
      { header: 'Medelgap', value: (r) => r.cell.meanGap },
    ],
    rows: d.unitHeatmap.flatMap(({ unit, cells }) => cells.filter((c) => c.suppressed || (c.expected ?? 0) > 0).map((cell) => ({ unit, cell }))),
  };
  return exportFile(viewer, table, `enheter-krav-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
