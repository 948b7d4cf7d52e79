#!/usr/bin/env bash
# Runs every test: lint, types, unit and database tests (PGlite, and PostgreSQL when
# TEST_DATABASE_URL is set), then the browser tests against a production build, then short
# versions of the crash test over HTTP and the soak.
# Installs Debian's Chromium (never a downloaded browser) and poppler-utils when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

mkdir -p .reports
rm -f .reports/vitest.json .reports/playwright.json

# poppler-utils: pdftotext, with which the browser tests read the steering group's PDF report.
if [ ! -x /usr/bin/chromium ] || ! command -v pdftotext >/dev/null; then
  echo "== Installing Debian's chromium and poppler-utils for the browser tests"
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium poppler-utils >/dev/null
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

echo "== Soak, short version (one minute; the ten-minute run is npm run test:soak)"
soak_status=0
npm run -s test:soak -- --minutes 1 --out .reports/soak.md || soak_status=$?

node scripts/test-summary.mjs .reports/vitest.json .reports/playwright.json "crash=$crash_status" "soak=$soak_status"
[ "$vitest_status" = 0 ] && [ "$e2e_status" = 0 ] && [ "$crash_status" = 0 ] && [ "$soak_status" = 0 ]
