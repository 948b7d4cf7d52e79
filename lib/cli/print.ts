import type { ImportResult } from '@/db/import/apply-import';

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

export { num, pct };
