import type { Metadata } from 'next';
import { Suspense } from 'react';
import { TreeSkeleton } from '@/components/tree-skeleton';
import { OrganisationOverviewSection } from './organisation-overview-section';

// The figures change with every import; never serve a copy rendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Organisationen' };

export default function HomePage() {
  return (
    <>
      <h1>Organisationen</h1>
      <Suspense fallback={<TreeSkeleton />}>
        <OrganisationOverviewSection />
      </Suspense>
    </>
  );
}
