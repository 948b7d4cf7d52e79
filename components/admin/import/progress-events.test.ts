import { describe, expect, it } from 'vitest';
import { progressOf, sendingProgress } from './progress-events';
import { uploadSizeProblem } from './upload-size-problem';

describe('the import progress bar', () => {
  it('fills in order through sending, reading, checking and writing, and says what happens in Swedish', () => {
    const steps = [
      sendingProgress(50, 100),
      sendingProgress(100, 100),
      progressOf({ phase: 'reading', done: 1, total: 2, file: 'people.csv', rows: 1234 }, true),
      progressOf({ phase: 'checking', done: 2, total: 2, table: 'people' }, true),
      progressOf({ phase: 'writing', done: 1, total: 2, table: 'units' }, true),
      progressOf({ phase: 'writing', done: 2, total: 2, table: 'people' }, true),
    ];
    const values = steps.map((s) => s.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(values.at(-1)).toBe(1);
    expect(steps[2]?.text).toBe('Läser filerna: 1 av 2 (1\u00a0234 rader hittills).');
    expect(steps[4]?.text).toBe('Provar mot databasen: Enheter (1 av 2 tabeller).');
    expect(progressOf({ phase: 'writing', done: 1, total: 2, table: 'people' }, false).text).toBe('Sparar: Personer (1 av 2 tabeller).');
  });

  it('the confirmation, which sends nothing large, starts reading at the beginning of the bar', () => {
    expect(progressOf({ phase: 'reading', done: 0, total: 3, file: 'a.csv', rows: 0 }, false).value).toBe(0);
  });
});

describe('the size check before an upload', () => {
  const MB = 1024 * 1024;
  it('refuses nothing chosen, a file over the per-file limit and a total over the upload limit, naming sizes in MB', () => {
    expect(uploadSizeProblem([], 100 * MB, 50 * MB)).toBe('Välj minst en fil eller en mapp.');
    expect(uploadSizeProblem([{ name: 'people.csv', size: 51 * MB }], 100 * MB, 50 * MB)).toMatch(/^people\.csv är 51 MB\. En fil får vara högst 50 MB/);
    expect(uploadSizeProblem([{ name: 'a.csv', size: 40 * MB }, { name: 'b.csv', size: 40 * MB }, { name: 'c.csv', size: 30.5 * MB }], 100 * MB, 50 * MB))
      .toMatch(/^Filerna är 110,5 MB tillsammans\. Du kan skicka högst 100 MB åt gången/);
    expect(uploadSizeProblem([{ name: 'a.csv', size: 50 * MB }, { name: 'b.csv', size: 50 * MB }], 100 * MB, 50 * MB)).toBeNull();
  });
});
