import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe: far beyond guessing, short enough for a QR code. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Tokens are stored only as this hash; a database leak gives no working links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** A plausible token: base64url, 43 characters for 32 bytes. Anything else is not looked up. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
