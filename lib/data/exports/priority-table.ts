import 'server-only';
import type { ExportTable } from '@/lib/export/table-file';
import type { Viewer } from '@/lib/auth/viewer';
import { getTrainingPriorities, type PriorityFilters, type TrainingPriority } from '../training-priorities';
import { todayInSweden } from '@/lib/clock/clock';
import { competenceKRuleLine, exportFile, kRuleLine, type ExportFile, type ExportFormat } from './export-file';

/** The priorities page's ranking, as shown. */
export async function exportPriorityTable(viewer: Viewer, filters: PriorityFilters, format: ExportFormat): Promise<ExportFile> {
  const p = await getTrainingPriorities(viewer, filters);
  const table: ExportTable<TrainingPriority> = {
    title: `Utbildningsprioriteringar – ${p.unit.name}`,
    about: [
      `Enhet: ${p.unit.name} (${p.unit.code}) med allt under`,
      `Omgång: ${p.round?.name ?? '–'}`,
      `Kravområde: ${filters.area ?? 'alla'}; yrkesroll: ${filters.role ?? 'alla'}; anställning: ${filters.employment ?? 'alla'}; erfarenhet: ${filters.phase ?? 'alla'}`,
      `Uttaget: ${todayInSweden()}`,
      p.kRule ? competenceKRuleLine(p.kRule.k) : await kRuleLine(),
    ],
    columns: [
      { header: 'Kravkod', value: (r) => r.requirement },
      { header: 'Krav', value: (r) => r.name },
      { header: 'Prioritet', value: (r) => r.priority },
      { header: 'Gapvolym', value: (r) => r.gapVolume },
      { header: 'Under kravet', value: (r) => r.below },
      { header: 'Bedömda', value: (r) => r.assessed },
      { header: 'Störst i', value: (r) => r.topUnits.map((u) => u.name).join(', ') },
      { header: 'Utbildningar', value: (r) => r.courses.map((c) => c.name).join(', ') },
      { header: 'Uppskattade timmar', value: (r) => r.hoursEstimate },
    ],
    rows: p.rows,
  };
  return exportFile(viewer, table, `prioriteringar-${p.unit.code}`, format, { unit: p.unit.code, round: p.round?.code ?? null });
}
