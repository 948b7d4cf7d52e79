import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import { unitKindLabel } from '@/lib/format/unit-kind';
import { getUnitDashboard, type DashboardFilters, type UnitDashboard } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

/** The units directly below (`tabell=enheter`), each with everything below it, with the page's figures. */
export async function exportChildUnitTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const table: ExportTable<UnitDashboard['children'][number]> = {
    title: `Enheter under ${d.unit.name}`,
    about: await dashboardAbout(d, { notes: ['Varje enhet räknas med allt under sig.'] }),
    columns: [
      { header: 'Enhetskod', value: (u) => u.code },
      { header: 'Enhet', value: (u) => u.name },
      { header: 'Typ', value: (u) => unitKindLabel(u.kind) },
      { header: 'Personal i omgången', value: (u) => u.population },
      { header: 'Har svarat', value: (u) => u.responded },
      { header: 'Svarsfrekvens', value: (u) => u.rate },
      { header: 'Andel som når kraven', value: (u) => u.meetsShare },
      { header: 'Medelgap', value: (u) => u.meanGap },
      { header: 'Gapvolym', value: (u) => u.gapVolume },
    ],
    rows: d.children,
  };
  return exportFile(viewer, table, `enheter-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
