import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Suspense } from 'react';
import { TreeSkeleton } from '@/components/tree-skeleton';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { OrganisationOverviewSection } from './organisation-overview-section';
import { SteeringProjectsSection } from './steering-projects-section';

// The figures change with every import; never serve a copy rendered at build time.
export const dynamic = 'force-dynamic';

// The layout's title template only reaches pages below the root segment, so the name is written out here.
export const metadata: Metadata = { title: 'Organisationen – Kompetenskartan' };

export default async function HomePage() {
  const viewer = await requireSignedIn();
  // A personal invitation link opens the person's own page only.
  if (viewer.kind === 'invitation') redirect('/min-profil');
  return (
    <>
      <h1>Organisationen</h1>
      <Suspense fallback={null}>
        <SteeringProjectsSection viewer={viewer} />
      </Suspense>
      <Suspense fallback={<TreeSkeleton />}>
        <OrganisationOverviewSection viewer={viewer} />
      </Suspense>
    </>
  );
}
