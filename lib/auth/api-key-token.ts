import { hashToken, newToken } from './tokens';

/**
 * API keys look like `kk_<43 base64url characters>`: 256 random bits behind a prefix that tells
 * a leaked key apart in logs and secret scanners. Only the SHA-256 hash is stored.
 */
export const API_KEY_PREFIX = 'kk_';

export function newApiKey(): { key: string; keyHash: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${newToken()}`;
  return { key, keyHash: hashToken(key), prefix: key.slice(0, 10) };
}

/** The key in an `Authorization: Bearer …` header, when it is well formed; anything else is not looked up. */
export function apiKeyFromAuthorization(header: string | null): string | null {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  const key = match?.[1] ?? null;
  return key && /^kk_[A-Za-z0-9_-]{43}$/.test(key) ? key : null;
}
