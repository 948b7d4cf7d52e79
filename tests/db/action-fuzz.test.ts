import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { queryRows, type DbHandle } from '@/db/client';
import { userByEmail } from '@/db/queries/users';
import { seedDemo } from '@/db/seed/seed-demo';
import { effectField, requirementField } from '@/components/survey/answer-fields';
import { SYSTEM_VIEWER, type Viewer } from '@/lib/auth/viewer';
import { viewerFromSubject } from '@/lib/auth/viewer-from-subject';
import { createInvitationLink } from '@/lib/data/invitation-links';
import * as adminSchemas from '@/lib/validation/admin';
import * as apiKeySchemas from '@/lib/validation/api-keys';
import * as frameworkSchemas from '@/lib/validation/frameworks';
import * as logoSchemas from '@/lib/validation/logo';
import * as personalDataSchemas from '@/lib/validation/personal-data';
import * as roundSchemas from '@/lib/validation/rounds';
import * as settingsSchemas from '@/lib/validation/settings';
import * as surveySchemas from '@/lib/validation/survey';
import { snapshot } from '../support/db-snapshot';
import { freshDatabase, TEST_DRIVERS } from '../support/test-database';
import { testDay } from '../support/test-day';
import { getSurvey } from '@/lib/data/survey';

// Every server action, called as Next.js calls it from a form, with thousands of random and
// malformed form posts, as each kind of viewer. A server action that throws anything but
// Next.js's own redirect or not-found signal becomes a 500 page, and one that catches an
// unexpected error shows "Något gick fel (felkod …)" after logging it: both fail this test.
// A refused post must leave the database as it was.
//
// What is stood in for, and why: the session (getViewer returns the viewer under test: the
// viewers themselves are built from the database as a signed-in request builds them), the request's
// headers and cookies, and revalidatePath (they need a running Next.js request). Auth.js's signIn
// refuses every credential here: the sign-in actions' own part (validation, the plain message for a
// refusal) is what is fuzzed; the providers' checks are in the browser tests of the demo, invitation
// and Entra sign-in (tests/e2e/access-matrix, invitation-link and entra-sign-in specs).
// ACTION_FUZZ_RUNS raises the number of posts per action and viewer (npm run test:fuzz).

const RUNS = Number(process.env.ACTION_FUZZ_RUNS ?? 12);

const session = vi.hoisted(() => ({ viewer: { kind: 'anonymous' } as import('@/lib/auth/viewer').Viewer }));
vi.mock('@/lib/auth/get-viewer', async () => {
  const { redirect } = await import('next/navigation');
  return {
    getViewer: async () => session.viewer,
    requireSignedIn: async () => {
      if (session.viewer.kind === 'anonymous' || session.viewer.kind === 'system') redirect('/logga-in');
      return session.viewer;
    },
  };
});
vi.mock('@/lib/auth/auth', async () => {
  const { CredentialsSignin } = await import('next-auth');
  const { redirect } = await import('next/navigation');
  return {
    signIn: async () => {
      throw new CredentialsSignin();
    },
    signOut: async () => redirect('/logga-in'),
    auth: async () => null,
    entraConfigured: () => false,
  };
});
vi.mock('next/cache', () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined, updateTag: () => undefined, refresh: () => undefined }));
vi.mock('next/headers', () => ({
  headers: async () => new Headers({ host: 'localhost:3000', origin: 'http://localhost:3000', 'x-forwarded-proto': 'http' }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], has: () => false, set: () => undefined, delete: () => undefined }),
}));

const ACTION_MODULES = {
  'app/actions': () => import('@/app/actions'),
  'app/logga-in': () => import('@/app/logga-in/actions'),
  'app/k/[token]': () => import('@/app/k/[token]/actions'),
  'app/kartlaggning': () => import('@/app/kartlaggning/actions'),
  'app/personer/[employeeId]': () => import('@/app/personer/[employeeId]/actions'),
  'app/styrgrupp/[projectCode]': () => import('@/app/styrgrupp/[projectCode]/actions'),
  'app/admin/anvandare': () => import('@/app/admin/anvandare/actions'),
  'app/admin/api-nycklar': () => import('@/app/admin/api-nycklar/actions'),
  'app/admin/import': () => import('@/app/admin/import/actions'),
  'app/admin/installningar': () => import('@/app/admin/installningar/actions'),
  'app/admin/omgangar': () => import('@/app/admin/omgangar/actions'),
  'app/admin/personuppgifter': () => import('@/app/admin/personuppgifter/actions'),
  'app/admin/ramverk': () => import('@/app/admin/ramverk/actions'),
};

