'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionState } from '@/components/forms/action-state';
import type { ValidatedLevel } from '@/components/profile/validate-level-form';
import { getViewer } from '@/lib/auth/get-viewer';
import { validateLevel } from '@/lib/data/level-validation';
import { LEVELS } from '@/lib/domain/enums';
import { validateLevelSchema } from '@/lib/validation/survey';
import { failure, formValues, invalidFields } from '../../_lib/action-result';

// The level arrives as the text of a select: one of "0".."4". An empty choice must be an
// error, not level 0 (which `z.coerce.number()` would make of it).
const levelFormSchema = validateLevelSchema.extend({
  level: z.enum(LEVELS.map(String) as [string, ...string[]], { message: 'Välj en nivå från 0 Inte ännu till 4 Förtrogenhet' }).transform(Number),
});

/**
 * A chef (or HR, an administrator) confirms or adjusts a person's level on one requirement.
 * `validateLevel` checks on its first lines that the viewer may read the person's answers and
 * is not the person; nothing here is the access check.
 */
export async function validateLevelAction(_state: ActionState<ValidatedLevel>, formData: FormData): Promise<ActionState<ValidatedLevel>> {
  const viewer = await getViewer();
  const values = formValues(formData, ['level']);
  const parsed = levelFormSchema.safeParse(Object.fromEntries(formData.entries()));
  if (!parsed.success) return invalidFields(parsed.error, values);
  try {
    await validateLevel(viewer, parsed.data);
  } catch (error) {
    return failure(error, values);
  }
  revalidatePath(`/personer/${encodeURIComponent(parsed.data.employeeId)}`);
  return { ok: true, data: { requirement: parsed.data.requirement, level: parsed.data.level } };
}
