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

// One clock (lib/clock, decision record 013): product code never reads the wall clock itself.
const clockRule = {
  files: ['app/**/*.ts', 'app/**/*.tsx', 'components/**/*.ts', 'components/**/*.tsx', 'lib/**/*.ts', 'db/**/*.ts', 'proxy.ts'],
  ignores: ['**/*.test.ts', 'lib/clock/**', 'db/bench/**'],
  rules: {
    'no-restricted-syntax': ['error',
      { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Read the time from lib/clock (todayInSweden, clockNow): one clock that tests can set.' },
      { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Read the time from lib/clock (todayInSweden, clockNow): one clock that tests can set.' },
    ],
  },
};

const config = [
  { ignores: ['.next/**', 'node_modules/**', '.data/**', 'db/migrations/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
  ...next,
  ...nextTs,
  domainRule,
  componentsRule,
  clockRule,
];

export default config;
