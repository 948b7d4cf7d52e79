import { z } from 'zod';
import { USER_ROLES } from '@/lib/domain/enums';

/** Inputs of the administration actions, shared by forms, actions and tests. */
export const grantRoleSchema = z
  .object({
    userId: z.coerce.number().int().positive(),
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
  email: z.string().trim().toLowerCase().email('Skriv en giltig e-postadress'),
  name: z.string().trim().min(1, 'Skriv namnet'),
  employeeId: z.string().trim().optional().transform((v) => v || null),
});

export const invitationSchema = z.object({
  employeeId: z.string().trim().min(1, 'Ange anställningsnummer'),
  round: z.string().trim().min(1, 'Välj omgång'),
});

export const revokeInvitationSchema = z.object({ invitationId: z.coerce.number().int().positive() });
