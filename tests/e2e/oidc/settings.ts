// The stand-in OIDC provider of the browser tests and the app's registration with it: one
// place for playwright.config.ts (which starts both) and the specs.
import { TEST_DAY_ENV } from '../../support/test-day';

/**
 * The app as the browser tests address it: by host name (the server listens on 127.0.0.1), since
 * every spec signs in with a work account (see ENTRA_APP_URL). Node-side readiness checks use
 * APP_HEALTH_URL, which never depends on how `localhost` resolves.
 */
export const APP_URL = 'http://localhost:3100';
export const APP_HEALTH_URL = 'http://127.0.0.1:3100/api/health';

/**
 * A second app server with a database of its own, for the specs that load the shared sample
 * through /admin/import (tests/e2e/admin-import*.spec.ts): the sample shares role, course and
 * project codes with the demo, so loading it into the main test database would change what
 * every other spec sees.
 */
export const IMPORT_APP_URL = 'http://localhost:3101';
export const IMPORT_HEALTH_URL = 'http://127.0.0.1:3101/api/health';
export const IMPORT_APP_DB = '.data/e2e-import';

/**
 * The same server by host name, for the work-account sign-in. Next.js reports a loopback
 * address as `localhost` to route handlers (NextURL), so from a page at 127.0.0.1 Auth.js
 * would send the provider one redirect_uri at sign-in (from the Host header: 127.0.0.1) and
 * another at the callback (localhost), and the provider refuses the code. With `localhost`
 * in the browser both agree. Entra ID itself accepts an http redirect URI only for localhost.
 */
export const ENTRA_APP_URL = APP_URL;

export const OIDC_ISSUER = 'http://127.0.0.1:3199';

export const OIDC_CLIENT = {
  id: 'kompetenskartan-e2e',
  // A test value: the stand-in only ever runs on the loopback address during the tests.
  secret: 'e2e-client-secret-not-used-anywhere-else',
  redirectUris: [`${APP_URL}/api/auth/callback/microsoft-entra-id`, `${IMPORT_APP_URL}/api/auth/callback/microsoft-entra-id`],
} as const;

/** Environment of the stand-in process (read by tests/e2e/oidc/start-oidc.mjs). */
export const OIDC_ENV = {
  OIDC_ISSUER,
  OIDC_CLIENT_ID: OIDC_CLIENT.id,
  OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
  // Both app servers, separated by spaces.
  OIDC_REDIRECT_URI: OIDC_CLIENT.redirectUris.join(' '),
};

/**
 * Environment of a demo installation as `npm start` makes it: the demo sign-in asked for, a
 * fixed secret, the tests' day, no Entra ID. The demo buttons work while the database holds
 * nothing but the demo (tests/e2e/demo-on-the-machines-day.spec.ts).
 */
export const DEMO_APP_ENV = {
  // The app's clock on the tests' day (tests/support/test-day.ts), whatever the wall clock says.
  ...TEST_DAY_ENV,
  AUTH_DEMO: 'true',
  // Every test signs in from the same address; the limit itself is tested in lib/auth.
  AUTH_RATE_LIMIT_PER_MINUTE: '600',
  AUTH_SECRET: 'e2e-auth-secret-0123456789abcdefghijklmnopqrstuvwxyz',
};

/**
 * Environment of the app servers of the browser tests: Entra ID pointed at the stand-in, so
 * every spec signs in with a work account, the way a real installation does. AUTH_DEMO=true
 * stays set, and the demo sign-in is off all the same (Entra ID is configured; the specs' data
 * is not only the demo): the sign-in page says so (entra-sign-in.spec.ts).
 */
export const APP_AUTH_ENV = {
  ...DEMO_APP_ENV,
  AUTH_MICROSOFT_ENTRA_ID_ID: OIDC_CLIENT.id,
  AUTH_MICROSOFT_ENTRA_ID_SECRET: OIDC_CLIENT.secret,
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: OIDC_ISSUER,
};
