import type { DashboardTable } from '@/lib/domain/dashboard-tables';

export interface ExportLinksProps {
  /** The export route, e.g. `/enheter/EXB/export`. */
  href: string;
  /** The page's selection without `?`, e.g. `omgang=KART-2026&roll=USK`. */
  query: string;
  table: DashboardTable;
  /** The table's name as read out in each link: "Ladda ner {label} som CSV för Excel". */
  label: string;
}

/**
 * Download links for one table with the page's selection. The visible text is short; each link's
 * accessible name also says which table, so a list of links on the page is not eight "CSV för Excel".
 */
export function ExportLinks({ href, query, table, label }: ExportLinksProps) {
  const url = (format: 'csv' | 'xlsx') => {
    const q = new URLSearchParams(query);
    q.set('tabell', table);
    q.set('format', format);
    return `${href}?${q.toString()}`;
  };
  return (
    <p>
      Ladda ner tabellen med samma urval:{' '}
      <a href={url('csv')} download>
        <span className="visually-hidden">Ladda ner {label} som </span>CSV för Excel
      </a>{' '}
      ·{' '}
      <a href={url('xlsx')} download>
        <span className="visually-hidden">Ladda ner {label} som </span>Excel-fil (XLSX)
      </a>
    </p>
  );
}
