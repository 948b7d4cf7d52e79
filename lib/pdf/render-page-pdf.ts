import 'server-only';
import { chromium, errors, type Browser } from 'playwright-core';
import { footerTemplate, headerTemplate } from './header-footer';
import { PrintQueue, PrintQueueFullError } from './print-queue';
import { sessionCookies } from './session-cookies';

/**
 * Prints one of the app's own pages to PDF with headless Chromium (Debian's, never a
 * downloaded one): the same page, the same figures, the same access check, because the
 * browser asks the app as the viewer who asked for the PDF (their cookies, forwarded).
 *
 * One browser per server process, launched on first use and closed after a minute without
 * work; each PDF gets a browser context of its own (its own cookies) that is closed at once.
 * Measured on the 2-core machine: launching Chromium takes 0.3–0.5 s; the demo project's
 * six-page report takes about 1.2 s with a running browser and 2–2.5 s with a launch, so
 * reuse saves a third or more of every request. At most two pages print at the same time
 * (three requests at once: 3.5 s in all).
 */

/** Chromium is missing or will not start, or the page did not finish in time: a 503 with a plain message. */
export class PdfUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfUnavailableError';
  }
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT_MS = 30_000;
const IDLE_CLOSE_MS = 60_000;
const MAX_PARALLEL = 2;
/** More than this many waiting, and the next request is answered 503 at once. */
const MAX_WAITING = 8;

/** Where the server reaches itself: `INTERNAL_ORIGIN`, or the loopback address on `PORT` (3000). */
export function internalOrigin(): string {
  const configured = process.env.INTERNAL_ORIGIN;
  return configured ? new URL(configured).origin : `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}

function executablePath(): string {
  return process.env.CHROMIUM_PATH || '/usr/bin/chromium';
}

// Kept on globalThis so a dev-server reload of this module does not leak browsers.
interface BrowserState {
  browser: Promise<Browser> | null;
  queue: PrintQueue;
  idleTimer: ReturnType<typeof setTimeout> | null;
}
const state: BrowserState = ((globalThis as { __pdfPrinter?: BrowserState }).__pdfPrinter ??= { browser: null, queue: new PrintQueue(MAX_PARALLEL, MAX_WAITING), idleTimer: null });

function launch(): Promise<Browser> {
  const path = executablePath();
  // A missing executable is a launch failure like any other (no file check here: a dynamic
  // path in `fs` would make the build trace the whole project into the server bundle).
  const started = chromium.launch({ executablePath: path, args: ARGS, timeout: TIMEOUT_MS }).then(
    (browser) => {
      browser.on('disconnected', () => {
        if (state.browser === started) state.browser = null;
      });
      return browser;
    },
    (error: unknown) => {
      state.browser = null;
      throw new PdfUnavailableError(`Chromium at ${path} did not start (is it installed? CHROMIUM_PATH)`, { cause: error });
    },
  );
  return started;
}

async function acquire(): Promise<Browser> {
  try {
    await state.queue.enter();
  } catch (error) {
    if (error instanceof PrintQueueFullError) throw new PdfUnavailableError(`${MAX_PARALLEL} PDFs are printing and ${MAX_WAITING} are waiting`, { cause: error });
    throw error;
  }
  if (state.idleTimer) clearTimeout(state.idleTimer);
  state.idleTimer = null;
  try {
    state.browser ??= launch();
    return await state.browser;
  } catch (error) {
    release();
    throw error;
  }
}

function release(): void {
  state.queue.leave();
  if (state.queue.active === 0 && state.queue.waitingCount === 0) {
    state.idleTimer = setTimeout(() => {
      const browser = state.browser;
      state.browser = null;
      state.idleTimer = null;
      void browser?.then((b) => b.close()).catch(() => undefined);
    }, IDLE_CLOSE_MS);
    state.idleTimer.unref?.();
  }
}

export interface PagePdfRequest {
  /** Path and query of the page on this app, e.g. `/styrgrupp/ESF-STARK?utskrift=1`. */
  path: string;
  /** The incoming request's `Cookie` header: the page is rendered as that viewer. */
  cookieHeader: string | null;
  /** At the top of every page. */
  headerTitle: string;
  /** At the bottom left of every page, beside "Sida X av Y". */
  footerNote: string;
}

/** The page as an A4 PDF. Throws PdfUnavailableError when Chromium cannot do it now, Error when the page itself failed. */
export async function renderPagePdf(req: PagePdfRequest): Promise<Uint8Array> {
  const origin = internalOrigin();
  const url = new URL(req.path, origin);
  if (url.origin !== origin) throw new Error(`Not a path of this app: ${req.path}`);

  const browser = await acquire();
  try {
    // A4 at 96 dpi, so the page lays out at the width it is printed at (charts measure it).
    const context = await browser.newContext({ viewport: { width: 794, height: 1123 }, locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
    try {
      context.setDefaultTimeout(TIMEOUT_MS);
      await context.addCookies(sessionCookies(req.cookieHeader, origin));
      // The page needs nothing from elsewhere, and nothing it links to: no other origin, no
      // prefetching of the pages its links lead to (each would run that page's data code).
      await context.route('**/*', async (route) => {
        const r = route.request();
        const ownOrigin = new URL(r.url()).origin === origin;
        return ownOrigin && !(await r.headerValue('next-router-prefetch')) ? route.continue() : route.abort();
      });
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print' });
      // `load`: the document has streamed in full (Suspense boundaries resolved by their inline,
      // nonce'd scripts) with its stylesheets and fonts. Printing does not wait for hydration, so
      // what the PDF shows must be in the server's HTML, as the no-JavaScript rule wants anyway.
      const response = await page.goto(url.href, { waitUntil: 'load', timeout: TIMEOUT_MS });
      // A sign-in redirect or a 404 must never become a PDF of the wrong page.
      const landed = new URL(page.url());
      if (!response || response.status() !== 200 || landed.pathname !== url.pathname) {
        throw new Error(`Printing ${url.pathname} got ${response?.status() ?? 'no response'} at ${landed.pathname}`);
      }
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: headerTemplate(req.headerTitle),
        footerTemplate: footerTemplate(req.footerNote),
        // The same as @page in components/steering/print.css.
        margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
      });
      return new Uint8Array(pdf);
    } finally {
      await context.close().catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof errors.TimeoutError) throw new PdfUnavailableError(`Printing ${url.pathname} timed out`, { cause: error });
    if (!browser.isConnected()) throw new PdfUnavailableError('Chromium stopped while printing', { cause: error });
    throw error;
  } finally {
    release();
  }
}
