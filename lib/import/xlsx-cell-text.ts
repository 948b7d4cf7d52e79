import type ExcelJS from 'exceljs';

function isoDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // exceljs builds dates from Excel's serial number as UTC; local parts could shift a day.
  const y = String(date.getUTCFullYear()).padStart(4, '0');
  const m = String(date.getUTCMonth() + 1).padStart(2, '0');
  const d = String(date.getUTCDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/** The text a CSV export of the cell would hold; formulas give their cached result. */
export function xlsxCellText(value: ExcelJS.CellValue): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : null;
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return isoDate(value);
  if ('error' in value) return null;
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  // Formulas are never evaluated here; an uncached result counts as empty.
  if ('formula' in value || 'sharedFormula' in value) {
    return xlsxCellText((value.result ?? null) as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) {
    const text: unknown = value.text;
    if (typeof text === 'string') return text;
    return xlsxCellText((text ?? null) as ExcelJS.CellValue);
  }
  return null;
}
