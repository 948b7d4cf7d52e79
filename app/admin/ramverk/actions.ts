'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState, Done } from '@/components/forms/action-state';
import { getViewer } from '@/lib/auth/get-viewer';
import { copyFramework, createRequirement, setRequirementTranslation, setRoleRequirements, updateRequirement } from '@/lib/data/frameworks-admin';
import {
  copyFrameworkSchema,
  newRequirementSchema,
  requirementTextsSchema,
  roleRequirementsInput,
  roleRequirementsSchema,
  translationSchema,
} from '@/lib/validation/frameworks';
import { failure, formValues, invalidFields } from '../../_lib/action-result';
import { FRAMEWORKS_PATH } from './paths';

// Each action: validate, then call lib/data, which checks on its first line that the viewer is HR
// or an administrator. Nothing here is the access check.

function input(formData: FormData): Record<string, unknown> {
  return Object.fromEntries([...formData.entries()].filter(([k]) => !k.startsWith('$ACTION')));
}

/** Every text field of the form, to give back after a failure (the role table has one per row). */
function allValues(formData: FormData): Record<string, string> {
  return formValues(formData, [...new Set([...formData.keys()].filter((k) => !k.startsWith('$ACTION')))]);
}

function refresh(): void {
  revalidatePath(FRAMEWORKS_PATH, 'layout');
}

export async function setRoleLevelsAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = allValues(formData);
  const parsed = roleRequirementsSchema.safeParse(roleRequirementsInput(formData.entries()));
  if (!parsed.success) return invalidFields(parsed.error, values);
  let changed: number;
  try {
    ({ changed } = await setRoleRequirements(viewer, parsed.data));
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  const message =
    changed === 0
      ? 'Du hade inte ändrat något, så inget är sparat.'
      : `${changed === 1 ? 'En ändring' : `${changed} ändringar`} sparade. Gapen och prioriteringarna räknas nu från de nya kravnivåerna, i alla omgångar.`;
  return { ok: true, data: { message } };
}

export async function updateRequirementAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['name', 'area', 'description']);
  const parsed = requirementTextsSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  let changed: boolean;
  try {
    changed = await updateRequirement(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  return { ok: true, data: { message: changed ? `${parsed.data.code} är sparat.` : 'Du hade inte ändrat något.' } };
}

export async function createRequirementAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['code', 'name', 'area', 'description']);
  const parsed = newRequirementSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await createRequirement(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  return {
    ok: true,
    data: { message: `Kravet ${parsed.data.code} är tillagt. Ingen yrkesroll har det ännu: välj en roll ovanför och sätt en kravnivå.` },
  };
}

export async function setTranslationAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['name', 'description']);
  const parsed = translationSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  let changed: number;
  try {
    ({ changed } = await setRequirementTranslation(viewer, parsed.data));
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  return { ok: true, data: { message: changed === 0 ? 'Du hade inte ändrat något.' : 'Översättningen är sparad.' } };
}

/** After a copy, the new framework's page opens. */
export async function copyFrameworkAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['framework', 'name', 'prefix', 'copyRoleRequirements']);
  const parsed = copyFrameworkSchema.safeParse(input(formData));
  if (!parsed.success) return invalidFields(parsed.error, values);
  let id: number;
  try {
    ({ id } = await copyFramework(viewer, parsed.data));
  } catch (error) {
    return failure(error, values);
  }
  refresh();
  redirect(`${FRAMEWORKS_PATH}/${id}?klart=kopierat`);
}
