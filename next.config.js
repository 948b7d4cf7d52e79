/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules at run time,
  // and the database drivers must never be bundled twice.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'exceljs'],
  poweredByHeader: false,
};

module.exports = nextConfig;
