/**
 * The unit dashboard's tables that can be downloaded, by the name its export address uses:
 * `/enheter/<unit>/export?tabell=…`. Without `tabell` the address gives `krav` (the only
 * table that could be downloaded before), so old links keep working.
 */
export const DASHBOARD_TABLES = ['krav', 'roller', 'enheter', 'enheter-krav', 'utveckling', 'nivaer', 'gapminskning', 'digitalt', 'forstar-inte', 'medarbetare'] as const;

export type DashboardTable = (typeof DASHBOARD_TABLES)[number];
