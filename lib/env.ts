import { z } from 'zod';
import { DEFAULT_K, MIN_K } from '@/lib/domain/enums';

// Validated once per process. Every setting the product reads from the environment is here.
const envSchema = z.object({
  DATABASE_URL: z.string().min(1).optional(),
  POSTGRES_URL: z.string().min(1).optional(),
  VERCEL: z.string().optional(),
  PGLITE_DIR: z.string().min(1).default('.data/pglite'),
  /** How long a request waits for the embedded database while other work holds it (db/pglite-gate.ts). */
  PGLITE_WAIT_SECONDS: z.coerce.number().min(1).max(600).default(20),
  MIN_GROUP_SIZE: z.coerce.number().int().min(MIN_K).default(DEFAULT_K),
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Signs sessions. Required in production; a random one per process otherwise. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Shows the demo sign-in buttons on /logga-in. Never in a real installation. */
  AUTH_DEMO: z.enum(['true', 'false']).optional(),
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().min(1).optional(),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.string().url().optional(),
  /** Sign-in attempts per minute per client address and method. */
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).optional(),
  /** The public address of a self-hosted installation, e.g. https://kompetens.kommun.se. */
  AUTH_URL: z.string().url().optional(),
  /** The bearer secret of the scheduled retention sweep (/api/cron/retention, Vercel Cron); unset = the route is off. */
  CRON_SECRET: z.string().min(16).optional(),
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new Error(`Invalid environment: ${fields}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export type DatabaseTarget =
  | { driver: 'pg'; url: string }
  | { driver: 'vercel'; url: string }
  | { driver: 'pglite'; dir: string | null };

/** DATABASE_URL → node-postgres; POSTGRES_URL on Vercel → @vercel/postgres; neither → PGlite. */
export function databaseTarget(e: Env = env()): DatabaseTarget {
  if (e.DATABASE_URL) return { driver: 'pg', url: e.DATABASE_URL };
  if (e.POSTGRES_URL && e.VERCEL) return { driver: 'vercel', url: e.POSTGRES_URL };
  return { driver: 'pglite', dir: e.PGLITE_DIR };
}

/** Forgets the validated environment, so a test can change a setting and read it again. */
export function resetEnvCache(): void {
  cached = undefined;
}
