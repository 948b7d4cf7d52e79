import next from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

// The layer rules of ARCHITECTURE.md, enforced by the linter so a wrong import fails the build.
const domainRule = {
  files: ['lib/domain/**/*.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['@/db/*', '@/db', '@/lib/data/*', '@/lib/import/*', '@/lib/cli/*', '@/lib/auth/*', '@/lib/validation/*', '@/app/*', '@/components/*'], message: 'lib/domain is pure: it may only import lib/domain.' },
        { group: ['next', 'next/*', 'react', 'react/*', 'react-dom', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*', 'node:*', 'fs', 'path'], message: 'lib/domain is pure: no I/O, no next, no react, no db.' },
        { group: ['../*', '../../*'], message: 'lib/domain may only import lib/domain (use ./ or @/lib/domain).' },
      ],
    }],
  },
};

const componentsRule = {
  files: ['components/**/*.ts', 'components/**/*.tsx'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        { group: ['@/db', '@/db/*', '@/lib/data', '@/lib/data/*', '@/lib/import/*', '@/lib/cli/*', '@/lib/auth', '@/lib/auth/*', 'drizzle-orm', 'drizzle-orm/*', 'pg', '@electric-sql/*'], message: 'components only render: props in, markup out.' },
      ],
    }],
  },
};

const config = [
  { ignores: ['.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...next,
  ...nextTs,
  domainRule,
  componentsRule,
];

export default config;
