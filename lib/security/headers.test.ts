import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, originOf, securityHeaders } from './headers';

describe('security headers', () => {
  it('allows scripts only with the nonce and forms only to this site and the identity provider', () => {
    const csp = contentSecurityPolicy('abc', { identityProviderOrigin: 'https://login.microsoftonline.com', development: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toContain('unsafe-eval');
    expect(csp).toContain("form-action 'self' https://login.microsoftonline.com");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('sends HSTS only over https', () => {
    expect(securityHeaders({ https: true })['Strict-Transport-Security']).toMatch(/max-age=/);
    expect(securityHeaders({ https: false })['Strict-Transport-Security']).toBeUndefined();
  });

  it('takes the origin of an issuer URL', () => {
    expect(originOf('https://login.microsoftonline.com/tenant/v2.0')).toBe('https://login.microsoftonline.com');
    expect(originOf('not a url')).toBeNull();
    expect(originOf(undefined)).toBeNull();
  });
});
