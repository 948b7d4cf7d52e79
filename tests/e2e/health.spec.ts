import { expect, test } from '@playwright/test';

test('GET /api/health reports an open, migrated database', async ({ request }) => {
  const response = await request.get('/api/health');
  expect(response.status()).toBe(200);
  expect(response.headers()['cache-control']).toContain('no-store');
  const body = (await response.json()) as { status: string; database: { reachable: boolean; migrated: boolean; migrations: number } };
  expect(body.status).toBe('ok');
  expect(body.database.reachable).toBe(true);
  expect(body.database.migrated).toBe(true);
  expect(body.database.migrations).toBeGreaterThan(0);
});
