import { z } from 'zod';

/** A new API key (/admin/api-nycklar): what it is for, and the unit it may read (none = the whole organisation). */
export const apiKeyInputSchema = z.object({
  name: z
    .string({ message: 'Skriv vad nyckeln ska användas till' })
    .trim()
    .min(1, 'Skriv vad nyckeln ska användas till')
    .max(80, 'Namnet får vara högst 80 tecken'),
  unit: z
    .string()
    .trim()
    .max(60)
    .nullable()
    .transform((s) => (s ? s : null)),
});
