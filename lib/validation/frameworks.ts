import { z } from 'zod';
import { DEFAULT_WEIGHT, LEVELS, MAX_WEIGHT, MIN_REQUIRED_LEVEL, MIN_WEIGHT } from '@/lib/domain/enums';

/** Inputs of the framework pages (/admin/ramverk), shared by the forms, the actions and lib/data. */

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((v) => v || null);

const requirementCode = z
  .string({ message: 'Skriv en kod' })
  .trim()
  .min(1, 'Skriv en kod')
  .max(50, 'Koden får vara högst 50 tecken')
  .pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}._-]*$/u, 'Koden får bara ha bokstäver, siffror, punkt, bindestreck och understreck, utan mellanslag'));

const requirementTexts = {
  name: z.string({ message: 'Skriv kravets namn' }).trim().min(1, 'Skriv kravets namn').max(200, 'Namnet får vara högst 200 tecken'),
  area: optionalText(100, 'Kravområdet får vara högst 100 tecken'),
  description: optionalText(2000, 'Beskrivningen får vara högst 2000 tecken'),
};

const frameworkId = z.coerce.number().int().positive().max(2 ** 31 - 1);

export const requirementTextsSchema = z.object({ code: z.string().min(1), ...requirementTexts });

export const newRequirementSchema = z.object({ framework: frameworkId, code: requirementCode, ...requirementTexts });

export const translationSchema = z.object({
  code: z.string().min(1),
  language: z.string().regex(/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i, 'Okänt språk'),
  name: optionalText(200, 'Namnet får vara högst 200 tecken'),
  description: optionalText(2000, 'Beskrivningen får vara högst 2000 tecken'),
});

export const copyFrameworkSchema = z.object({
  framework: z.coerce.number({ message: 'Välj ramverket du vill kopiera' }).int().positive('Välj ramverket du vill kopiera').max(2 ** 31 - 1),
  name: z.string({ message: 'Skriv ett namn på det nya ramverket' }).trim().min(1, 'Skriv ett namn på det nya ramverket').max(100, 'Namnet får vara högst 100 tecken'),
  prefix: z
    .string({ message: 'Skriv ett prefix' })
    .trim()
    .min(1, 'Skriv ett prefix, till exempel 2027')
    .max(20, 'Prefixet får vara högst 20 tecken')
    .pipe(z.string().regex(/^[\p{L}\p{N}][\p{L}\p{N}_]*$/u, 'Prefixet får bara ha bokstäver, siffror och understreck')),
  copyRoleRequirements: z
    .enum(['on', 'true', 'false'])
    .optional()
    .transform((v) => v === 'on' || v === 'true'),
});

/** One row of a role's table: the level ("none" = the role does not need the requirement) and weight. */
const REQUIRED_LEVELS = LEVELS.filter((l) => l >= MIN_REQUIRED_LEVEL).map(String);
const WEIGHTS = Array.from({ length: MAX_WEIGHT - MIN_WEIGHT + 1 }, (_, i) => String(MIN_WEIGHT + i));

export const roleRequirementRowSchema = z.object({
  requirement: z.string().min(1),
  level: z
    .string({ message: 'Välj en kravnivå' })
    .refine((v) => v === 'none' || REQUIRED_LEVELS.includes(v), `Välj en kravnivå från ${REQUIRED_LEVELS[0]} till ${REQUIRED_LEVELS.at(-1)}`)
    .transform((v) => (v === 'none' ? null : Number(v))),
  weight: z
    .string()
    .optional()
    .transform((v) => v || String(DEFAULT_WEIGHT))
    .refine((v) => WEIGHTS.includes(v), `Välj en vikt från ${MIN_WEIGHT} till ${MAX_WEIGHT}`)
    .transform(Number),
});

export const roleRequirementsSchema = z.object({
  framework: frameworkId,
  role: z.string().min(1),
  confirmRemoval: z
    .enum(['on', 'true'])
    .optional()
    .transform((v) => v !== undefined),
  rows: z.array(roleRequirementRowSchema).max(2000),
});

/**
 * The role table posts `requirement.N`, `level.N` and `weight.N` per row (N = row number): codes
 * may hold any letter, so they are values, never field names.
 */
export function roleRequirementsInput(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const rows = new Map<number, Record<string, unknown>>();
  for (const [key, value] of entries) {
    const m = /^(requirement|level|weight)\.(\d{1,4})$/.exec(key);
    if (m) {
      const i = Number(m[2]);
      rows.set(i, { ...rows.get(i), [m[1] as string]: value });
    } else if (!key.startsWith('$ACTION')) out[key] = value;
  }
  out.rows = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  return out;
}
