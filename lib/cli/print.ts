import type { ImportResult } from '@/db/import/apply-import';
import type { RetentionSweepResult } from '@/lib/data/pseudonymise-person';

const pct = (x: number | null) => (x === null ? '–' : `${(x * 100).toLocaleString('sv-SE', { maximumFractionDigits: 1 })} %`);
const num = (x: number | null, digits = 2) => (x === null ? '–' : x.toLocaleString('sv-SE', { maximumFractionDigits: digits }));

/** A plain-text table for people reading a terminal; scripts use --json. */
export function table(headers: string[], rows: Array<Array<string | number>>): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => (c ?? '').padEnd(widths[i] ?? 0)).join('  ').trimEnd()).join('\n');
}

export function importSummary(r: ImportResult): string {
  const lines: string[] = [];
  const counts = (label: string, c: Partial<Record<string, number>>) => {
    const parts = Object.entries(c).map(([t, n]) => `${t} ${n}`);
    if (parts.length) lines.push(`${label}: ${parts.join(', ')}`);
  };
  lines.push(r.dryRun ? 'Provkörning: inget sparades.' : r.rejected.length ? 'Importen avvisades: inget sparades.' : 'Importen sparades.');
  counts(r.dryRun ? 'Skulle skapas' : 'Skapade', r.created);
  counts(r.dryRun ? 'Skulle uppdateras' : 'Uppdaterade', r.updated);
  counts('Oförändrade', r.unchanged);
  if (r.rejected.length) {
    lines.push(`Fel (${r.rejected.length}):`);
    for (const p of r.rejected) lines.push(`  ${p.file}:${p.line}: ${p.column ?? '-'}: ${p.reason}`);
  }
  return lines.join('\n');
}

export function retentionSummary(r: RetentionSweepResult): string {
  if (r.retentionMonths === null) return 'Ingen lagringstid är inställd, så inga personuppgifter gallras. Ställ in den under Inställningar.';
  const head = r.dryRun
    ? `Provkörning: ${r.count} personer har slutat för mer än ${r.retentionMonths} månader sedan och skulle få sina personuppgifter borttagna. Inget ändrades.`
    : `${r.count} personer har fått sina personuppgifter borttagna (lagringstid ${r.retentionMonths} månader).`;
  if (r.count === 0) return head;
  const rows = r.people.map((p) => [p.employeeId ?? p.pseudonym ?? '', p.endDate]);
  return `${head}\n${table([r.dryRun ? 'anställningsnummer' : 'ny beteckning', 'slutade'], rows)}`;
}

export { num, pct };
