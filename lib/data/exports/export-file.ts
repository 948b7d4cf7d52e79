import 'server-only';
import { getDb } from '@/db/client';
import { writeAudit } from '@/db/writes/audit';
import { toCsv, toXlsx, type ExportTable } from '@/lib/export/table-file';
import { actorLabel, type Viewer } from '@/lib/auth/viewer';
import { minGroupSize } from '../settings';
import { todayInSweden } from '@/lib/clock/clock';

export type ExportFormat = 'csv' | 'xlsx';

export interface ExportFile {
  filename: string;
  contentType: string;
  body: string | Uint8Array;
}

/** The file of a table, named `<name>-<date>.<format>`; every export is audited with its row count. */
export async function exportFile<R>(viewer: Viewer, table: ExportTable<R>, name: string, format: ExportFormat, details: Record<string, string | null>): Promise<ExportFile> {
  await writeAudit(await getDb(), {
    actorUserId: viewer.kind === 'user' ? viewer.userId : null,
    actor: actorLabel(viewer),
    action: 'exporterade tabell',
    details: { table: name, format, rows: table.rows.length, ...details },
  });
  const filename = `${name}-${todayInSweden()}.${format}`;
  return format === 'csv'
    ? { filename, contentType: 'text/csv; charset=utf-8', body: toCsv(table) }
    : { filename, contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', body: await toXlsx(table) };
}

/** The k rule, and why the figures of this table are shown for every group (`why`: one sentence). */
export async function kRuleLine(why = 'Kompetensgapen här är inte effektmått och visas för alla grupper.'): Promise<string> {
  return `Effektmått för grupper med färre än ${await minGroupSize(await getDb())} svar visas aldrig. ${why}`;
}

interface DashboardSelection {
  unit: { code: string; name: string };
  round: { name: string } | null;
  filters: { role: string | null; area: string | null };
  /** Set for a viewer under the k rule on competence figures. */
  kRule?: { k: number } | null;
}

/**
 * The lines above a dashboard table: unit, round, the filters chosen on the page, the date, the k
 * rule. A filter the table is not split by (the dashboard counts it over every role, say) is
 * named as not applying, so the file never claims a selection it does not have.
 */
export async function dashboardAbout(d: DashboardSelection, opts: { role?: boolean; area?: boolean; notes?: string[]; why?: string } = {}): Promise<string[]> {
  const filter = (label: string, value: string | null, applies: boolean) =>
    value === null ? `${label}: alla` : applies ? `${label}: ${value}` : `${label}: alla (valet ${value} gäller inte den här tabellen)`;
  return [
    `Enhet: ${d.unit.name} (${d.unit.code}) med allt under`,
    `Omgång: ${d.round?.name ?? '–'}`,
    `${filter('Yrkesroll', d.filters.role, opts.role ?? true)}; ${filter('kravområde', d.filters.area, opts.area ?? true)}`,
    ...(opts.notes ?? []),
    `Uttaget: ${todayInSweden()}`,
    d.kRule ? competenceKRuleLine(d.kRule.k) : await kRuleLine(opts.why),
  ];
}

/** For a viewer under the k rule on competence figures (staff, steering group, API key). */
export function competenceKRuleLine(k: number): string {
  return `Siffror som bygger på färre än ${k} personer, eller som skulle gå att räkna fram ur andra, visas inte: de cellerna är tomma. Gapminskning och "jag förstår inte frågan" ingår inte. Effektmått för grupper med färre än ${k} svar visas aldrig.`;
}