// Every route handler that takes input, with the values its address segments may hold. Left out:
// /api/auth (Auth.js's own), /api/health (no input) and the three PDF routes, which print a page
// of this server in Chromium: their access checks and parameters are those of the JSON and XLSX
// routes beside them, which are here.
const ROUTE_MODULES: Record<string, { load: () => Promise<unknown>; params: Record<string, fc.Arbitrary<string>> }> = {
  '/api/kartlaggning/svar': { load: () => import('@/app/api/kartlaggning/svar/route'), params: {} },
  '/api/v1/reports/[report]': { load: () => import('@/app/api/v1/reports/[report]/route'), params: { report: fc.constantFrom('gaps', 'priorities', 'response', 'effect', 'uptake', 'x', '..', '') } },
  '/api/cron/retention': { load: () => import('@/app/api/cron/retention/route'), params: {} },
  '/admin/import/uppladdning': { load: () => import('@/app/admin/import/uppladdning/route'), params: {} },
  '/admin/import/bekrafta': { load: () => import('@/app/admin/import/bekrafta/route'), params: {} },
  '/admin/import/problem': { load: () => import('@/app/admin/import/problem/route'), params: {} },
  '/enheter/[unitCode]/export': { load: () => import('@/app/enheter/[unitCode]/export/route'), params: { unitCode: fc.constantFrom('EXB', 'EXB-VO-ALD-01', 'NOPE', '%E0%A4%A', '..%2F..') } },
  '/prioriteringar/export': { load: () => import('@/app/prioriteringar/export/route'), params: {} },
  '/personer/[employeeId]/registerutdrag.json': { load: () => import('@/app/personer/[employeeId]/registerutdrag.json/route'), params: { employeeId: fc.constantFrom('D10144', 'D10155', 'X', '%00') } },
  '/styrgrupp/[projectCode]/siffror.xlsx': { load: () => import('@/app/styrgrupp/[projectCode]/siffror.xlsx/route'), params: { projectCode: fc.constantFrom('ESF-STARK', 'NOPE', '') } },
};

const QUERY_NAMES = ['tabell', 'omgang', 'roll', 'omrade', 'format', 'uppladdning', 'ogonblick', 'enhet', 'fraga', 'jamfor', 'round', 'unit', 'role', 'question', 'baseline', 'k', 'limit'];

/** A request as a browser, a script or an attacker might send it to the route. */
function requestArbitrary(method: string, params: Record<string, fc.Arbitrary<string>>): fc.Arbitrary<{ request: Request; context: unknown }> {
  const query = fc.array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_NAMES), nasty), fc.oneof(plausible, nasty)), { maxLength: 6 });
  const headers = fc.record({
    origin: fc.constantFrom('http://localhost:3000', 'https://evil.example', ''),
    contentType: fc.constantFrom('application/json', 'multipart/form-data; boundary=x', 'text/plain', 'application/zip', ''),
    authorization: fc.constantFrom('', 'Bearer ', 'Bearer kk_live_x', 'Basic YTpi', `Bearer ${'x'.repeat(5_000)}`),
  });
  const body = fc.oneof(fc.constant(null), fc.uint8Array({ maxLength: 4_000 }), json.map((v) => new TextEncoder().encode(JSON.stringify(v))), formDataArbitrary(fieldNames()));
  return fc.tuple(query, headers, body, fc.record(params)).map(([q, h, b, p]) => {
    const url = new URL('http://localhost:3000/x');
    for (const [k, v] of q) url.searchParams.append(k, v);
    const init: RequestInit & { duplex?: string } = { method, headers: { host: 'localhost:3000', ...(h.origin ? { origin: h.origin } : {}), ...(h.authorization ? { authorization: h.authorization } : {}) } };
    if (method === 'POST' && b !== null) {
      init.body = b as BodyInit;
      if (!(b instanceof FormData) && h.contentType) (init.headers as Record<string, string>)['content-type'] = h.contentType;
    }
    return { request: new Request(url, init), context: { params: Promise.resolve(p) } };
  });
}

/** The field names the forms use: every key of every object schema in lib/validation, and the survey's. */
function fieldNames(): string[] {
  const names = new Set<string>(['sprak', 'steg', 'till', 'token', 'userId', 'requirement.0', 'level.0', 'weight.0', 'requirement.1', 'level.1', 'file', 'logo']);
  for (const value of [adminSchemas, apiKeySchemas, frameworkSchemas, logoSchemas, personalDataSchemas, roundSchemas, settingsSchemas, surveySchemas].flatMap((m) => Object.values(m))) {
    const v = value as { shape?: object; def?: { in?: { shape?: object }; out?: { shape?: object } } } | null;
    for (const shape of [v?.shape, v?.def?.in?.shape, v?.def?.out?.shape]) if (shape && typeof shape === 'object') for (const k of Object.keys(shape)) names.add(k);
  }
  for (const code of ['K01', 'K02', 'K99', '']) names.add(requirementField(code));
  for (const code of ['strengthened', 'X']) names.add(effectField(code));
  return [...names];
}

