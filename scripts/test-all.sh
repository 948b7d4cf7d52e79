#!/usr/bin/env bash
# Runs every test: lint, types, unit and database tests (PGlite, and PostgreSQL when
# TEST_DATABASE_URL is set), then the browser tests against a production build, then short
# versions of the crash test over HTTP, the shared-database test (the app and the command line on
# one database) and the soak; then all of these once more with the system
# clock of the whole process tree moved MOVED_CLOCK_DAYS (400) days ahead by Debian's faketime,
# which proves that no business date comes from the wall clock.
# Every suite runs on the tests' own day (tests/support/test-day.ts) through the product's clock.
# Installs Debian's Chromium (never a downloaded browser), poppler-utils and faketime when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p .reports
rm -f .reports/vitest*.json .reports/playwright*.json
MOVED_CLOCK_DAYS="${MOVED_CLOCK_DAYS:-400}"

# poppler-utils: pdftotext, with which the browser tests read the steering group's PDF report.
# faketime: moves the clock of a process tree (the moved-clock pass at the end).
if [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null || ! command -v faketime >/dev/null; then
  echo "== Installing Debian's chromium, poppler-utils and faketime for the browser tests and the moved clock"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils faketime >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils faketime >/dev/null
  fi
fi

echo "== Lint"
npx eslint . --max-warnings=0

echo "== Types"
npx tsc --noEmit -p .

echo "== Unit and database tests${TEST_DATABASE_URL:+ (PGlite and PostgreSQL)}"
vitest_status=0
npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json || vitest_status=$?

echo "== Production build"
npx next build

echo "== Browser tests (Chromium)"
rm -rf .data/e2e
e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/playwright.json npx playwright test --reporter=list,json || e2e_status=$?

echo "== Crash test over HTTP, short version (3 kills per database; the longer run is npm run test:crash)"
crash_status=0
npm run -s test:crash -- --kills 3 --out .reports/crash.md || crash_status=$?

echo "== The app and the command line on one database, over HTTP (autosaves while the command line imports and reports)"
shared_status=0
npm run -s test:shared-db -- --out .reports/shared-db.md || shared_status=$?

echo "== Soak, short version (one minute; the ten-minute run is npm run test:soak)"
soak_status=0
npm run -s test:soak -- --minutes 1 --out .reports/soak.md || soak_status=$?

echo "== Unit and database tests again, the system clock ${MOVED_CLOCK_DAYS} days ahead ($(faketime -f "+${MOVED_CLOCK_DAYS}d" date -u +%F))"
moved_vitest_status=0
faketime -f "+${MOVED_CLOCK_DAYS}d" npx vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest-moved.json || moved_vitest_status=$?

echo "== Browser tests again, the system clock ${MOVED_CLOCK_DAYS} days ahead (server, Playwright and Chromium alike)"
rm -rf .data/e2e .data/e2e-import
moved_e2e_status=0
PLAYWRIGHT_JSON_OUTPUT_NAME=.reports/playwright-moved.json faketime -f "+${MOVED_CLOCK_DAYS}d" npx playwright test --reporter=list,json || moved_e2e_status=$?

echo "== Crash test, shared database and soak over HTTP, short versions, the system clock ${MOVED_CLOCK_DAYS} days ahead"
moved_crash_status=0
faketime -f "+${MOVED_CLOCK_DAYS}d" npm run -s test:crash -- --kills 3 --out .reports/crash-moved.md || moved_crash_status=$?
moved_shared_status=0
faketime -f "+${MOVED_CLOCK_DAYS}d" npm run -s test:shared-db -- --out .reports/shared-db-moved.md || moved_shared_status=$?
moved_soak_status=0
faketime -f "+${MOVED_CLOCK_DAYS}d" npm run -s test:soak -- --minutes 1 --out .reports/soak-moved.md || moved_soak_status=$?

node scripts/test-summary.mjs vitest:.reports/vitest.json playwright:.reports/playwright.json "crash=$crash_status" "shared database=$shared_status" "soak=$soak_status" \
  vitest:.reports/vitest-moved.json playwright:.reports/playwright-moved.json "crash (clock moved)=$moved_crash_status" "shared database (clock moved)=$moved_shared_status" "soak (clock moved)=$moved_soak_status"
[ "$vitest_status" = 0 ] && [ "$e2e_status" = 0 ] && [ "$crash_status" = 0 ] && [ "$shared_status" = 0 ] && [ "$soak_status" = 0 ] \
  && [ "$moved_vitest_status" = 0 ] && [ "$moved_e2e_status" = 0 ] && [ "$moved_crash_status" = 0 ] && [ "$moved_shared_status" = 0 ] && [ "$moved_soak_status" = 0 ]
