import Papa from 'papaparse';
import { decodeText } from './decode-text';
import type { ImportCollector } from './import-collector';
import { TableBuilder } from './table-builder';
import { tableFromCsvName } from './table-name';

/**
 * Swedish Excel writes `;`, most other tools `,`. Only the header decides: data rows may
 * hold either character inside names or decimal numbers.
 */
function detectDelimiter(text: string): string {
  const end = text.search(/\r\n|\n|\r/);
  const headerLine = end === -1 ? text : text.slice(0, end);
  const guessed = Papa.parse<string[]>(headerLine, { delimitersToGuess: [';', ','] }).meta
    .delimiter;
  return guessed === ';' ? ';' : ',';
}

const QUOTE_REASONS: Partial<Record<Papa.ParseError['code'], string>> = {
  MissingQuotes: 'ett citattecken (") avslutas aldrig, kontrollera raden',
  InvalidQuotes: 'felaktigt citattecken (") i ett fält, kontrollera raden',
};

/** Reads one CSV file; `file` is the name shown in reports, e.g. `people.csv`. */
export function readCsv(collector: ImportCollector, file: string, bytes: Uint8Array): void {
  const table = tableFromCsvName(file);
  if (table === null) {
    collector.warn(`${file}: ingen importtabell har det namnet, filen ignoreras`);
    return;
  }
  if (!collector.canTake(table, file)) return;

  const text = decodeText(bytes);
  const parsed = Papa.parse<string[]>(text, {
    delimiter: detectDelimiter(text),
    header: false,
    skipEmptyLines: false,
  });

  // Every record, blank ones included, is one spreadsheet line: record i is line i + 1.
  for (const error of parsed.errors) {
    const reason = QUOTE_REASONS[error.code];
    if (reason !== undefined) collector.problem(file, (error.row ?? 0) + 1, null, reason);
  }

  const [header = [], ...records] = parsed.data;
  const builder = new TableBuilder(collector, table, file, header);
  for (const [i, record] of records.entries()) {
    const line = i + 2;
    // With a `,` file an unquoted comma inside a name shifts every later value; storing
    // such a row would put text in the wrong columns.
    if (record.slice(builder.width).some((v) => v.trim() !== '')) {
      collector.problem(
        file,
        line,
        null,
        'raden har fler värden än det finns kolumner, sätt citattecken runt text som innehåller avgränsaren',
      );
      continue;
    }
    if (!builder.add(line, record)) break;
  }
  builder.finish();
}
