'use server';

import { notFound, redirect } from 'next/navigation';
import { getViewer } from '@/lib/auth/get-viewer';
import { NotFoundError } from '@/lib/data/errors';
import { discardImportUpload } from '@/lib/data/import-upload';
import { importUploadFormSchema } from '@/lib/validation/import-upload';
import { IMPORT_PATH } from './paths';

/** "Avbryt" after a dry run: the stored files are removed at once instead of after an hour. */
export async function discardUploadAction(formData: FormData): Promise<void> {
  const viewer = await getViewer();
  const parsed = importUploadFormSchema.safeParse({ id: formData.get('id') });
  if (parsed.success) {
    try {
      await discardImportUpload(viewer, parsed.data.id);
    } catch (error) {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }
  }
  redirect(`${IMPORT_PATH}?klart=avbruten`);
}
