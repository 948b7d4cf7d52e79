import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { MeetingDeck } from '@/components/steering/meeting-deck';
import { meetingSlides } from '@/components/steering/meeting-slides';
import { frozenHeading } from '@/components/steering/steering-header';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { getSteeringView } from '@/lib/data/steering';
import { formatDateTime } from '@/lib/format/date-time';
import { orNotFound } from '../../../_lib/or-not-found';
import { snapshotFromQuery, steeringLinks, type Query } from '../steering-params';

// The figures change with every import; never serve a copy rendered at build time.
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { title: 'Mötesläge' };

type Props = { params: Promise<{ projectCode: string }>; searchParams: Promise<Query> };

/** The steering page's indicators as full-screen slides for the meeting, live or frozen (`?ogonblick=<id>`). */
export default async function MeetingPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ projectCode }, query] = await Promise.all([params, searchParams]);
  const snapshot = snapshotFromQuery(query);
  if (snapshot === 'invalid') notFound();
  const view = await orNotFound(getSteeringView(viewer, { project: projectCode, snapshot }));
  const links = steeringLinks(view.project.code, view.snapshot?.id ?? null);
  const context = (
    <p>
      {view.snapshot ? <strong>{frozenHeading(view.snapshot)}</strong> : 'Aktuella siffror'}
      {' · '}
      Data per{' '}
      <time dateTime={view.dataAsOf} data-data-as-of>
        {formatDateTime(view.dataAsOf)}
      </time>
    </p>
  );
  return <MeetingDeck heading={view.project.name} context={context} slides={meetingSlides(view)} exitHref={links.page} />;
}
