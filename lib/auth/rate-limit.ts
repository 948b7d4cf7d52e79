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

  private prune(t: number): void {
    for (const [key, entry] of this.hits) if (t - entry.windowStart >= this.windowMs) this.hits.delete(key);
  }
}

const perMinute = Number(process.env.AUTH_RATE_LIMIT_PER_MINUTE) || 20;

/** Sign-in attempts per client address and method: 20 a minute unless configured. */
export const signInLimiter = new RateLimiter(perMinute, 60_000);

/**
 * The client's address, when a proxy we trust (Vercel, or TRUST_PROXY=true) put it in
 * X-Forwarded-For. Otherwise the header could be anything the client chose, so every client
 * shares one key ("direkt") and the limit for that key is ten times higher.
 */
export function clientAddress(headers: Headers): string {
  if (process.env.VERCEL || process.env.TRUST_PROXY === 'true') {
    return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || 'okänd';
  }
  return 'direkt';
}

/** Counts a sign-in attempt by method and client; false when over the limit. */
export function allowSignIn(method: string, headers: Headers): boolean {
  const address = clientAddress(headers);
  if (address !== 'direkt') return signInLimiter.attempt(`${method}:${address}`);
  return sharedLimiter.attempt(method);
}

const sharedLimiter = new RateLimiter(perMinute * 10, 60_000);
