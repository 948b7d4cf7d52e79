import { z } from 'zod';
import { ROUND_KINDS } from '@/lib/domain/enums';

/** Inputs of the round administration (/admin/omgangar), shared by the forms, actions and tests. */

const day = (message: string) => z.iso.date({ message });

export const roundCodeSchema = z
  .string({ message: 'Skriv en kod för omgången' })
  .trim()
  .min(1, 'Skriv en kod för omgången')
  .max(40, 'Koden får vara högst 40 tecken')
  .regex(/^[A-Za-z0-9_-]+$/, 'Koden får bara ha bokstäverna A–Z, siffror, bindestreck och understreck, utan mellanslag');

export const createRoundSchema = z
  .object({
    code: roundCodeSchema,
    name: z.string({ message: 'Skriv ett namn' }).trim().min(1, 'Skriv ett namn').max(120, 'Namnet får vara högst 120 tecken'),
    opensOn: day('Skriv första svarsdagen som ÅÅÅÅ-MM-DD'),
    closesOn: day('Skriv sista svarsdagen som ÅÅÅÅ-MM-DD'),
    kind: z.enum(ROUND_KINDS, { message: 'Välj vad omgången frågar om' }),
    /** Unit codes; none = the whole organisation. */
    units: z.array(z.string().trim().min(1).max(100)).max(2000).default([]),
  })
  .superRefine((v, ctx) => {
    if (v.closesOn < v.opensOn) ctx.addIssue({ code: 'custom', path: ['closesOn'], message: 'Sista svarsdagen kan inte vara före första svarsdagen' });
  });
export type CreateRoundInput = z.infer<typeof createRoundSchema>;

/** A round named in a form or an address. */
export const roundRefSchema = z.object({ round: z.string().trim().min(1).max(100) });

/** Letters for the people of one unit in a round. */
export const lettersSchema = z.object({
  round: z.string().trim().min(1).max(100),
  unit: z.string({ message: 'Välj en enhet' }).trim().min(1, 'Välj en enhet').max(100),
});

/** `?utskick=` on the letters page: a batch of letters held for a short while (base64url, 22 characters). */
export const letterBatchIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/);
