import { describe, expect, it } from 'vitest';
import { apiKeyFromAuthorization, newApiKey } from './api-key-token';
import { hashToken } from './tokens';

describe('API keys', () => {
  it('are new each time, stored only as their hash, and listed by a short prefix', () => {
    const a = newApiKey();
    const b = newApiKey();
    expect(a.key).not.toBe(b.key);
    expect(a.key).toMatch(/^kk_[A-Za-z0-9_-]{43}$/);
    expect(a.keyHash).toBe(hashToken(a.key));
    expect(a.keyHash).not.toContain(a.key.slice(3));
    expect(a.prefix).toBe(a.key.slice(0, 10));
  });

  it('are read only from a well-formed Bearer header', () => {
    const { key } = newApiKey();
    expect(apiKeyFromAuthorization(`Bearer ${key}`)).toBe(key);
    expect(apiKeyFromAuthorization(`bearer ${key} `)).toBe(key);
    expect(apiKeyFromAuthorization(null)).toBeNull();
    expect(apiKeyFromAuthorization(key)).toBeNull();
    expect(apiKeyFromAuthorization(`Basic ${key}`)).toBeNull();
    expect(apiKeyFromAuthorization(`Bearer ${key.slice(0, -1)}`)).toBeNull();
    expect(apiKeyFromAuthorization(`Bearer ${key}x`)).toBeNull();
    expect(apiKeyFromAuthorization('Bearer kk_' + 'a'.repeat(42) + '!')).toBeNull();
  });
});
