// A stand-in for Microsoft Entra ID in the browser tests: a real OpenID Connect provider
// (panva's oidc-provider) on http://127.0.0.1:3199 with one client, the app. The app talks to
// it exactly as to Entra ID (discovery, authorization code with PKCE, token request with the
// client secret, ID token claims); only the sign-in page is ours: whatever email address is
// typed in is signed in, so a test decides who the "Microsoft account" belongs to.
//
// Started by playwright.config.ts, which passes the settings of tests/e2e/oidc/settings.ts in
// the environment (OIDC_ISSUER, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET, OIDC_REDIRECT_URI). Keys and
// cookie secrets are made at start and live as long as the process. Never used outside tests.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import http from 'node:http';
import Provider from 'oidc-provider';

function setting(name) {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set (the OIDC stand-in is started by playwright.config.ts)`);
  return value;
}

const OIDC_ISSUER = setting('OIDC_ISSUER');
const OIDC_CLIENT = { id: setting('OIDC_CLIENT_ID'), secret: setting('OIDC_CLIENT_SECRET'), redirectUris: setting('OIDC_REDIRECT_URI').split(/\s+/).filter(Boolean) };
const { hostname: HOST, port: OIDC_PORT } = new URL(OIDC_ISSUER);

/** "johan.ek@exempelby.example" → "Johan Ek": the name Entra ID would have on file. */
function nameFromEmail(email) {
  const local = email.split('@')[0] ?? email;
  return local
    .split(/[._-]+/)
    .filter(Boolean)
    .map((part) => part.charAt(0).toLocaleUpperCase('sv-SE') + part.slice(1))
    .join(' ');
}

function signingKey() {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { ...privateKey.export({ format: 'jwk' }), kid: `e2e-${randomBytes(4).toString('hex')}`, use: 'sig', alg: 'RS256' };
}

const escapeHtml = (s) => String(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(title, body) {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – OIDC stand-in</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 28rem; margin: 3rem auto; padding: 0 1rem; color: #1b1b1b; }
  label { display: block; margin: 1rem 0 .25rem; font-weight: 600; }
  input { font: inherit; width: 100%; padding: .5rem; box-sizing: border-box; border: 1px solid #555; }
  button { font: inherit; margin-top: 1rem; margin-right: .5rem; padding: .5rem 1.25rem; background: #0b5cad; color: #fff; border: 0; }
  button.secondary { background: #fff; color: #0b5cad; border: 1px solid #0b5cad; }
</style></head>
<body><main><p>Test identity provider (stands in for Microsoft Entra ID)</p>${body}</main></body>
</html>`;
}

