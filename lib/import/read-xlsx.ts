import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import type { ImportCollector } from './import-collector';
import { TableBuilder } from './table-builder';
import { tableFromSheetName } from './table-name';
import { xlsxCellText } from './xlsx-cell-text';

/**
 * What the workbook's parts add up to unpacked, from the sizes in its zip directory, read without
 * inflating anything (the filter refuses every entry). Null when it is not a readable zip; the
 * workbook reader then says so. An XLSX is a zip: without this, a few kB could unpack to gigabytes.
 */
function unpackedSize(bytes: Uint8Array): number | null {
  let total = 0;
  try {
    unzipSync(bytes, {
      filter: (info) => {
        total += info.originalSize;
        return false;
      },
    });
  } catch {
    return null;
  }
  return total;
}

async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook | null> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs hands the data to JSZip, which takes a Uint8Array as well as a Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    return workbook;
  } catch {
    return null;
  }
}

function readSheet(collector: ImportCollector, file: string, sheet: ExcelJS.Worksheet): void {
  const name = sheet.name.trim();
  const sheetFile = `${file}:${name}`;
  const table = tableFromSheetName(name);
  if (table === null) {
    collector.warn(`${sheetFile}: inget importtabellnamn, bladet ignoreras`);
    return;
  }
  if (!collector.canTake(table, sheetFile)) return;

  const headerRow = sheet.getRow(1);
  const header: Array<string | null> = [];
  for (let c = 1; c <= headerRow.cellCount; c++) {
    header.push(xlsxCellText(headerRow.getCell(c).value));
  }
  const builder = new TableBuilder(collector, table, sheetFile, header);

  let unnamedValues = false;
  let stop = false;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (stop || rowNumber === 1) return;
    const values: Array<string | null> = [];
    for (let c = 1; c <= row.cellCount; c++) values.push(xlsxCellText(row.getCell(c).value));
    // Notes beside a table are common in workbooks, so they only earn a warning.
    if (values.slice(builder.width).some((v) => v !== null && v.trim() !== '')) unnamedValues = true;
    if (!builder.add(rowNumber, values.slice(0, builder.width))) stop = true;
  });
  if (unnamedValues) collector.warn(`${sheetFile}: värden i kolumner utan rubrik ignoreras`);
  builder.finish();
}

/** Reads a workbook whose sheet names are table names; `file` is its name in reports. */
export async function readXlsx(
  collector: ImportCollector,
  file: string,
  bytes: Uint8Array,
): Promise<void> {
  const size = unpackedSize(bytes);
  if (size !== null && !collector.fitsSize(file, size)) return;
  const workbook = await loadWorkbook(bytes);
  if (workbook === null) {
    const reason = 'filen kan inte läsas som en Excel-arbetsbok (.xlsx), den kan vara skadad';
    collector.problem(file, 0, null, reason);
    return;
  }
  for (const sheet of workbook.worksheets) {
    if (collector.stopped) return;
    readSheet(collector, file, sheet);
  }
}
