import fs from 'node:fs';
import path from 'node:path';

/** The shared sample import and its independently computed figures. */
export const SAMPLE_DIR = path.resolve(__dirname, '../../../shared/data/sample/data');
export const SAMPLE_EXPECTED: Array<{ args: string[]; expect: unknown }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../shared/data/sample/expected.json'), 'utf8'),
);
