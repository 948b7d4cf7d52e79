import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import { formatPercent } from '@/lib/format/number';
import { getUnitDashboard, type DashboardFilters } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

type Month = { month: string; completions: number };

/** Completed digital courses per month in the twelve months the dashboard shows (`tabell=digitalt`). */
export async function exportDigitalUptakeTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const u = d.uptake;
  const notes = u
    ? [
        `Period: ${u.from} – ${u.to}`,
        `Har gått minst en digital kurs under perioden: ${u.completedDigital} av ${u.population}${u.share === null ? '' : ` (${formatPercent(u.share)})`}`,
      ]
    : ['Det finns ingen period att visa.'];
  const table: ExportTable<Month> = {
    title: `Digitala kurser per månad – ${d.unit.name}`,
    // Uptake counts everyone whose current unit is in scope, whatever their role or the requirements.
    about: await dashboardAbout(d, { role: false, area: false, notes, why: 'Kursdeltagandet bygger inte på enkätsvar och visas för alla grupper.' }),
    columns: [
      { header: 'Månad', value: (m) => m.month },
      { header: 'Genomförda kurser', value: (m) => m.completions },
    ],
    rows: u?.byMonth ?? [],
  };
  return exportFile(viewer, table, `digitalt-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
