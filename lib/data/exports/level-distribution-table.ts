import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import type { LevelDistribution } from '@/lib/domain/level-distribution';
import { SCALE } from '@/lib/domain/scale';
import { getUnitDashboard, type DashboardFilters } from '../unit-dashboard';
import { dashboardAbout, exportFile, type ExportFile, type ExportFormat } from './export-file';

/** How many people are at each level of the scale, per requirement (`tabell=nivaer`). */
export async function exportLevelDistributionTable(viewer: Viewer, filters: DashboardFilters, format: ExportFormat): Promise<ExportFile> {
  const d = await getUnitDashboard(viewer, filters);
  const name = new Map(d.requirements.map((r) => [r.code, r.name]));
  const table: ExportTable<LevelDistribution> = {
    title: `Nivåer per krav – ${d.unit.name}`,
    about: await dashboardAbout(d, { why: 'Nivåerna här är inte effektmått och visas för alla grupper.' }),
    columns: [
      { header: 'Kravkod', value: (r) => r.requirement },
      { header: 'Krav', value: (r) => name.get(r.requirement) ?? r.requirement },
      ...SCALE.map((s) => ({ header: `${s.level} ${s.name}`, value: (r: LevelDistribution) => (r.counts === null ? null : (r.counts[s.level] ?? 0)) })),
      { header: 'Bedömda', value: (r) => r.assessed },
      // Usually one level; where the roles concerned differ, all of them, lowest first.
      { header: 'Kravnivå', value: (r) => (r.requiredLevels.length === 1 ? (r.requiredLevels[0] ?? null) : r.requiredLevels.join(', ') || null) },
    ],
    rows: d.distribution,
  };
  return exportFile(viewer, table, `nivaer-${d.unit.code}`, format, { unit: d.unit.code, round: d.round?.code ?? null });
}
