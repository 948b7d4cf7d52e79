import contentDisposition from 'content-disposition';
import { describe, expect, it } from 'vitest';
import { downloadHeader, fileResponse } from './file-response';

const file = (filename: string) => Promise.resolve({ filename, contentType: 'text/csv; charset=utf-8', body: 'a;b\n' } as never);

describe('downloads', () => {
  it('name a file with letters outside Latin-1 without failing: a fallback and the UTF-8 name', async () => {
    const response = await fileResponse(file('gap-EXB-بيت-2026-11-23.csv'));
    expect(response.status).toBe(200);
    const header = response.headers.get('content-disposition') ?? '';
    expect(header).toMatch(/^attachment; filename="gap-EXB-\?\?\?-2026-11-23\.csv"; filename\*=UTF-8''gap-EXB-%D8%A8%D9%8A%D8%AA-2026-11-23\.csv$/);
  });

  it('keep a quote inside the one file name', () => {
    const header = downloadHeader('enhet-"; filename="ond.exe.csv');
    // Read back as a browser does: one parameter, the whole name, quote included.
    expect(contentDisposition.parse(header).parameters).toEqual({ filename: 'enhet-"; filename="ond.exe.csv' });
    expect(header).toBe('attachment; filename="enhet-\\"; filename=\\"ond.exe.csv"');
  });

  it('keep Swedish letters readable in the fallback', () => {
    expect(downloadHeader('gap-Solgården-2026-11-23.csv')).toBe("attachment; filename=\"gap-Solgården-2026-11-23.csv\"");
  });
});
