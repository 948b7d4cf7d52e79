import type { Metadata } from 'next';
import { RegisterExtractView } from '@/components/admin/personal-data/register-extract-view';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getRegisterExtract } from '@/lib/data/register-extract';
import { orNotFound } from '../../../_lib/or-not-found';

// No name in the title: titles end up in browser history and shared screens.
export const metadata: Metadata = { title: 'Registerutdrag' };

type Props = {
  params: Promise<{ employeeId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/**
 * Everything stored about one person (GDPR art. 15), readable, for administrators and for the
 * person themself; `?utskrift=1` is the variant the PDF is printed from. getRegisterExtract checks
 * access (anyone else gets the not-found page) and writes every opening to the audit log.
 */
export default async function RegisterExtractPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ employeeId }, query] = await Promise.all([params, searchParams]);
  const extract = await orNotFound(getRegisterExtract(viewer, { employeeId }));
  const printVariant = query.utskrift === '1';
  const base = `/personer/${encodeURIComponent(extract.person.employeeId)}/registerutdrag`;
  return (
    <RegisterExtractView
      extract={extract}
      printVariant={printVariant}
      downloads={
        <ul>
          <li>
            <a href={`${base}.json`} download>
              Ladda ner registerutdrag (JSON)
            </a>
          </li>
          <li>
            <a href={`${base}.pdf`} download>
              Ladda ner registerutdrag (PDF)
            </a>
          </li>
        </ul>
      }
    />
  );
}
