import { formatDateRange } from '@/lib/format/date';
import { unitKindLabel } from '@/lib/format/unit-kind';
import { Breadcrumbs } from './breadcrumbs';
import { DashboardFilters } from './dashboard-filters';
import { HeadlineFigures } from './headline-figures';
import type { DashboardSummaryData } from './types';
import { KRuleNotice } from './withheld';
import './dashboard.css';

/** The part of a unit's dashboard sent first: where you are, the filters and the headline figures. */
export function DashboardHeader({ data }: { data: DashboardSummaryData }) {
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
          {data.round.open && <p className="notice">Omgången pågår. Siffrorna är preliminära och ändras när fler svarar.</p>}
          {data.kRule && <KRuleNotice k={data.kRule.k} />}
          <section aria-labelledby="nyckeltal" className="dashboard-section">
            <h2 id="nyckeltal">Nyckeltal</h2>
            <HeadlineFigures headline={data.headline} previous={data.previousHeadline} previousName={data.previousRound?.name ?? null} />
          </section>
        </>
      )}
    </>
  );
}
