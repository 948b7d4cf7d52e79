// A session cookie for a benchmark's server, made with the server's own AUTH_SECRET, as Auth.js
// makes it at sign-in. Benchmarks measure pages, not the sign-in: a scale data set is not demo
// data, so it has no demo sign-in, and a work account needs a stand-in identity provider.
import { encode } from 'next-auth/jwt';

const COOKIE = 'authjs.session-token';

/** `subject` as the app's sessions carry it: `u:<user id>` or `i:<invitation id>` (lib/auth/viewer-from-subject.ts). */
export async function sessionCookie(subject: string, secret: string): Promise<string> {
  const token = await encode({ token: { sub: subject }, secret, salt: COOKIE, maxAge: 8 * 60 * 60 });
  return `${COOKIE}=${token}`;
}
