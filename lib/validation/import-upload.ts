import { z } from 'zod';

/** The id of an upload waiting between its dry run and its confirmation (a random UUID). */
export const importUploadIdSchema = z.uuid();

/** The confirmation and "Avbryt" forms of the import page. */
export const importUploadFormSchema = z.object({ id: importUploadIdSchema });

/** `?fel=` on the import page after an upload refused without JavaScript. */
export const IMPORT_UPLOAD_ERRORS = ['for-stort', 'inga-filer', 'fel-avsandare'] as const;
export const importUploadErrorSchema = z.enum(IMPORT_UPLOAD_ERRORS);
export type ImportUploadError = z.infer<typeof importUploadErrorSchema>;
