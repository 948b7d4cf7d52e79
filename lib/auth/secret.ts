import 'server-only';
import { randomBytes } from 'node:crypto';
import { env } from '@/lib/env';

/** The secret that signs sessions, and marks a browser that has used a personal link. */
export function authSecret(): string {
  const e = env();
  if (e.AUTH_SECRET) return e.AUTH_SECRET;
  if (e.NODE_ENV === 'production' && e.AUTH_DEMO !== 'true') {
    throw new Error('AUTH_SECRET must be set in production (at least 32 characters).');
  }
  // Demo and development: sessions last as long as the server process.
  return (globalThis as { __kkAuthSecret?: string }).__kkAuthSecret ??= randomBytes(32).toString('base64url');
}
