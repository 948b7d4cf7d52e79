import { z } from 'zod';
import { USER_ROLES } from '@/lib/domain/enums';

/** Inputs of the administration actions, shared by forms, actions and tests. */
export const grantRoleSchema = z
  .object({
    userId: z.coerce.number().int().positive('Välj användare'),
    role: z.enum(USER_ROLES, { message: 'Välj en roll' }),
    unitCode: z.string().trim().optional().transform((v) => v || null),
    projectCode: z.string().trim().optional().transform((v) => v || null),
  })
  .superRefine((v, ctx) => {
    if (v.role === 'chef' && !v.unitCode) ctx.addIssue({ code: 'custom', path: ['unitCode'], message: 'Välj enheten som chefen leder' });
    if (v.role === 'steering' && !v.projectCode) ctx.addIssue({ code: 'custom', path: ['projectCode'], message: 'Välj projektet' });
  });

export const revokeRoleSchema = z.object({
  userId: z.coerce.number().int().positive(),
  grantId: z.coerce.number().int().positive(),
});

export const setDisabledSchema = z.object({
  userId: z.coerce.number().int().positive(),
  disabled: z.enum(['true', 'false']).transform((v) => v === 'true'),
});

export const createUserSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, 'E-postadressen är för lång').email('Skriv en giltig e-postadress'),
  name: z.string().trim().min(1, 'Skriv namnet').max(200, 'Namnet är för långt'),
  employeeId: z.string().trim().max(50, 'Anställningsnumret är för långt').optional().transform((v) => v || null),
});

export const invitationSchema = z.object({
  employeeId: z.string().trim().min(1, 'Skriv anställningsnumret').max(50, 'Anställningsnumret är för långt'),
  round: z.string().trim().min(1, 'Välj omgång'),
});

export const revokeInvitationSchema = z.object({
  invitationId: z.coerce
    .number({ message: 'Skriv länkens nummer med siffror' })
    .int('Skriv länkens nummer med siffror')
    .positive('Skriv länkens nummer'),
});

/** `?bekrafta=` on the user page: which removal or disabling waits for a second press. */
export const confirmationSchema = z.object({
  kind: z.enum(['roll', 'avstang']),
  id: z.coerce.number().int().positive().max(2 ** 31 - 1),
});

export function parseConfirmation(value: unknown): z.infer<typeof confirmationSchema> | null {
  if (typeof value !== 'string') return null;
  const match = /^(roll|avstang)-(\d{1,9})$/.exec(value);
  if (!match) return null;
  const parsed = confirmationSchema.safeParse({ kind: match[1], id: match[2] });
  return parsed.success ? parsed.data : null;
}

/** `?fore=` on the audit log: show events older than this id. */
export const auditPageSchema = z.coerce.number().int().positive().max(2 ** 31 - 1);
