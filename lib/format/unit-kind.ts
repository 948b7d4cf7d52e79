import type { UnitKind } from '@/lib/domain/enums';

const LABELS: Record<UnitKind, string> = {
  region: 'Region',
  kommun: 'Kommun',
  forvaltning: 'Förvaltning',
  omrade: 'Område',
  enhet: 'Enhet',
};

/** The kind of a unit as shown to users. */
export function unitKindLabel(kind: UnitKind): string {
  return LABELS[kind];
}
