/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time,
  // and the database drivers must never be bundled twice.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'exceljs'],
  poweredByHeader: false,
  // Migrations run on first use, so serverless bundles (Vercel) must carry the SQL files.
  outputFileTracingIncludes: { '/**': ['./db/migrations/**/*'] },
};

module.exports = nextConfig;