/** Values that break naive code, and values close enough to valid to reach the checks behind the schemas. */
const nasty = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.constantFrom('=cmd|" /C calc"!A0', "'; drop table people; --", '\u0000', '\uFEFF', '\u202Eevil', '../../etc/passwd', 'NaN', '-1', '1e309', '٣', 'null', '[]', '{"a":1}', '<script>alert(1)</script>', ' '),
  fc.nat({ max: 200_000 }).map((n) => 'å'.repeat(n)),
);
const plausible = fc.constantFrom(
  'EXB', 'EXB-VO-ALD-01', 'EXB-VO', 'KART-2026-H', 'KART-2025-V', 'D10144', 'D10001', 'K01', 'K02', 'ESF-STARK', 'admin', 'hr', 'chef', 'medarbetare', 'styrgrupp',
  '0', '1', '3', '4', '5', '99', '999999999999', '2026-12-31', '2026-02-30', '2099-01-01', 'true', 'false', 'on', 'sv', 'ar', 'en', 'sammanfattning', 'klar', '1', 'x@y.se', 'Ny omgång',
);
const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.constant(null), fc.boolean(), fc.double(), fc.integer(), nasty, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(nasty, tie('value'), { maxKeys: 4 })),
})).value;

const fileValue = fc.record({
  bytes: fc.oneof(fc.uint8Array({ maxLength: 2_000 }), fc.constant(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])), fc.constant(new TextEncoder().encode('<svg onload="alert(1)"/>'))),
  name: fc.constantFrom('logo.png', 'a.svg', '../../x.jpg', '', 'bild.jpeg'),
  type: fc.constantFrom('image/png', 'image/jpeg', 'image/svg+xml', 'text/html', ''),
});

function formDataArbitrary(names: readonly string[]): fc.Arbitrary<FormData> {
  const entry = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...names) }, { weight: 1, arbitrary: nasty }),
    fc.oneof({ weight: 3, arbitrary: plausible }, { weight: 3, arbitrary: nasty }, { weight: 1, arbitrary: fileValue }),
  );
  return fc.array(entry, { maxLength: 12 }).map((entries) => {
    const form = new FormData();
    for (const [name, value] of entries) {
      if (typeof value === 'string') form.append(name, value);
      else form.append(name, new File([value.bytes as BlobPart], value.name, { type: value.type }));
    }
    return form;
  });
}

type Outcome = 'refused' | 'accepted';

const NEXT_REDIRECT = 'NEXT_REDIRECT';

