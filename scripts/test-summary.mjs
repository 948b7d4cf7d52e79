// Prints one closing line over every test runner: "N passed, N failed, N skipped".
// Arguments: vitest:<json report>, playwright:<json report> (each as often as the runner ran),
// and name=<exit status> for the runs that are scripts of their own (crash over HTTP, soak).
import fs from 'node:fs';

let passed = 0;
let failed = 0;
let skipped = 0;

function readReport(kind, file) {
  if (!fs.existsSync(file)) {
    failed += 1;
    console.log(`${kind} (${file}): no report`);
    return null;
  }
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

for (const arg of process.argv.slice(2)) {
  if (arg.startsWith('vitest:')) {
    const v = readReport('vitest', arg.slice('vitest:'.length));
    if (!v) continue;
    passed += v.numPassedTests ?? 0;
    failed += v.numFailedTests ?? 0;
    skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
    // A test file that fails to load has no failed test of its own; count it once.
    if (v.success === false && (v.numFailedTests ?? 0) === 0) failed += Math.max(1, v.numFailedTestSuites ?? 0);
  } else if (arg.startsWith('playwright:')) {
    const p = readReport('playwright', arg.slice('playwright:'.length));
    if (!p) continue;
    passed += p.stats?.expected ?? 0;
    failed += (p.stats?.unexpected ?? 0) + (p.stats?.flaky ?? 0);
    skipped += p.stats?.skipped ?? 0;
    if ((p.errors ?? []).length > 0) failed += 1;
  } else {
    // A script of its own: one test.
    const [name, status] = arg.split('=');
    if (status === '0') passed += 1;
    else {
      failed += 1;
      console.log(`${name}: failed (exit ${status})`);
    }
  }
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
