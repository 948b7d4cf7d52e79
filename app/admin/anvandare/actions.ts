'use server';

import { clockNow } from '@/lib/clock/clock';
import { revalidatePath } from 'next/cache';
import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import type { ActionState, Done } from '@/components/forms/action-state';
import type { CreatedInvitation } from '@/components/admin/invitation-form';
import { getViewer } from '@/lib/auth/get-viewer';
import { createInvitationLink, revokeInvitationLink } from '@/lib/data/invitation-links';
import { createUser, grantRole, revokeRole, setUserDisabled } from '@/lib/data/users-admin';
import { userRoleLabel } from '@/lib/format/user-role';
import {
  createUserSchema,
  grantRoleSchema,
  invitationSchema,
  revokeInvitationSchema,
  revokeRoleSchema,
  setDisabledSchema,
} from '@/lib/validation/admin';
import { failure, formValues, invalidFields } from '../../_lib/action-result';
import { USERS_PATH } from './paths';

// Each action: validate, then call lib/data, which checks on its first line that the viewer is an
// administrator (or HR, for links). Nothing here is the access check.

function input(formData: FormData): Record<string, unknown> {
  return Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$ACTION')));
}

export async function createUserAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['name', 'email', 'employeeId']);
  const parsed = createUserSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await createUser(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(USERS_PATH);
  return { ok: true, data: { message: `${parsed.data.name} är tillagd som användare. Ge hen en roll under ”Ge en roll”.` } };
}

export async function grantRoleAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['userId', 'role', 'unitCode', 'projectCode']);
  const parsed = grantRoleSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await grantRole(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(USERS_PATH);
  return { ok: true, data: { message: `Rollen ${userRoleLabel(parsed.data.role)} är tillagd.` } };
}

/** The second press of "Ta bort" (the first only asked). */
export async function revokeRoleAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const parsed = revokeRoleSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  try {
    await revokeRole(viewer, parsed.data);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}?klart=roll-borttagen`);
}

/** Disabling is the second press of "Stäng av"; enabling needs no confirmation. */
export async function setDisabledAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const parsed = setDisabledSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error);
  try {
    await setUserDisabled(viewer, parsed.data);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(USERS_PATH);
  redirect(`${USERS_PATH}?klart=${parsed.data.disabled ? 'avstangd' : 'aktiverad'}`);
}

/** The address the link is read from, as the browser reached this server. */
async function origin(): Promise<string> {
  const h = await headers();
  const host = h.get('x-forwarded-host') ?? h.get('host') ?? 'localhost';
  const proto = h.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'https';
  return `${proto}://${host}`;
}

export async function createInvitationAction(_state: ActionState<CreatedInvitation>, formData: FormData): Promise<ActionState<CreatedInvitation>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['employeeId', 'round']);
  const parsed = invitationSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    const link = await createInvitationLink(viewer, parsed.data);
    return {
      ok: true,
      data: {
        id: link.id,
        url: `${await origin()}/k/${link.token}`,
        expiresAt: link.expiresAt,
        expired: new Date(link.expiresAt).getTime() <= clockNow().getTime(),
      },
    };
  } catch (error) {
    return failure(error, values);
  }
}

export async function revokeInvitationAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['invitationId']);
  const parsed = revokeInvitationSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await revokeInvitationLink(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  return { ok: true, data: { message: `Länk nummer ${parsed.data.invitationId} är spärrad. Den går inte att använda längre.` } };
}
