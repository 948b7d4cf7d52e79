import type { Metadata } from 'next';
import { PersonProfileView } from '@/components/person-profile';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getPersonProfile } from '@/lib/data/person-profile';
import { ownEmployeeId } from '@/lib/data/own-person';
import { orNotFound } from '../../_lib/or-not-found';
import { validateLevelAction } from './actions';

// No name in the title: titles end up in browser history and shared screens.
export const metadata: Metadata = { title: 'Kompetensprofil' };

type Props = {
  params: Promise<{ employeeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function PersonPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ employeeId }, query] = await Promise.all([params, searchParams]);
  const round = typeof query.omgang === 'string' && query.omgang !== '' ? query.omgang : undefined;
  // getPersonProfile checks access itself and records the opening in the audit log.
  const [profile, own] = await Promise.all([orNotFound(getPersonProfile(viewer, { employeeId, round })), ownEmployeeId(viewer)]);
  // The confirmation forms appear only where the data layer says the viewer may use them;
  // validateLevel checks again when a form is sent.
  const isOwn = own === profile.person.employeeId;
  return (
    <PersonProfileView
      profile={profile}
      own={isOwn}
      // The register extract is for a signed-in account (lib/data/register-extract.ts): a
      // personal survey link is not proof enough of who holds it.
      showRegisterExtractLink={isOwn && viewer.kind === 'user'}
      validateAction={profile.canValidate ? validateLevelAction : undefined}
    />
  );
}
