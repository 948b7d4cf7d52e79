'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import type { ActionState, Done } from '@/components/forms/action-state';
import type { CreatedApiKey } from '@/components/admin/api-keys/create-api-key-form';
import { getViewer } from '@/lib/auth/get-viewer';
import { createApiKey, revokeApiKey } from '@/lib/data/api-keys';
import { apiKeyInputSchema } from '@/lib/validation/api-keys';
import { failure, formValues, invalidFields } from '../../_lib/action-result';
import { API_KEYS_PATH } from './paths';

// Each action: validate, then call lib/data, which checks on its first line that the viewer is an
// administrator. Nothing here is the access check.

export async function createApiKeyAction(_state: ActionState<CreatedApiKey>, formData: FormData): Promise<ActionState<CreatedApiKey>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['name', 'unit']);
  const parsed = apiKeyInputSchema.safeParse({ name: formData.get('name'), unit: formData.get('unit') });
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    const created = await createApiKey(viewer, parsed.data);
    revalidatePath(API_KEYS_PATH);
    return { ok: true, data: { key: created.key, name: parsed.data.name } };
  } catch (error) {
    return failure(error, values);
  }
}

const revokeSchema = z.object({ id: z.coerce.number().int().positive() });

/** The second press of "Spärra" (the first only asked). */
export async function revokeApiKeyAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const parsed = revokeSchema.safeParse({ id: formData.get('id') });
  if (!parsed.success) return { ok: false, message: 'Nyckeln finns inte.', fieldErrors: {} };
  try {
    await revokeApiKey(viewer, parsed.data);
  } catch (error) {
    return failure(error);
  }
  revalidatePath(API_KEYS_PATH);
  redirect(`${API_KEYS_PATH}?klart=sparrad`);
}
