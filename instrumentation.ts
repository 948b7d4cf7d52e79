// Runs once when the server starts (Next.js instrumentation), before it answers any request.
export async function register(): Promise<void> {
  // Only the Node.js server: the embedded database and the command line's door live there.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openEmbeddedDatabaseWithDoor } = await import('./lib/cli/owner-door');
  await openEmbeddedDatabaseWithDoor();
}
