import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import type { Provider } from 'next-auth/providers';
import { getDb } from '@/db/client';
import { userById } from '@/db/queries/users';
import { env } from '@/lib/env';
import { allowSignIn, signInLimiter } from './rate-limit';
import { cookies } from 'next/headers';
import { entraUser } from './entra-account';
import { checkInvitationSignIn } from './invitation-sign-in';
import type { CookieJar } from './link-browser';
import { authSecret } from './secret';
import { demoProviderWanted, demoSignInState, entraConfigured } from './sign-in-methods';
import { INVITATION_SUBJECT, USER_SUBJECT } from './viewer-from-subject';

export { INVITATION_SUBJECT, USER_SUBJECT };

class TooManyAttempts extends CredentialsSignin {
  code = 'too_many_attempts';
}
class InvitationNotValid extends CredentialsSignin {
  code = 'invitation_not_valid';
}


/** The request's cookies where Next.js can set them (the sign-in action, the auth route). */
async function cookieJar(): Promise<CookieJar | null> {
  try {
    return await cookies();
  } catch {
    return null;
  }
}

export { entraConfigured };

function providers(): Provider[] {
  const list: Provider[] = [
    Credentials({
      id: 'invitation',
      name: 'Inbjudningslänk',
      credentials: { token: {} },
      async authorize(credentials, request) {
        const result = await checkInvitationSignIn(credentials.token, request.headers, await cookieJar());
        if (!result.ok) throw result.reason === 'too-many-attempts' ? new TooManyAttempts() : new InvitationNotValid();
        return { id: `${INVITATION_SUBJECT}${result.invitationId}`, name: result.name };
      },
    }),
  ];
  if (demoProviderWanted()) {
    list.push(
      Credentials({
        id: 'demo',
        name: 'Demo',
        credentials: { userId: {} },
        async authorize(credentials, request) {
          // Checked again here, with the data as it is now: the button list is not the gate.
          if (!(await demoSignInState()).on) return null;
          if (!allowSignIn('demo', request.headers)) throw new TooManyAttempts();
          const id = Number(credentials.userId);
          if (!Number.isSafeInteger(id)) return null;
          const user = await userById(await getDb(), id);
          if (!user || user.disabled) return null;
          return { id: `${USER_SUBJECT}${user.id}`, name: user.name, email: user.email };
        },
      }),
    );
  }
  if (entraConfigured()) {
    const e = env();
    list.push(
      MicrosoftEntraID({
        clientId: e.AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: e.AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: e.AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        authorization: { params: { scope: 'openid profile email' } },
        // The stock profile fetches a photo from Microsoft Graph; the product shows none.
        profile: (profile) => ({ id: profile.sub, name: profile.name, email: profile.email ?? profile.preferred_username }),
      }),
    );
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: authSecret(),
  trustHost: true,
  session: { strategy: 'jwt', maxAge: 8 * 60 * 60 },
  pages: { signIn: '/logga-in', error: '/logga-in' },
  providers: providers(),
  callbacks: {
    /**
     * Entra ID: only people who have a user account, not disabled, may sign in; matched on the
     * account's object id and tenant id, e-mail only at the first sign-in (lib/auth/entra-account.ts).
     */
    async signIn({ user, account, profile }) {
      if (account?.provider !== 'microsoft-entra-id') return true;
      if (!signInLimiter.attempt(`entra:${user.email ?? ''}`)) return false;
      const known = profile ? await entraUser(await getDb(), profile) : undefined;
      return Boolean(known && !known.disabled);
    },
    async jwt({ token, user, account, profile }) {
      if (user && account?.provider === 'microsoft-entra-id') {
        const known = profile ? await entraUser(await getDb(), profile) : undefined;
        token.sub = known && !known.disabled ? `${USER_SUBJECT}${known.id}` : undefined;
      } else if (user?.id) {
        token.sub = user.id;
      }
      return token;
    },
    session({ session, token }) {
      return { ...session, subject: token.sub ?? null };
    },
  },
}));
