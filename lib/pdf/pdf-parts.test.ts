import { describe, expect, it } from 'vitest';
import { footerTemplate, headerTemplate } from './header-footer';
import { sessionCookies } from './session-cookies';

describe('the viewer’s cookies for the headless browser', () => {
  it('sets every cookie of the request for the internal origin’s host', () => {
    const cookies = sessionCookies('authjs.session-token=eyJ.abc-_; kk-lang=sv', 'http://127.0.0.1:3100');
    expect(cookies).toEqual([
      { name: 'authjs.session-token', value: 'eyJ.abc-_', domain: '127.0.0.1', path: '/', secure: false, httpOnly: true, sameSite: 'Lax' },
      { name: 'kk-lang', value: 'sv', domain: '127.0.0.1', path: '/', secure: false, httpOnly: true, sameSite: 'Lax' },
    ]);
  });

  it('keeps the Secure prefixes of an https installation secure', () => {
    const cookies = sessionCookies('__Secure-authjs.session-token=a; __Host-authjs.csrf-token=b', 'http://localhost:3000');
    expect(cookies.map((c) => [c.name, c.secure, c.domain])).toEqual([
      ['__Secure-authjs.session-token', true, 'localhost'],
      ['__Host-authjs.csrf-token', true, 'localhost'],
    ]);
  });

  it('drops what is not a cookie instead of failing', () => {
    expect(sessionCookies(null, 'http://127.0.0.1:3000')).toEqual([]);
    expect(sessionCookies('novalue; =x; bad name=1; ok=1', 'http://127.0.0.1:3000').map((c) => c.name)).toEqual(['ok']);
  });
});

describe('the running header and footer', () => {
  it('escape the project’s name and number the pages', () => {
    expect(headerTemplate('Stärkt <i>i</i> yrkesrollen & mer')).toContain('Stärkt &lt;i&gt;i&lt;/i&gt; yrkesrollen &amp; mer');
    const footer = footerTemplate('Data per 2026-11-23 17:05');
    expect(footer).toContain('Data per 2026-11-23 17:05');
    expect(footer).toContain('Sida <span class="pageNumber"></span> av <span class="totalPages"></span>');
  });
});
