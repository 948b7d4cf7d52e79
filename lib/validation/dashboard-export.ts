import { z } from 'zod';
import { DASHBOARD_TABLES } from '@/lib/domain/dashboard-tables';

/** The `tabell` of the dashboard's export address; none (or empty) is the per-requirement table. */
export const dashboardExportQuerySchema = z.object({
  tabell: z
    .preprocess((v) => (v === '' || v === null ? undefined : v), z.enum(DASHBOARD_TABLES, { message: `Det finns ingen sådan tabell att ladda ner. Välj en av: ${DASHBOARD_TABLES.join(', ')}.` }).optional())
    .transform((v) => v ?? 'krav'),
});
