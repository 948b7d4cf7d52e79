import { z } from 'zod';

/** The inputs of the steering page's two forms, shared by the page (step one of freezing) and the actions. */

const projectCode = z.string().trim().min(1, 'Projektet saknas.').max(100);

export const freezeLabelSchema = z
  .string()
  .trim()
  .min(1, 'Skriv ett namn på ögonblicksbilden, till exempel mötets namn och datum.')
  .max(120, 'Namnet får vara högst 120 tecken.');

export const freezeSchema = z.object({ project: projectCode, label: freezeLabelSchema });

/** "75", "75 %", "62,5" → 0.75, 0.625; empty → null (no target). */
const targetPercent = z
  .string()
  .trim()
  .transform((raw, ctx) => {
    if (raw === '') return null;
    const cleaned = raw.replace(/\s*%$/, '').replace(',', '.');
    const value = /^\d{1,3}(\.\d+)?$/.test(cleaned) ? Number(cleaned) : Number.NaN;
    if (!Number.isFinite(value) || value > 100) {
      ctx.addIssue({ code: 'custom', message: 'Skriv målet som en procentsats mellan 0 och 100, till exempel 75.' });
      return z.NEVER;
    }
    return value / 100;
  });

export const indicatorSchema = z
  .object({
    project: projectCode,
    question: z.string().trim().min(1, 'Välj en fråga.'),
    name: z
      .string()
      .trim()
      .max(160, 'Namnet får vara högst 160 tecken.')
      .transform((v) => v || undefined),
    target: targetPercent,
    baselineRound: z.string().trim().min(1, 'Välj en omgång för utgångsläget.'),
    followUpRound: z.string().trim().min(1, 'Välj en omgång för uppföljningen.'),
  })
  .refine((v) => v.baselineRound !== v.followUpRound, { path: ['followUpRound'], message: 'Välj en annan omgång än utgångsläget.' });

export const INDICATOR_FIELDS = ['project', 'question', 'name', 'target', 'baselineRound', 'followUpRound'] as const;
