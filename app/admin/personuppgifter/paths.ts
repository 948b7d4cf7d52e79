export const PERSONAL_DATA_PATH = '/admin/personuppgifter';

/** What is stored about one person, on the personal-data page. */
export function storedDataHref(employeeId: string): string {
  return `${PERSONAL_DATA_PATH}?anstalld=${encodeURIComponent(employeeId)}`;
}

/** The register extract: its page, or the page as JSON or PDF (app/personer/[employeeId]/registerutdrag*). */
export function registerExtractHref(employeeId: string, format: 'sida' | 'json' | 'pdf'): string {
  const base = `/personer/${encodeURIComponent(employeeId)}/registerutdrag`;
  return format === 'sida' ? base : `${base}.${format}`;
}
