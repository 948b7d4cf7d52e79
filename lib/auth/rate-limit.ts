/**
 * A fixed-window counter per key (e.g. "demo:127.0.0.1"), in memory. Enough to slow down
 * guessing of invitation links and sign-in attempts on one server; a fleet of serverless
 * instances would each count on their own, which still bounds the rate per instance.
 */
export class RateLimiter {
  private readonly hits = new Map<string, { windowStart: number; count: number }>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts an attempt; false when the key has used up its attempts in this window. */
  attempt(key: string): boolean {
    const t = this.now();
    const entry = this.hits.get(key);
    if (!entry || t - entry.windowStart >= this.windowMs) {
      this.hits.set(key, { windowStart: t, count: 1 });
      if (this.hits.size > 10_000) this.prune(t);
      return true;
    }
    entry.count += 1;
    return entry.count <= this.limit;
  }

  /** Forgets every count (tests that start from a clean window). */
  reset(): void {
    this.hits.clear();
  }

  private prune(t: number): void {
    for (const [key, entry] of this.hits) if (t - entry.windowStart >= this.windowMs) this.hits.delete(key);
  }
}

const perMinute = Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE) || 20;

/** Sign-in attempts per client address and method: 20 a minute unless configured. */
export const signInLimiter = new RateLimiter(perMinute, 60_000);

/**
 * The client's address, when a proxy we trust said it. On Vercel that is `x-real-ip` (Vercel sets
 * it; a client's own value is overwritten). Behind a proxy of one's own (TRUST_PROXY=true) it is
 * the last entry of X-Forwarded-For: the one the proxy appended. The first entries are whatever
 * the client sent, so taking the first let anyone pick a fresh address for every attempt.
 * Without a trusted proxy the header could be anything, so every client shares one key
 * ("direkt") and the limit for that key is ten times higher.
 */
export function clientAddress(headers: Headers, environment: Partial<Record<'VERCEL' | 'TRUST_PROXY', string>> = { VERCEL: process.env.VERCEL, TRUST_PROXY: process.env.TRUST_PROXY }): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',').map((a) => a.trim()).filter((a) => a !== '') ?? [];
  if (environment.VERCEL) return headers.get('x-real-ip')?.trim() || forwarded.at(-1) || 'okänd';
  if (environment.TRUST_PROXY === 'true') return forwarded.at(-1) || headers.get('x-real-ip')?.trim() || 'okänd';
  return 'direkt';
}

/** Counts a sign-in attempt by method and client; false when over the limit. */
export function allowSignIn(method: string, headers: Headers): boolean {
  const address = clientAddress(headers);
  if (address !== 'direkt') return signInLimiter.attempt(`${method}:${address}`);
  return sharedLimiter.attempt(method);
}

const sharedLimiter = new RateLimiter(perMinute * 10, 60_000);

/** Every sign-in count back to zero: for tests, which share one process and its counters. */
export function resetSignInLimits(): void {
  signInLimiter.reset();
  sharedLimiter.reset();
}