const configuration = {
  clients: [
    {
      client_id: OIDC_CLIENT.id,
      client_secret: OIDC_CLIENT.secret,
      redirect_uris: OIDC_CLIENT.redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      // What Auth.js uses for an OIDC provider unless told otherwise.
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  scopes: ['openid', 'email', 'profile'],
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // Auth.js takes the profile from the ID token (like Entra ID, which puts the claims there).
  conformIdTokenClaims: false,
  // Auth.js always sends an S256 code challenge; a request without one is refused.
  pkce: { required: () => true },
  features: { devInteractions: { enabled: false } },
  interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
  jwks: { keys: [signingKey()] },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  ttl: { Interaction: 10 * 60, Session: 60 * 60, Grant: 60 * 60, AuthorizationCode: 60, AccessToken: 60 * 60, IdToken: 60 * 60 },
  /** Any login is an account: its email address, lower-cased. */
  async findAccount(_ctx, id) {
    const email = String(id).trim().toLowerCase();
    return {
      accountId: email,
      async claims() {
        return { sub: email, email, email_verified: true, name: nameFromEmail(email) };
      },
    };
  },
  async renderError(ctx, out, error) {
    process.stderr.write(`[oidc] error page: ${JSON.stringify(out)} ${error instanceof Error ? error.message : ''}\n`);
    ctx.type = 'html';
    ctx.body = page('Error', `<h1>Sign-in failed</h1><pre>${escapeHtml(JSON.stringify(out, null, 2))}</pre>`);
  },
};

const provider = new Provider(OIDC_ISSUER, configuration);
provider.on('server_error', (_ctx, error) => process.stderr.write(`[oidc] server error: ${error.stack ?? error}\n`));
provider.on('grant.error', (_ctx, error) => process.stderr.write(`[oidc] token request refused: ${error.message} ${error.error_description ?? ''} ${error.error_detail ?? ''}\n`));
provider.on('authorization.error', (_ctx, error) => process.stderr.write(`[oidc] authorization refused: ${error.message} ${error.error_description ?? ''}\n`));

async function formBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

function send(res, status, html) {
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  res.end(html);
}

/** The sign-in page (any email address) and the consent page, at /interaction/<uid>[/<step>]. */
async function interaction(req, res, uid, step) {
  const details = await provider.interactionDetails(req, res);
  const { prompt, params, session, grantId } = details;
  if (details.uid !== uid) return send(res, 400, page('Error', '<h1>Unknown interaction</h1>'));

  if (req.method === 'GET' && !step) {
    if (prompt.name === 'login') {
      return send(res, 200, page('Sign in', `
<h1>Sign in</h1>
<form method="post" action="/interaction/${escapeHtml(uid)}/login" autocomplete="off">
  <label for="login">Email</label>
  <input id="login" name="login" type="email" required autofocus value="${escapeHtml(params.login_hint ?? '')}">
  <button type="submit">Next</button>
</form>`));
    }
    const scopes = [...new Set([...(prompt.details.missingOIDCScope ?? []), ...(prompt.details.missingOIDCClaims ?? [])])];
    return send(res, 200, page('Permissions requested', `
<h1>Permissions requested</h1>
<p>${escapeHtml(params.client_id)} wants to sign you in as ${escapeHtml(session?.accountId ?? '')} and read:</p>
<ul>${scopes.map((s) => `<li>${escapeHtml(s)}</li>`).join('')}</ul>
<form method="post" action="/interaction/${escapeHtml(uid)}/consent">
  <button type="submit">Accept</button>
  <button type="submit" class="secondary" formaction="/interaction/${escapeHtml(uid)}/abort">Cancel</button>
</form>`));
  }

  if (req.method === 'POST' && step === 'login' && prompt.name === 'login') {
    const login = ((await formBody(req)).get('login') ?? '').trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(login)) return send(res, 400, page('Sign in', '<h1>Enter an email address</h1>'));
    return provider.interactionFinished(req, res, { login: { accountId: login } }, { mergeWithLastSubmission: false });
  }

  if (req.method === 'POST' && step === 'consent' && prompt.name === 'consent') {
    const grant = grantId ? await provider.Grant.find(grantId) : new provider.Grant({ accountId: session.accountId, clientId: params.client_id });
    if (prompt.details.missingOIDCScope) grant.addOIDCScope(prompt.details.missingOIDCScope.join(' '));
    if (prompt.details.missingOIDCClaims) grant.addOIDCClaims(prompt.details.missingOIDCClaims);
    return provider.interactionFinished(req, res, { consent: { grantId: await grant.save() } }, { mergeWithLastSubmission: true });
  }

  if (req.method === 'POST' && step === 'abort') {
    return provider.interactionFinished(req, res, { error: 'access_denied', error_description: 'The user cancelled' }, { mergeWithLastSubmission: false });
  }

  return send(res, 405, page('Error', '<h1>Not allowed</h1>'));
}

const oidc = provider.callback();

const server = http.createServer((req, res) => {
  const match = /^\/interaction\/([\w-]+)(?:\/(login|consent|abort))?\/?(?:\?.*)?$/.exec(req.url ?? '');
  if (!match) return oidc(req, res);
  interaction(req, res, match[1], match[2]).catch((error) => {
    process.stderr.write(`[oidc] interaction failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    if (!res.headersSent) send(res, 400, page('Error', `<h1>Sign-in failed</h1><p>${escapeHtml(error instanceof Error ? error.message : String(error))}</p>`));
  });
});

server.listen(OIDC_PORT, HOST, () => {
  process.stdout.write(`OIDC stand-in listening on ${OIDC_ISSUER} (client ${OIDC_CLIENT.id})\n`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