/** How a call ended, as a browser would see it; throws on what would be a 500 or a hidden failure. */
async function callAction(fn: (...args: unknown[]) => Promise<unknown>, form: FormData, state: unknown): Promise<Outcome> {
  let result: unknown;
  try {
    result = fn.length >= 2 ? await fn(state, form) : await fn(form);
  } catch (error) {
    const digest = (error as { digest?: unknown } | null)?.digest;
    if (typeof digest === 'string' && digest.startsWith(NEXT_REDIRECT)) {
      const target = digest.split(';')[2] ?? '';
      return /[?&]fel=|^\/logga-in/.test(target) ? 'refused' : 'accepted';
    }
    if (typeof digest === 'string' && digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404')) return 'refused';
    throw error;
  }
  if (result && typeof result === 'object' && 'ok' in result) {
    const r = result as { ok: boolean; message?: string };
    if (r.ok) return 'accepted';
    expect(r.message, 'a refusal says why').toMatch(/\p{L}/u);
    expect(r.message).not.toMatch(/felkod|\bat [\w.]+ \(|select |insert |violates|Error:/i);
    return 'refused';
  }
  return 'accepted';
}

describe.each(TEST_DRIVERS)('server actions under fuzzing on $name', (driver) => {
  let handle: DbHandle;
  const viewers: Record<string, Viewer> = {};

  beforeAll(async () => {
    handle = await freshDatabase(driver);
    await seedDemo(handle.db);
    await queryRows(handle.db, sql`insert into rounds (code, name, opens_on, closes_on, kind) values ('OPPEN', 'Öppen', ${testDay(-1)}, ${testDay(30)}, 'kompetens')`);
    const link = await createInvitationLink(SYSTEM_VIEWER, { employeeId: 'D10144', round: 'OPPEN' });
    viewers.anonymous = { kind: 'anonymous' };
    viewers.staff = await viewerFromSubject(handle.db, `i:${link.id}`);
    // The staff member's posts must be able to succeed: with no round open on the test day the
    // accepted path would go untested while everything still passed.
    expect((await getSurvey(viewers.staff, {})).state).toBe('open');
    for (const [name, email] of Object.entries({ admin: 'sara.lind@exempelby.example', hr: 'johan.ek@exempelby.example', chef: 'karin.olofsson@exempelby.example' })) {
      const user = await userByEmail(handle.db, email);
      viewers[name] = await viewerFromSubject(handle.db, `u:${user?.id}`);
    }
  }, 300_000);
  afterAll(async () => {
    await handle.close();
  });

  it('builds the viewers from the database', () => {
    expect(Object.fromEntries(Object.entries(viewers).map(([k, v]) => [k, v.kind]))).toEqual({ anonymous: 'anonymous', staff: 'invitation', admin: 'user', hr: 'user', chef: 'user' });
  });

  it.each(Object.entries(ACTION_MODULES))('every action in %s: only clear refusals or redirects, and a refused post changes nothing', async (_name, load) => {
    const names = fieldNames();
    const mod = (await load()) as Record<string, unknown>;
    const actions = Object.entries(mod).filter((e): e is [string, (...args: unknown[]) => Promise<unknown>] => typeof e[1] === 'function');
    expect(actions.length).toBeGreaterThan(0);
    const logged = vi.spyOn(console, 'error');
    let refused = 0;
    let checkedUnchanged = 0;
    try {
      for (const [actionName, fn] of actions) {
        for (const [viewerName, viewer] of Object.entries(viewers)) {
          session.viewer = viewer;
          // A batch of posts; the database must be as before when every post in it was refused.
          const before = await snapshot(handle.db);
          let accepted = 0;
          let batch = 0;
          await fc.assert(
            fc.asyncProperty(formDataArbitrary(names), fc.constantFrom(null, { ok: false, message: 'x', fieldErrors: {} }), async (form, state) => {
              logged.mockClear();
              const outcome = await callAction(fn, form, state).catch((error: unknown) => {
                throw new Error(`${actionName} as ${viewerName} threw: ${error instanceof Error ? error.message : String(error)}`);
              });
              expect(logged, `${actionName} as ${viewerName} logged an unexpected error`).not.toHaveBeenCalled();
              batch++;
              if (outcome === 'accepted') accepted++;
            }),
            { numRuns: RUNS, seed: 20261205 },
          );
          refused += batch - accepted;
          if (accepted === 0) {
            expect(await snapshot(handle.db), `${actionName} as ${viewerName}: refused posts changed the database`).toEqual(before);
            checkedUnchanged += batch;
          }
        }
      }
    } finally {
      logged.mockRestore();
    }
    // Most refusals are in batches checked for no change (an action with no way to refuse, like
    // "Avbryt" on an upload that is already gone, has none).
    if (refused > 0) expect(checkedUnchanged / refused).toBeGreaterThan(0.5);
  }, 600_000);

  it.each(Object.entries(ROUTE_MODULES))('the route %s: random addresses, parameters and bodies get a clear status, never 500, and a refused request changes nothing', async (_name, { load, params }) => {
    const mod = (await load()) as Record<string, unknown>;
    const handlers = Object.entries(mod).filter((e): e is [string, (request: Request, context: unknown) => Promise<Response>] => ['GET', 'POST'].includes(e[0]) && typeof e[1] === 'function');
    expect(handlers.length).toBeGreaterThan(0);
    const logged = vi.spyOn(console, 'error');
    try {
      for (const [method, handler] of handlers) {
        for (const [viewerName, viewer] of Object.entries(viewers)) {
          session.viewer = viewer;
          const before = await snapshot(handle.db);
          let accepted = 0;
          await fc.assert(
            fc.asyncProperty(requestArbitrary(method, params), async ({ request, context }) => {
              logged.mockClear();
              let response: Response;
              try {
                response = await handler(request, context);
              } catch (error) {
                const digest = (error as { digest?: unknown } | null)?.digest;
                if (typeof digest === 'string' && (digest.startsWith(NEXT_REDIRECT) || digest.startsWith('NEXT_HTTP_ERROR_FALLBACK;404'))) return;
                throw new Error(`${method} as ${viewerName} threw: ${error instanceof Error ? error.message : String(error)}`);
              }
              const body = await response.text();
              expect(response.status, `${method} ${request.url} as ${viewerName}: ${body.slice(0, 200)}`).not.toBe(500);
              expect(response.status).toBeLessThan(600);
              expect(body).not.toMatch(/\bat [\w.<>]+ \(|node_modules|select .* from|violates|felkod/i);
              expect(logged, `${method} ${request.url} as ${viewerName} logged an unexpected error`).not.toHaveBeenCalled();
              // A download is audited (who exported what), so only refusals must leave the database as it was.
              if (response.status < 400) accepted++;
            }),
            { numRuns: RUNS, seed: 20261205 },
          );
          if (accepted === 0) expect(await snapshot(handle.db), `${method} as ${viewerName}: refused requests changed the database`).toEqual(before);
        }
      }
    } finally {
      logged.mockRestore();
    }
  }, 600_000);
});
