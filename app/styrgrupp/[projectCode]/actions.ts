'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState, Done } from '@/components/forms/action-state';
import { getViewer } from '@/lib/auth/get-viewer';
import { addEffectIndicator, freezeSnapshot } from '@/lib/data/steering';
import { failure, formValues, invalidFields } from '../../_lib/action-result';
import { freezeSchema, INDICATOR_FIELDS, indicatorSchema } from './steering-inputs';

// Each action: validate, then call lib/data, which checks on its first line that the viewer is
// HR or an administrator who may follow the project. Nothing here is the access check.

const pagePath = (project: string) => `/styrgrupp/${encodeURIComponent(project)}`;

/** Every named field as a string ('' when missing), so a missing field gets the Swedish message of an empty one. */
function fields(formData: FormData, names: readonly string[]): Record<string, string> {
  const values = formValues(formData, names);
  return Object.fromEntries(names.map((n) => [n, values[n] ?? '']));
}

/** The second step of freezing (the first, the name, is a plain form on the page): freezes, then opens the snapshot. */
export async function freezeSnapshotAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = fields(formData, ['project', 'label']);
  const parsed = freezeSchema.safeParse(values);
  if (!parsed.success) return invalidFields(parsed.error, values);
  let id: number;
  try {
    ({ id } = await freezeSnapshot(viewer, parsed.data));
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(pagePath(parsed.data.project));
  redirect(`${pagePath(parsed.data.project)}?ogonblick=${id}&klart=fryst`);
}

/** HR adds an indicator from an effect question; back to the page, which then shows it. */
export async function addIndicatorAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = fields(formData, INDICATOR_FIELDS);
  const parsed = indicatorSchema.safeParse(values);
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await addEffectIndicator(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(pagePath(parsed.data.project));
  redirect(`${pagePath(parsed.data.project)}?klart=indikator#indikatorerna`);
}
