import { checkHealth } from '@/lib/data/health';

// A probe must look at the database now, never at a response cached at build time.
export const dynamic = 'force-dynamic';

/** For load balancers, uptime checks and the browser tests: is the database open and up to date? */
export async function GET(): Promise<Response> {
  const health = await checkHealth();
  return Response.json(health, { status: health.status === 'ok' ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
