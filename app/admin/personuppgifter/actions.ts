'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import type { ActionState, Done } from '@/components/forms/action-state';
import { getViewer } from '@/lib/auth/get-viewer';
import { pseudonymisePersonOnRequest } from '@/lib/data/pseudonymise-person';
import { pseudonymiseSchema } from '@/lib/validation/personal-data';
import { failure, formValues, invalidFields } from '../../_lib/action-result';
import { PERSONAL_DATA_PATH } from './paths';

/**
 * Removes a person's personal data (pseudonymisation). lib/data checks that the viewer is an
 * administrator and that the typed confirmation is the employee id; so does this action, to put
 * a mistyped confirmation beside its field.
 */
export async function pseudonymiseAction(_state: ActionState<Done>, formData: FormData): Promise<ActionState<Done>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['confirmation']);
  const parsed = pseudonymiseSchema.safeParse({ employeeId: formData.get('employeeId'), confirmation: formData.get('confirmation') });
  if (!parsed.success) return invalidFields(parsed.error, values);
  if (parsed.data.confirmation !== parsed.data.employeeId) {
    return {
      ok: false,
      message: 'Rätta det som är markerat och försök igen.',
      fieldErrors: { confirmation: [`Det du skrev är inte ${parsed.data.employeeId}. Skriv anställningsnumret exakt som det står.`] },
      values,
    };
  }
  let pseudonym: string;
  try {
    pseudonym = (await pseudonymisePersonOnRequest(viewer, parsed.data)).employeeId;
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(PERSONAL_DATA_PATH);
  redirect(`${PERSONAL_DATA_PATH}?klart=borttagen&beteckning=${encodeURIComponent(pseudonym)}`);
}
