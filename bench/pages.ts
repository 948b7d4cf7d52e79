// Pages through the production server: `next start` on a benchmark database, signed in through
// the demo sign-in page in Chromium (as a person does), then time to first byte per page and
// autocannon's throughput with a few connections.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import autocannon from 'autocannon';
import { chromium } from 'playwright-core';
import { summarise, type Timing } from './stats';

/** The benchmark servers' secret: bench/session-cookie.ts makes their sessions with it. */
export const BENCH_AUTH_SECRET = 'bench-auth-secret-0123456789abcdefghijklmnopqrstuvwxyz';

export interface PageTiming {
  path: string;
  ttfb: Timing;
  requestsPerSecond: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  failures: number;
}

export async function startServer(env: Record<string, string>, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const child: ChildProcess = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: { ...process.env, NODE_ENV: 'production', AUTH_DEMO: 'true', AUTH_RATE_LIMIT_PER_MINUTE: '100000', AUTH_SECRET: BENCH_AUTH_SECRET, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return {
    url,
    stop: () => new Promise((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

/** Signs in with the demo button of this name; returns the Cookie header of the session. */
export async function signIn(url: string, buttonName: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${url}/logga-in`);
    await page.getByRole('button', { name: buttonName, exact: true }).click();
    await page.getByRole('button', { name: 'Logga ut' }).waitFor();
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/** Time until the status line and headers arrive; the body is read to the end before the next request. */
function firstByte(url: string, cookie: string): Promise<{ ms: number; status: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.get(url, { headers: { Cookie: cookie } }, (res) => {
      const ms = performance.now() - started;
      res.resume();
      res.on('end', () => resolve({ ms, status: res.statusCode ?? 0 }));
    });
    req.on('error', reject);
  });
}

export async function benchPage(baseUrl: string, path: string, cookie: string, options: { samples: number; seconds: number }): Promise<PageTiming> {
  for (let i = 0; i < 3; i++) await firstByte(baseUrl + path, cookie);
  const samples: number[] = [];
  let failures = 0;
  for (let i = 0; i < options.samples; i++) {
    const r = await firstByte(baseUrl + path, cookie);
    if (r.status !== 200) failures++;
    samples.push(r.ms);
  }
  const load = await autocannon({ url: baseUrl + path, connections: 4, duration: options.seconds, headers: { Cookie: cookie } });
  return {
    path,
    ttfb: summarise(samples),
    requestsPerSecond: load.requests.average,
    latencyP50Ms: load.latency.p50,
    latencyP99Ms: load.latency.p99,
    failures: failures + load.non2xx + load.errors + load.timeouts,
  };
}
