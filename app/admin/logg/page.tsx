import type { Metadata } from 'next';
import Link from 'next/link';
import { AuditTable } from '@/components/admin/audit-table';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { listAuditEvents } from '@/lib/data/audit-log';
import { auditPageSchema } from '@/lib/validation/admin';
import { orNotFound } from '../../_lib/or-not-found';

export const metadata: Metadata = { title: 'Logg' };

const PAGE_SIZE = 100;

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function AuditLogPage({ searchParams }: Props) {
  const viewer = await requireSignedIn();
  const query = await searchParams;
  const before = auditPageSchema.safeParse(query.fore);
  // One more than a page: tells whether there is an older page without a second query.
  const events = await orNotFound(listAuditEvents(viewer, { before: before.success ? before.data : undefined, limit: PAGE_SIZE + 1 }));
  const page = events.slice(0, PAGE_SIZE);
  const last = page.at(-1);
  const older = events.length > PAGE_SIZE && last ? last.id : null;

  return (
    <>
      <h1>Logg</h1>
      <p>
        Loggen visar vem som har ändrat användare och roller, skapat eller spärrat länkar, läst in data och öppnat andra
        personers svar. Nyaste händelsen står först.
      </p>
      {page.length === 0 ? (
        <div className="notice">
          <p>{before.success ? 'Det finns inga äldre händelser.' : 'Det finns inga händelser i loggen ännu.'}</p>
        </div>
      ) : (
        <AuditTable events={page} caption={before.success ? 'Äldre händelser, nyaste först' : 'Senaste händelserna, nyaste först'} />
      )}
      <nav className="pager" aria-label="Bläddra i loggen">
        {before.success && <Link href="/admin/logg">Till de senaste händelserna</Link>}
        {older !== null && <Link href={`/admin/logg?fore=${older}`}>Äldre händelser</Link>}
      </nav>
    </>
  );
}
