import type { Metadata } from 'next';
import { InvitationContinue } from '@/components/invitation-continue';
import { continueWithInvitation } from './actions';

// The address holds a personal key: keep it out of search engines.
export const metadata: Metadata = { title: 'Välkommen', robots: { index: false, follow: false } };

/**
 * The landing page of a personal invitation link. Nothing is looked up until the person
 * presses the button, so the page says nothing about whether the link is valid or whose it is.
 */
export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  return <InvitationContinue token={token} action={continueWithInvitation} />;
}
