import { todayInSweden } from '@/lib/clock/clock';
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ActionButtonForm } from '@/components/admin/action-button-form';
import { AddIndicatorForm } from '@/components/steering/add-indicator-form';
import { FreezeConfirm, FreezeForm } from '@/components/steering/freeze-form';
import { IndicatorCard } from '@/components/steering/indicator-card';
import { NoIndicators } from '@/components/steering/no-indicators';
import { SteeringPrintStyles } from '@/components/steering/print-styles';
import { SteeringActions, SteeringHeader, ViewChoice } from '@/components/steering/steering-header';
import { ChangesList, StatusRules, StatusTable } from '@/components/steering/steering-summary';
import { requireSignedIn } from '@/lib/auth/get-viewer';
import { hasRole, isAdmin } from '@/lib/auth/viewer';
import { getIndicatorChoices, getSteeringView, listSnapshots } from '@/lib/data/steering';
import { orNotFound } from '../../_lib/or-not-found';
import { addIndicatorAction, freezeSnapshotAction } from './actions';
import { freezeLabelSchema } from './steering-inputs';
import { one, snapshotFromQuery, steeringLinks, type Query } from './steering-params';

// The figures change with every import; never serve a copy rendered at build time.
export const dynamic = 'force-dynamic';

// No project name in the title: the same page is the not-found page for projects out of scope.
export const metadata: Metadata = { title: 'Styrgruppens effektmått' };

const DONE: Record<string, string> = {
  fryst: 'Siffrorna är frysta. Det här är ögonblicksbilden; den ser likadan ut när ni öppnar den senare.',
  indikator: 'Indikatorn är tillagd.',
};

type Props = { params: Promise<{ projectCode: string }>; searchParams: Promise<Query> };

/** Today in Sweden as YYYY-MM-DD, for the suggested name of a snapshot. */

export default async function SteeringPage({ params, searchParams }: Props) {
  const viewer = await requireSignedIn();
  const [{ projectCode }, query] = await Promise.all([params, searchParams]);
  const snapshot = snapshotFromQuery(query);
  if (snapshot === 'invalid') notFound();
  // Access first (an unknown project, or one the viewer may not follow, is the not-found page).
  const [view, snapshots] = await orNotFound(Promise.all([getSteeringView(viewer, { project: projectCode, snapshot }), listSnapshots(viewer, projectCode)]));
  const planner = isAdmin(viewer) || hasRole(viewer, 'hr');
  const printVariant = one(query.utskrift) === '1';
  const forms = planner && !printVariant;
  const choices = forms ? await orNotFound(getIndicatorChoices(viewer, view.project.code)) : null;
  // The new indicator's rounds default to those of the project's first indicator that has both.
  const usualRounds = view.indicators.find((i) => i.baseline.round && i.current.round);
  const links = steeringLinks(view.project.code, view.snapshot?.id ?? null);
  const done = DONE[one(query.klart) ?? ''];

  // Freezing, step one answered: a name to confirm, or the reason it cannot be used.
  const freezeInput = forms && !view.snapshot ? one(query.frys) : undefined;
  const freezeLabel = freezeInput === undefined ? null : freezeLabelSchema.safeParse(freezeInput);

  return (
    <div className="steering" data-steering-report data-print-variant={printVariant ? '' : undefined}>
      <SteeringPrintStyles />
      <SteeringHeader view={view} />
      <div role="status">
        {done && (
          <div className="notice notice--ok">
            <p>{done}</p>
          </div>
        )}
      </div>
      {!printVariant && (
        <div className="steering-toolbar" data-print="hide">
          <ViewChoice action={links.view(null)} snapshots={snapshots} current={view.snapshot?.id ?? null} />
          <SteeringActions links={links} />
        </div>
      )}

      {view.indicators.length === 0 ? (
        <NoIndicators canAdd={forms} formAnchor="ny-indikator" />
      ) : (
        <>
          <section aria-labelledby="laget-rubrik" className="steering-section">
            <h2 id="laget-rubrik">Läget just nu</h2>
            <StatusTable view={view} links={!printVariant} />
          </section>

          <section aria-labelledby="forandring-rubrik" className="steering-section">
            <h2 id="forandring-rubrik">Störst förändring sedan förra mötet</h2>
            <ChangesList view={view} />
          </section>

          <section aria-labelledby="indikatorerna-rubrik" id="indikatorerna" className="steering-section" data-print-break="before">
            <h2 id="indikatorerna-rubrik">Indikatorerna</h2>
            {view.indicators.map((i) => (
              <IndicatorCard key={i.code} indicator={i} k={view.k} />
            ))}
          </section>
        </>
      )}

      <section aria-labelledby="regler-rubrik" className="steering-section">
        <h2 id="regler-rubrik">Så bedöms läget</h2>
        <StatusRules view={view} />
      </section>

      {forms && choices && (
        <>
          <section aria-labelledby="frysa-rubrik" id="frysa" className="panel" data-print="hide">
            <h2 id="frysa-rubrik">Frys siffrorna inför ett möte</h2>
            {view.snapshot ? (
              <p>
                Du tittar på en ögonblicksbild. <a href={links.view(null)}>Gå till de aktuella siffrorna</a> för att frysa nya.
              </p>
            ) : freezeLabel?.success ? (
              <FreezeConfirm label={freezeLabel.data} dataAsOf={view.dataAsOf} cancelHref={`${links.view(null)}#frysa`}>
                <ActionButtonForm action={freezeSnapshotAction} fields={{ project: view.project.code, label: freezeLabel.data }} label="Ja, frys siffrorna" />
              </FreezeConfirm>
            ) : (
              <>
                <p>En ögonblicksbild sparar siffrorna som de ser ut nu, så att styrgruppen ser samma siffror under och efter mötet.</p>
                <FreezeForm
                  action={links.view(null)}
                  defaultLabel={`Styrgruppsmöte ${todayInSweden()}`}
                  value={freezeInput}
                  errors={freezeLabel && !freezeLabel.success ? freezeLabel.error.issues.map((i) => i.message) : undefined}
                />
              </>
            )}
          </section>

          <section aria-labelledby="ny-indikator-rubrik" id="ny-indikator" className="panel" data-print="hide">
            <h2 id="ny-indikator-rubrik">Lägg till en indikator</h2>
            <p>Välj en effektfråga. Indikatorn blir andelen som svarar 4 eller 5 (stämmer ganska eller helt), jämförd med målet.</p>
            <AddIndicatorForm
              action={addIndicatorAction}
              project={view.project.code}
              choices={choices}
              defaultBaseline={usualRounds?.baseline.round?.code ?? choices.rounds[0]?.code ?? null}
              defaultFollowUp={usualRounds?.current.round?.code ?? choices.rounds.at(-1)?.code ?? null}
            />
          </section>
        </>
      )}
    </div>
  );
}
