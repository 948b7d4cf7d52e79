import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteHeader } from '@/components/site-header';
import { getViewer } from '@/lib/auth/get-viewer';
import { hasRole, isAdmin, type Viewer } from '@/lib/auth/viewer';
import { roleList } from '@/lib/format/user-role';
import { getSiteBranding, type SiteBranding } from '@/lib/data/settings';
import { signOutAction } from './actions';
import './globals.css';
import { loggableError } from '@/lib/security/loggable-error';

export const metadata: Metadata = {
  title: { template: '%s – Kompetenskartan', default: 'Kompetenskartan' },
  description: 'Kompetenskartläggning för kommunens verksamheter',
};

/** Menu entries by what the viewer may open; the pages and lib/data check again. */
function menu(viewer: Viewer): Array<{ href: string; label: string }> {
  const survey = { href: '/kartlaggning', label: 'Kartläggning' };
  if (viewer.kind === 'invitation') return [survey, { href: '/min-profil', label: 'Min profil' }];
  if (viewer.kind !== 'user') return [];
  return [
    { href: '/', label: 'Organisationen' },
    ...(hasRole(viewer, 'admin', 'hr', 'chef', 'steering') ? [{ href: '/prioriteringar', label: 'Prioriteringar' }] : []),
    ...(viewer.personId !== null ? [survey, { href: '/min-profil', label: 'Min profil' }] : []),
    ...(isAdmin(viewer)
      ? [
          { href: '/admin/anvandare', label: 'Användare' },
          { href: '/admin/import', label: 'Import' },
          { href: '/admin/logg', label: 'Logg' },
          { href: '/admin/personuppgifter', label: 'Personuppgifter' },
          { href: '/admin/installningar', label: 'Inställningar' },
          { href: '/admin/api-nycklar', label: 'API-nycklar' },
        ]
      : []),
    ...(hasRole(viewer, 'admin', 'hr')
      ? [
          { href: '/admin/omgangar', label: 'Omgångar' },
          { href: '/admin/ramverk', label: 'Ramverk' },
        ]
      : []),
  ];
}

function signedInPerson(viewer: Viewer): { name: string; roles: string } | null {
  if (viewer.kind === 'user') return { name: viewer.name, roles: roleList(viewer.roles) };
  if (viewer.kind === 'invitation') return { name: viewer.name, roles: 'Medarbetare (personlig länk)' };
  return null;
}

/** The header's name and logo; a failure to read them must not take every page down with it. */
async function branding(viewer: Viewer): Promise<SiteBranding> {
  try {
    return await getSiteBranding(viewer);
  } catch (error) {
    console.error('Kunde inte läsa organisationens namn och logotyp', loggableError(error));
    return { organisationName: null, logoDataUrl: null };
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  const organisation = await branding(viewer);
  return (
    <html lang="sv">
      <body>
        <a className="skip-link" href="#innehall">
          Hoppa till innehållet
        </a>
        <SiteHeader person={signedInPerson(viewer)} links={menu(viewer)} signOutAction={signOutAction} organisation={organisation} />
        {/* tabIndex -1: the skip link moves keyboard focus here, not only the scroll position. */}
        <main id="innehall" className="container" tabIndex={-1}>
          {children}
        </main>
      </body>
    </html>
  );
}
