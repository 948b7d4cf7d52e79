'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState, Done } from '@/components/forms/action-state';
import { getViewer } from '@/lib/auth/get-viewer';
import { updateInstallationSettings } from '@/lib/data/settings';
import { LOGO_MAX_BYTES, logoFromBytes } from '@/lib/validation/logo';
import { minGroupSizeSchema, organisationNameSchema, retentionSchema } from '@/lib/validation/settings';
import { failure, formValues, invalidFields } from '../../_lib/action-result';
import { SETTINGS_PATH } from './paths';

// Each action: validate, then call lib/data, which checks on its first line that the viewer is an
// administrator. Nothing here is the access check.

/** The name and logo are in the header of every page. */
function refresh(): void {
  revalidatePath('/', 'layout');
}

function input(formData: FormData): Record<string, unknown> {
  return Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$ACTION')));
}

export async function saveMinGroupSizeAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['minGroupSize']);
  const parsed = minGroupSizeSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await updateInstallationSettings(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  return { ok: true, data: { message: `Minsta gruppstorlek är nu ${parsed.data.minGroupSize}. Det gäller direkt på alla sidor, i filer, i API:t och på kommandoraden.` } };
}

export async function saveOrganisationNameAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['organisationName']);
  const parsed = organisationNameSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await updateInstallationSettings(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  const name = parsed.data.organisationName;
  return { ok: true, data: { message: name ? `Namnet ${name} visas nu i sidhuvudet.` : 'Namnet är borttaget från sidhuvudet.' } };
}

export async function saveRetentionAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['retentionMonths']);
  const parsed = retentionSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await updateInstallationSettings(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  const months = parsed.data.retentionMonths;
  return {
    ok: true,
    data: { message: months === null ? 'Ingen lagringstid är satt. Inga uppgifter avidentifieras automatiskt.' : `Lagringstiden är nu ${months} månader.` },
  };
}

export async function uploadLogoAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const file = formData.get('logo');
  if (!(file instanceof File) || file.size === 0) return { ok: false, message: 'Rätta det som är markerat och försök igen.', fieldErrors: { logo: ['Välj en bildfil.'] } };
  // Refused by its size before it is read.
  if (file.size > LOGO_MAX_BYTES) {
    return { ok: false, message: 'Rätta det som är markerat och försök igen.', fieldErrors: { logo: [`Bilden är för stor. Den får vara högst ${LOGO_MAX_BYTES / 1024} kB.`] } };
  }
  const logo = logoFromBytes(new Uint8Array(await file.arrayBuffer()));
  if (!logo.ok) return { ok: false, message: 'Rätta det som är markerat och försök igen.', fieldErrors: { logo: [logo.message] } };
  try {
    await updateInstallationSettings(viewer, { logoDataUrl: logo.dataUrl });
  } catch (error) {
    return failure(error);
  }
  refresh();
  return { ok: true, data: { message: 'Logotypen är uppladdad och visas i sidhuvudet.' } };
}

/** The second press of "Ta bort logotypen" (the first only asked). */
export async function removeLogoAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  void formData;
  const viewer = await getViewer();
  try {
    await updateInstallationSettings(viewer, { logoDataUrl: null });
  } catch (error) {
    return failure(error);
  }
  refresh();
  redirect(`${SETTINGS_PATH}?klart=logotyp-borttagen`);
}
