// Prints one closing line over every test runner: "N passed, N failed, N skipped".
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;
const [vitestFile, playwrightFile, ...runs] = process.argv.slice(2);

if (vitestFile && fs.existsSync(vitestFile)) {
  const v = JSON.parse(fs.readFileSync(vitestFile, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  // A test file that fails to load has no failed test of its own; count it once.
  if (v.success === false && (v.numFailedTests ?? 0) === 0) failed += Math.max(1, v.numFailedTestSuites ?? 0);
} else failed += 1;

if (playwrightFile && fs.existsSync(playwrightFile)) {
  const p = JSON.parse(fs.readFileSync(playwrightFile, 'utf8'));
  passed += p.stats?.expected ?? 0;
  failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
  skipped += p.stats?.skipped ?? 0;
  if ((p.errors ?? []).length > 0) failed += 1;
} else failed += 1;

// The runs that are scripts of their own (crash over HTTP, soak), given as name=exit status: one test each.
for (const run of runs) {
  const [name, status] = run.split('=');
  if (status === '0') passed += 1;
  else {
    failed += 1;
    console.log(`${name}: failed (exit ${status})`);
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
