#!/usr/bin/env bash
# The web server of the browser tests (`npm run -s e2e:server`, started by playwright.config.ts):
# the app as built by `next build`, on a database folder of its own so the tests never touch
# the developer's data. It does not build: the test runner builds once, before Playwright.
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ ! -f .next/BUILD_ID ]; then
  echo "Appen är inte byggd. Kör först: npx next build" >&2
  exit 1
fi

export PGLITE_DIR="${E2E_PGLITE_DIR:-.data/e2e}"
npm run -s db:prepare
# Test data the demo lacks (an open round, invitation links, a disabled user); the tokens go
# to .data/e2e-invitations.json for the specs. Before the app opens the database: PGlite is
# a single connection.
node_modules/.bin/tsx --conditions=react-server tests/e2e/fixtures/create-invitations.ts
# The steering report's PDF is printed by headless Chromium from the app itself, at this address.
# E2E_PORT: the second server of the import specs (playwright.config.ts) listens on 3101.
PORT_E2E="${E2E_PORT:-3100}"
export INTERNAL_ORIGIN="${INTERNAL_ORIGIN:-http://127.0.0.1:${PORT_E2E}}"
exec node_modules/.bin/next start -p "${PORT_E2E}" -H 127.0.0.1
