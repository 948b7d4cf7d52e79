import { z } from 'zod';
import { MIN_K } from '@/lib/domain/enums';

/** Inputs of the settings page (/admin/installningar), shared by the actions and lib/data. */

const wholeNumber = (what: string) =>
  z
    .string({ message: `Skriv ${what}` })
    .trim()
    .min(1, `Skriv ${what}`)
    .pipe(z.string().regex(/^\d{1,4}$/, `Skriv ${what} med siffror, utan decimaler`))
    .transform(Number);

export const MAX_MIN_GROUP_SIZE = 1000;
export const MAX_RETENTION_MONTHS = 600;

export const minGroupSizeSchema = z.object({
  minGroupSize: wholeNumber('minsta gruppstorlek')
    .pipe(z.number().min(MIN_K, `Minsta gruppstorlek kan inte vara lägre än ${MIN_K}. Med färre svar skulle man kunna räkna ut hur en enskild person har svarat.`))
    .pipe(z.number().max(MAX_MIN_GROUP_SIZE, `Skriv ett tal mellan ${MIN_K} och ${MAX_MIN_GROUP_SIZE}`)),
});

export const organisationNameSchema = z.object({
  organisationName: z
    .string()
    .trim()
    .max(120, 'Namnet får vara högst 120 tecken')
    .transform((v) => v || null),
});

export const retentionSchema = z.object({
  retentionMonths: z
    .string()
    .trim()
    .transform((v) => v || null)
    .pipe(
      z
        .string()
        .regex(/^\d{1,3}$/, 'Skriv antalet månader med siffror, eller lämna rutan tom')
        .transform(Number)
        .pipe(z.number().min(1, 'Skriv minst 1 månad, eller lämna rutan tom').max(MAX_RETENTION_MONTHS, `Skriv högst ${MAX_RETENTION_MONTHS} månader`))
        .nullable(),
    ),
});
