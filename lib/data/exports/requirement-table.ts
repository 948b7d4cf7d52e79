import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import type { GapRow } from '@/lib/domain/gap-figures';
import { getUnitDashboard, type DashboardFilters } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

/** The dashboard's per-requirement table (`tabell=krav`), as shown: same access check, same figures. */
export async function exportRequirementTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const name = new Map(d.requirements.map((r) => [r.code, r.name]));
  const table: ExportTable<GapRow> = {
    title: `Kompetensgap per krav – ${d.unit.name}`,
    about: await dashboardAbout(d),
    columns: [
      { header: 'Kravkod', value: (r) => r.requirement },
      { header: 'Krav', value: (r) => name.get(r.requirement) ?? r.requirement },
      { header: 'Förväntade', value: (r) => r.expected },
      { header: 'Bedömda', value: (r) => r.assessed },
      { header: 'Medelnivå', value: (r) => r.meanLevel },
      { header: 'Medelgap', value: (r) => r.meanGap },
      { header: 'Andel som når kravet', value: (r) => r.meetsShare },
      { header: 'Gapvolym', value: (r) => r.gapVolume },
      { header: 'Täckning', value: (r) => r.coverage },
    ],
    rows: d.gaps,
  };
  return exportFile(viewer, table, `krav-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
