import { z } from 'zod';

/** Inputs of the personal-data page (/admin/personuppgifter), shared by the page, its action and tests. */

const employeeId = z.string().trim().min(1, 'Skriv anställningsnumret').max(50, 'Anställningsnumret är för långt');

/** `?sok=`: a name or employee id to look for. */
export const personSearchSchema = z.string().trim().min(2, 'Skriv minst två tecken').max(100, 'Skriv högst 100 tecken');

/** `?anstalld=`: the person whose stored data is shown. */
export const employeeIdParamSchema = employeeId;

/** The removal form: the person, and their employee id typed again as the confirmation. */
export const pseudonymiseSchema = z.object({
  employeeId,
  confirmation: z.string().trim().min(1, 'Skriv anställningsnumret för att bekräfta').max(50, 'Anställningsnumret är för långt'),
});
