import { SCALE } from '@/lib/domain/scale';
import { ChildUnits } from './child-units';
import { ClosureTable } from './closure-table';
import { DistributionChartFigure } from './distribution-chart-loader';
import { DistributionTable } from './distribution-table';
import { ExportLinks } from './export-links';
import { GapTable } from './gap-table';
import { Heatmap } from './heatmap';
import { NotUnderstoodTable } from './not-understood-table';
import { TrendChartFigure } from './trend-chart-loader';
import { TrendTable } from './trend-table';
import { requirementNames, type DashboardData } from './types';
import { UptakeSection } from './uptake-section';
import './dashboard.css';

/** The filter part of the address, carried on when drilling down so the view stays the same. */
function filterQuery(d: DashboardData, explicitRound: boolean, role = d.filters.role): string {
  const q = new URLSearchParams();
  if (explicitRound && d.round) q.set('omgang', d.round.code);
  if (role) q.set('roll', role);
  if (d.filters.area) q.set('omrade', d.filters.area);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** The export always names the round shown, so the file matches the page even later. */
function exportQuery(d: DashboardData): string {
  const q = new URLSearchParams();
  if (d.round) q.set('omgang', d.round.code);
  if (d.filters.role) q.set('roll', d.filters.role);
  if (d.filters.area) q.set('omrade', d.filters.area);
  return q.toString();
}

/**
 * The dashboard's tables and charts below the headline figures (streamed after them): props in,
 * markup out; every figure comes computed from lib/data.
 */
export function UnitDashboardPanels({ data, explicitRound }: { data: DashboardData; explicitRound: boolean }) {
  if (!data.round || !data.headline) return null;
  const nameOf = requirementNames(data.requirements);
  const unitPath = `/enheter/${encodeURIComponent(data.unit.code)}`;
  const exportHref = `${unitPath}/export`;
  const query = exportQuery(data);
  return (
    <>
      <section aria-labelledby="utveckling" className="dashboard-section">
        <h2 id="utveckling">Utveckling över omgångarna</h2>
        <TrendChartFigure points={data.trend.map((t) => ({ name: t.round.name, rate: t.headline.rate, meetsShare: t.headline.meetsShare }))} />
        <TrendTable rows={data.trend} />
        {data.trend.length > 1 && <ExportLinks href={exportHref} query={query} table="utveckling" label="Utveckling över omgångarna" />}
      </section>
      <section aria-labelledby="underenheter" className="dashboard-section">
        <h2 id="underenheter">Enheter under {data.unit.name}</h2>
        <ChildUnits units={data.children} parentName={data.unit.name} query={filterQuery(data, explicitRound)} />
        {data.children.length > 0 && <ExportLinks href={exportHref} query={query} table="enheter" label={`Enheter under ${data.unit.name}`} />}
      </section>
      {data.unitHeatmap.length > 0 && (
        <section aria-labelledby="enheter-krav" className="dashboard-section">
          <h2 id="enheter-krav">Enheter och krav</h2>
          <p className="muted">Välj en siffra för att se enheten.</p>
          <Heatmap
            id="unit-heatmap"
            caption="Andel som når kraven, per enhet och krav (n = antal bedömda)"
            rowLabel="Enhet"
            rows={data.unitHeatmap.map(({ unit, cells }) => ({
              head: unit,
              cells,
              href: `/enheter/${encodeURIComponent(unit.code)}${filterQuery(data, explicitRound)}#per-krav`,
            }))}
            requirements={data.requirements}
            empty="Inga enheter med krav i urvalet."
            noneLabel="ingen i enheten har kravet"
          />
          <ExportLinks href={exportHref} query={query} table="enheter-krav" label="Enheter och krav" />
        </section>
      )}
      <section aria-labelledby="roller-krav" className="dashboard-section">
        <h2 id="roller-krav">Roller och krav</h2>
        {data.heatmap.length > 0 && !data.filters.role && <p className="muted">Välj en siffra för att se bara den rollen.</p>}
        <Heatmap
          id="heatmap"
          caption="Andel som når kraven, per roll och krav (n = antal bedömda)"
          rowLabel="Roll"
          rows={data.heatmap.map(({ role, cells }) => ({ head: role, cells, href: `${unitPath}${filterQuery(data, explicitRound, role.code)}#per-krav` }))}
          requirements={data.requirements}
          empty="Inga roller med krav i urvalet."
          noneLabel="ingen i rollen har kravet"
        />
        {data.heatmap.length > 0 && <ExportLinks href={exportHref} query={query} table="roller" label="Roller och krav" />}
      </section>
      <section aria-labelledby="per-krav" className="dashboard-section">
        <h2 id="per-krav">Per krav</h2>
        <GapTable rows={data.gaps} nameOf={nameOf} />
        {data.gaps.length > 0 && <ExportLinks href={exportHref} query={query} table="krav" label="Gap per krav" />}
      </section>
      <section aria-labelledby="nivaer" className="dashboard-section">
        <h2 id="nivaer">Nivåer per krav</h2>
        <DistributionChartFigure
          rows={data.distribution.flatMap((d) => (d.counts === null ? [] : [{ name: nameOf(d.requirement), counts: d.counts }]))}
          levels={SCALE.map((s) => ({ level: s.level, name: s.name }))}
        />
        <DistributionTable rows={data.distribution} nameOf={nameOf} />
        {data.distribution.length > 0 && <ExportLinks href={exportHref} query={query} table="nivaer" label="Nivåer per krav" />}
      </section>
      {/* Under the k rule (staff, steering group) gap closure and "jag förstår inte" are left out: chefs and HR follow them up. */}
      {!data.kRule && (
        <section aria-labelledby="gapminskning" className="dashboard-section">
          <h2 id="gapminskning">Minskat gap sedan förra omgången</h2>
          <ClosureTable rows={data.closure} nameOf={nameOf} previousName={data.previousRound?.name ?? null} />
          {data.previousRound && data.closure.length > 0 && <ExportLinks href={exportHref} query={query} table="gapminskning" label="Minskat gap sedan förra omgången" />}
        </section>
      )}
      <section aria-labelledby="digitala-kurser" className="dashboard-section">
        <h2 id="digitala-kurser">Digitala kurser</h2>
        <UptakeSection uptake={data.uptake} />
        {data.uptake && data.uptake.population > 0 && data.uptake.byMonth.length > 0 && <ExportLinks href={exportHref} query={query} table="digitalt" label="Digitala kurser per månad" />}
      </section>
      {!data.kRule && (
        <section aria-labelledby="forstar-inte" className="dashboard-section">
          <h2 id="forstar-inte">”Jag förstår inte frågan”</h2>
          <NotUnderstoodTable rows={data.notUnderstood} nameOf={nameOf} />
          {data.notUnderstood.some((r) => r.count > 0) && <ExportLinks href={exportHref} query={query} table="forstar-inte" label="”Jag förstår inte frågan” per krav" />}
        </section>
      )}
    </>
  );
}
