import 'server-only';
import { cache } from 'react';
import { redirect } from 'next/navigation';
import { getDb } from '@/db/client';
import { auth } from './auth';
import { viewerFromSubject } from './viewer-from-subject';
import type { Viewer } from './viewer';

/** The viewer of this request: the session's subject, re-read from the database every time. */
export const getViewer = cache(async (): Promise<Viewer> => {
  const session = (await auth()) as { subject?: string | null } | null;
  return viewerFromSubject(await getDb(), session?.subject ?? null);
});

/** For pages: the signed-in viewer, or a redirect to the sign-in page. Not the access check itself. */
export async function requireSignedIn(): Promise<Exclude<Viewer, { kind: 'anonymous' } | { kind: 'system' }>> {
  const viewer = await getViewer();
  if (viewer.kind === 'anonymous' || viewer.kind === 'system') redirect('/logga-in');
  return viewer;
}
