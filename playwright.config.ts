import { defineConfig, devices } from '@playwright/test';
import { APP_AUTH_ENV, APP_HEALTH_URL, APP_URL, IMPORT_APP_DB, IMPORT_APP_URL, IMPORT_HEALTH_URL, OIDC_ENV, OIDC_ISSUER } from './tests/e2e/oidc/settings';

const BASE_URL = APP_URL;

/** Specs that load the shared sample: they run on a second server with its own database. */
const IMPORT_SPECS = /admin-import.*\.spec\.ts$/;

const CHROMIUM = {
  ...devices['Desktop Chrome'],
  // Debian's Chromium; Playwright's own browser download is never used.
  launchOptions: {
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  },
};

export default defineConfig({
  testDir: 'tests/e2e',
  // One app server on one PGlite database: tests run one at a time.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  reporter: 'list',
  forbidOnly: !!process.env.CI,
  use: {
    baseURL: BASE_URL,
    locale: 'sv-SE',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: IMPORT_SPECS,
      use: CHROMIUM,
    },
    {
      name: 'import',
      testMatch: IMPORT_SPECS,
      use: { ...CHROMIUM, baseURL: IMPORT_APP_URL },
    },
  ],
  webServer: [
    {
      // A real OpenID Connect provider standing in for Microsoft Entra ID (tests/e2e/oidc).
      command: 'node tests/e2e/oidc/start-oidc.mjs',
      url: `${OIDC_ISSUER}/.well-known/openid-configuration`,
      env: OIDC_ENV,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      command: 'npm run -s e2e:server',
      // Ready only when the database is open and migrated: the health route answers 503 until then.
      url: APP_HEALTH_URL,
      // A fixed session secret, Entra ID pointed at the stand-in (the specs sign in with it).
      env: APP_AUTH_ENV,
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
    {
      // The import specs' server: the same build, its own database and port (IMPORT_SPECS).
      command: 'npm run -s e2e:server',
      url: IMPORT_HEALTH_URL,
      env: { ...APP_AUTH_ENV, E2E_PGLITE_DIR: IMPORT_APP_DB, E2E_PORT: new URL(IMPORT_APP_URL).port },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
      stdout: 'pipe',
      stderr: 'pipe',
    },
  ],
});
