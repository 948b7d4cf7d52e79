import { defineConfig } from 'vitest/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const __dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(__dirname),
      // `server-only` throws outside a React server bundle; tests run data code directly.
      'server-only': path.resolve(__dirname, 'tests/support/empty-module.ts'),
    },
  },
  test: {
    include: ['lib/**/*.test.ts', 'app/**/*.test.ts', 'db/**/*.test.ts', 'components/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/crash/**/*.test.ts', 'bench/**/*.test.ts'],
    // Business dates come from lib/clock, pinned here to tests/support/test-day.ts.
    setupFiles: ['tests/support/pin-test-day.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // PGlite is single-connection and CPU-heavy; two cores on CI.
    fileParallelism: false,
    // next-auth imports `next/server` without an extension, which Node's ESM loader rejects;
    // let Vite resolve it (only the access-matrix test imports modules that load next-auth).
    server: { deps: { inline: ['next-auth'] } },
  },
});
