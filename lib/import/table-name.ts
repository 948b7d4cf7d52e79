import { IMPORT_TABLES, type ImportTable } from './types';

function asTable(name: string): ImportTable | null {
  const lower = name.trim().toLowerCase();
  return (IMPORT_TABLES as readonly string[]).includes(lower) ? (lower as ImportTable) : null;
}

/** Last path segment; zip entries and uploads use `/`, Windows paths `\`. */
export function baseName(path: string): string {
  const parts = path.split(/[\\/]/).filter((p) => p !== '');
  return parts[parts.length - 1] ?? '';
}

export function extensionOf(path: string): string {
  const base = baseName(path);
  const dot = base.lastIndexOf('.');
  return dot <= 0 ? '' : base.slice(dot + 1).toLowerCase();
}

/** `People.CSV` and `sub/people.csv` both name the people table. */
export function tableFromCsvName(path: string): ImportTable | null {
  const base = baseName(path);
  if (extensionOf(base) !== 'csv') return null;
  return asTable(base.slice(0, -'.csv'.length));
}

export function tableFromSheetName(sheet: string): ImportTable | null {
  return asTable(sheet);
}
