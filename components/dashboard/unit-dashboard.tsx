import { formatDateRange } from '@/lib/format/date';
import { SCALE } from '@/lib/domain/scale';
import { unitKindLabel } from '@/lib/format/unit-kind';
import { Breadcrumbs } from './breadcrumbs';
import { ChildUnits } from './child-units';
import { ClosureTable } from './closure-table';
import { DashboardFilters } from './dashboard-filters';
import { DistributionChartFigure } from './distribution-chart-loader';
import { DistributionTable } from './distribution-table';
import { GapTable } from './gap-table';
import { HeadlineFigures } from './headline-figures';
import { Heatmap } from './heatmap';
import { NotUnderstoodTable } from './not-understood-table';
import { requirementNames, type DashboardData } from './types';
import { UptakeSection } from './uptake-section';
import './dashboard.css';

/** The filter part of the address, carried on when drilling down so the view stays the same. */
function filterQuery(d: DashboardData, explicitRound: boolean): string {
  const q = new URLSearchParams();
  if (explicitRound && d.round) q.set('omgang', d.round.code);
  if (d.filters.role) q.set('roll', d.filters.role);
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

function ExportLinks({ href, query }: { href: string; query: string }) {
  const sep = query ? `?${query}&` : '?';
  return (
    <p>
      Ladda ner tabellen med samma urval:{' '}
      <a href={`${href}${sep}format=csv`} download>
        CSV för Excel
      </a>{' '}
      ·{' '}
      <a href={`${href}${sep}format=xlsx`} download>
        Excel-fil (XLSX)
      </a>
    </p>
  );
}

/** A unit's dashboard: props in, markup out; every figure comes computed from lib/data. */
export function UnitDashboardView({ data, explicitRound }: { data: DashboardData; explicitRound: boolean }) {
  const nameOf = requirementNames(data.requirements);
  return (
    <>
      <Breadcrumbs ancestors={data.breadcrumbs} current={data.unit.name} />
      <h1>
        {data.unit.name} <span className="dashboard-kind">{unitKindLabel(data.unit.kind)}</span>
      </h1>
      <DashboardFilters
        unitCode={data.unit.code}
        rounds={data.rounds}
        round={data.round?.code ?? null}
        roles={data.filters.roles}
        role={data.filters.role}
        areas={data.filters.areas}
        area={data.filters.area}
      />
      {!data.round || !data.headline ? (
        <p className="notice">Det finns ingen omgång att visa ännu.</p>
      ) : (
        <>
          <p>
            Omgång: <strong>{data.round.name}</strong>, öppen för svar{' '}
            <time dateTime={data.round.opensOn}>{formatDateRange(data.round.opensOn, data.round.closesOn)}</time>.
          </p>
          {data.round.open && (
            <p className="notice">Omgången pågår. Siffrorna är preliminära och ändras när fler svarar.</p>
          )}
          <section aria-labelledby="nyckeltal" className="dashboard-section">
            <h2 id="nyckeltal">Nyckeltal</h2>
            <HeadlineFigures headline={data.headline} previous={data.previousHeadline} previousName={data.previousRound?.name ?? null} />
          </section>
          <section aria-labelledby="underenheter" className="dashboard-section">
            <h2 id="underenheter">Enheter under {data.unit.name}</h2>
            <ChildUnits units={data.children} parentName={data.unit.name} query={filterQuery(data, explicitRound)} />
          </section>
          <section aria-labelledby="roller-krav" className="dashboard-section">
            <h2 id="roller-krav">Roller och krav</h2>
            <Heatmap rows={data.heatmap} requirements={data.requirements} />
          </section>
          <section aria-labelledby="per-krav" className="dashboard-section">
            <h2 id="per-krav">Per krav</h2>
            <GapTable rows={data.gaps} nameOf={nameOf} />
            {data.gaps.length > 0 && <ExportLinks href={`/enheter/${encodeURIComponent(data.unit.code)}/export`} query={exportQuery(data)} />}
          </section>
          <section aria-labelledby="nivaer" className="dashboard-section">
            <h2 id="nivaer">Nivåer per krav</h2>
            <DistributionChartFigure
              rows={data.distribution.map((d) => ({ name: nameOf(d.requirement), counts: d.counts }))}
              levels={SCALE.map((s) => ({ level: s.level, name: s.name }))}
            />
            <DistributionTable rows={data.distribution} nameOf={nameOf} />
          </section>
          <section aria-labelledby="gapminskning" className="dashboard-section">
            <h2 id="gapminskning">Minskat gap sedan förra omgången</h2>
            <ClosureTable rows={data.closure} nameOf={nameOf} previousName={data.previousRound?.name ?? null} />
          </section>
          <section aria-labelledby="digitala-kurser" className="dashboard-section">
            <h2 id="digitala-kurser">Digitala kurser</h2>
            <UptakeSection uptake={data.uptake} />
          </section>
          <section aria-labelledby="forstar-inte" className="dashboard-section">
            <h2 id="forstar-inte">”Jag förstår inte frågan”</h2>
            <NotUnderstoodTable rows={data.notUnderstood} nameOf={nameOf} />
          </section>
        </>
      )}
    </>
  );
}
