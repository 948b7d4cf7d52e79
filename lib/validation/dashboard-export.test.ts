import { describe, expect, it } from 'vitest';
import { dashboardExportQuerySchema } from './dashboard-export';

describe('the dashboard export address', () => {
  it('gives the per-requirement table without a tabell, as old links expect', () => {
    expect(dashboardExportQuerySchema.parse({ tabell: null }).tabell).toBe('krav');
    expect(dashboardExportQuerySchema.parse({ tabell: '' }).tabell).toBe('krav');
    expect(dashboardExportQuerySchema.parse({}).tabell).toBe('krav');
  });

  it('accepts each table by its Swedish name', () => {
    expect(dashboardExportQuerySchema.parse({ tabell: 'medarbetare' }).tabell).toBe('medarbetare');
    expect(dashboardExportQuerySchema.parse({ tabell: 'forstar-inte' }).tabell).toBe('forstar-inte');
  });

  it('refuses an unknown table with a plain Swedish message that lists the names', () => {
    const r = dashboardExportQuerySchema.safeParse({ tabell: 'Roller' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe(
      'Det finns ingen sådan tabell att ladda ner. Välj en av: krav, roller, enheter, enheter-krav, utveckling, nivaer, gapminskning, digitalt, forstar-inte, medarbetare.',
    );
  });
});
