import { describe, expect, it } from 'vitest';
import { plainPageResponse } from './plain-page';

const page = { status: 400, title: 'Felaktig adress', message: 'Adressen går inte att använda.', link: { href: '/', text: 'Till startsidan' } };

describe('plainPageResponse', () => {
  it('gives a Swedish page with no script at all, its heading, sentence and link', async () => {
    const response = plainPageResponse(page, 'page');
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'");
    const html = await response.text();
    expect(html).toContain('<html lang="sv">');
    expect(html).toContain('<h1>Felaktig adress</h1>');
    expect(html).toContain('<p>Adressen går inte att använda.</p>');
    expect(html).toContain('<a href="/" style="color: #0b4f8a">Till startsidan</a>');
    expect(html).not.toContain('<script');
  });

  it('gives the API the same sentence as JSON, with the extra headers', async () => {
    const response = plainPageResponse({ ...page, status: 503, headers: { 'Retry-After': '30' } }, 'api');
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('30');
    expect(await response.json()).toEqual({ error: 'Adressen går inte att använda.' });
  });

  it('escapes what it is given, so a text can never become markup', async () => {
    const html = await plainPageResponse({ ...page, message: '<b>"x" & y</b>' }, 'page').text();
    expect(html).toContain('<p>&lt;b&gt;&quot;x&quot; &amp; y&lt;/b&gt;</p>');
  });
});
