import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import { getUnitDashboard, type DashboardFilters, type UnitDashboard } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

/** The headline figures of every round up to the one shown (`tabell=utveckling`), oldest first. */
export async function exportTrendTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const table: ExportTable<UnitDashboard['trend'][number]> = {
    title: `Utveckling över omgångarna – ${d.unit.name}`,
    about: await dashboardAbout(d, { notes: ['Omgångar med svar fram till och med den valda.'] }),
    columns: [
      { header: 'Omgångskod', value: (t) => t.round.code },
      { header: 'Omgång', value: (t) => t.round.name },
      { header: 'Personal i omgången', value: (t) => t.headline.population },
      { header: 'Har svarat', value: (t) => t.headline.responded },
      { header: 'Svarsfrekvens', value: (t) => t.headline.rate },
      { header: 'Andel som når kraven', value: (t) => t.headline.meetsShare },
      { header: 'Medelgap', value: (t) => t.headline.meanGap },
      { header: 'Gapvolym', value: (t) => t.headline.gapVolume },
    ],
    rows: d.trend,
  };
  return exportFile(viewer, table, `utveckling-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
