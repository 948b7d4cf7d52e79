import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import type { GapRow } from '@/lib/domain/gap-figures';
import { getUnitDashboard, type DashboardFilters } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

type Row = { role: { code: string; name: string }; cell: GapRow };

/**
 * The roles × requirements heat table (`tabell=roller`) as one row per role and requirement the
 * role has. A cell nobody was assessed in has an empty share and mean gap, as the page says "ej bedömd".
 */
export async function exportRoleRequirementTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const name = new Map(d.requirements.map((r) => [r.code, r.name]));
  const table: ExportTable<Row> = {
    title: `Roller och krav – ${d.unit.name}`,
    about: await dashboardAbout(d),
    columns: [
      { header: 'Rollkod', value: (r) => r.role.code },
      { header: 'Roll', value: (r) => r.role.name },
      { header: 'Kravkod', value: (r) => r.cell.requirement },
      { header: 'Krav', value: (r) => name.get(r.cell.requirement) ?? r.cell.requirement },
      { header: 'Bedömda', value: (r) => r.cell.assessed },
      { header: 'Andel som når kravet', value: (r) => r.cell.meetsShare },
      { header: 'Medelgap', value: (r) => r.cell.meanGap },
    ],
    rows: d.heatmap.flatMap(({ role, cells }) => cells.map((cell) => ({ role, cell }))),
  };
  return exportFile(viewer, table, `roller-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
