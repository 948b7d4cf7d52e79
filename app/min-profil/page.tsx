import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { ownEmployeeId } from '@/lib/data/own-person';

export const metadata: Metadata = { title: 'Min profil' };

export default async function MyProfilePage() {
  const viewer = await requireSignedIn();
  const employeeId = await ownEmployeeId(viewer);
  if (employeeId) redirect(`/personer/${encodeURIComponent(employeeId)}`);
  return (
    <>
      <h1>Min profil</h1>
      <div className="notice">
        <p>Ditt konto är inte kopplat till en anställd, så det finns ingen profil att visa.</p>
        <p>Om du är anställd och vill se dina svar, be din administratör att koppla kontot till ditt anställningsnummer.</p>
      </div>
    </>
  );
}
