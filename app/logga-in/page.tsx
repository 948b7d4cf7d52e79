import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { DemoSignIn } from '@/components/sign-in/demo-sign-in';
import { EntraSignIn } from '@/components/sign-in/entra-sign-in';
import { entraConfigured } from '@/lib/auth/auth';
import { DEMO_OFF_TEXT, demoSignInState } from '@/lib/auth/sign-in-methods';
import { getViewer } from '@/lib/auth/get-viewer';
import { listDemoUsers } from '@/lib/data/demo-users';
import { primaryRole, userRoleLabel } from '@/lib/format/user-role';
import { SIGN_IN_MESSAGES, signInErrorMessage } from '@/lib/format/sign-in-error';
import { signInAsDemoUser, signInWithEntra } from './actions';

export const metadata: Metadata = { title: 'Logga in' };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

function first(value: string | string[] | undefined): string | null {
  return (Array.isArray(value) ? value[0] : value) ?? null;
}

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const viewer = await getViewer();
  if (viewer.kind === 'user' || viewer.kind === 'invitation') redirect('/');

  const params = await searchParams;
  const error = first(params.error);
  const demoState = await demoSignInState();
  const demo = demoState.on;
  const entra = entraConfigured();
  const demoRequested = 'demo' in params;
  const demoUsers = demo ? await listDemoUsers() : [];

  return (
    <>
      <h1>Logga in</h1>
      {error && (
        <div className="notice notice--error" role="alert">
          <p>{signInErrorMessage(error, first(params.code))}</p>
        </div>
      )}
      {!demoState.on && demoState.asked ? (
        <div className="notice" role="status">
          <p>{DEMO_OFF_TEXT[demoState.reason]}</p>
        </div>
      ) : (
        !demo &&
        demoRequested && (
          <div className="notice" role="status">
            <p>{SIGN_IN_MESSAGES.demoOff}</p>
          </div>
        )
      )}
      {entra && (
        <section className="panel" aria-labelledby="jobbkonto-rubrik">
          <h2 id="jobbkonto-rubrik">Med ditt jobbkonto</h2>
          <p>Använd samma konto som du loggar in på datorn med på jobbet.</p>
          <EntraSignIn action={signInWithEntra} />
        </section>
      )}
      {!entra && !demo && (
        <div className="notice">
          <p>Inloggning är inte inställd ännu. Kontakta den som förvaltar Kompetenskartan.</p>
        </div>
      )}
      <p>Har du fått en personlig länk till kartläggningen? Öppna länken, så kommer du rätt utan att logga in här.</p>
      {demo && (
        <DemoSignIn
          action={signInAsDemoUser}
          users={demoUsers.map((u) => {
            const role = primaryRole(u.roles);
            return { id: u.id, label: `${u.name} – ${role ? userRoleLabel(role) : 'ingen roll'}` };
          })}
        />
      )}
    </>
  );
}
