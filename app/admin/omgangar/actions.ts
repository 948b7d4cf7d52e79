'use server';

import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionState, Done } from '@/components/forms/action-state';
import { getViewer } from '@/lib/auth/get-viewer';
import { createInvitationLetters } from '@/lib/data/invitation-letters';
import { closeRoundNow, createRound, createRoundInvitations, openRoundNow } from '@/lib/data/rounds-admin';
import { env } from '@/lib/env';
import { createRoundSchema, lettersSchema, roundRefSchema } from '@/lib/validation/rounds';
import { failure, formValues, invalidFields } from '../../_lib/action-result';
import { lettersPath, roundPath, ROUNDS_PATH } from './paths';

// Each action: validate, then call lib/data, which checks on its first line that the viewer is HR
// or an administrator. Nothing here is the access check.

export async function createRoundAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const units = formData.getAll('units').filter((u): u is string => typeof u === 'string');
  const values = { ...formValues(formData, ['code', 'name', 'opensOn', 'closesOn', 'kind']), units: units.join(' ') };
  const parsed = createRoundSchema.safeParse({ ...Object.fromEntries(['code', 'name', 'opensOn', 'closesOn', 'kind'].map((k) => [k, formData.get(k) ?? undefined])), units });
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await createRound(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(ROUNDS_PATH);
  redirect(`${roundPath(parsed.data.code)}?klart=skapad`);
}

async function roundChange(formData: FormData, change: (round: string) => Promise<string>): Promise<ActionState<Done>> {
  const parsed = roundRefSchema.safeParse({ round: formData.get('round') });
  if (!parsed.success) return invalidFields(parsed.error);
  let done: string;
  try {
    done = await change(parsed.data.round);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(ROUNDS_PATH);
  redirect(`${roundPath(parsed.data.round)}?klart=${done}`);
}

export async function openRoundAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  return roundChange(formData, async (round) => {
    await openRoundNow(viewer, { round });
    return 'oppnad';
  });
}

/** The second press of "Stäng omgången" (the first only asked). */
export async function closeRoundAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  return roundChange(formData, async (round) => {
    await closeRoundNow(viewer, { round });
    return 'stangd';
  });
}

export async function createInvitationsAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  return roundChange(formData, async (round) => {
    const { added } = await createRoundInvitations(viewer, { round });
    return `inbjudna-${added}`;
  });
}

/**
 * Where the letters' links point: the installation's public address (AUTH_URL), else the address
 * the browser sent this form from (its Origin header; Next.js refuses a server action whose Origin
 * does not match the host), else the host the request came to.
 */
async function publicOrigin(): Promise<string> {
  const configured = env().AUTH_URL;
  if (configured) return new URL(configured).origin;
  const h = await headers();
  const origin = h.get('origin');
  if (origin && /^https?:\/\//.test(origin)) return origin;
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'https';
  return `${proto}://${host}`;
}

/** Makes the letters of one unit (new personal links) and opens them on the letters page. */
export async function createLettersAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['unit']);
  const parsed = lettersSchema.safeParse({ round: formData.get('round'), unit: formData.get('unit') });
  if (!parsed.success) return invalidFields(parsed.error, values);
  let batch: string;
  try {
    batch = (await createInvitationLetters(viewer, { ...parsed.data, origin: await publicOrigin() })).batch;
  } catch (error) {
    return failure(error, values);
  }
  redirect(`${lettersPath(parsed.data.round)}?utskick=${batch}`);
}
