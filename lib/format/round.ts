import type { RoundKind } from '@/lib/domain/enums';
import type { RoundStatus } from '@/lib/domain/round-status';

const KIND_LABELS: Record<RoundKind, string> = {
  kombinerad: 'Kompetens och hur man har det på jobbet',
  kompetens: 'Bara kompetens',
  effekt: 'Bara hur man har det på jobbet',
};

/** What a round asks about, in plain words. */
export function roundKindLabel(kind: RoundKind): string {
  return KIND_LABELS[kind];
}

const STATUS_LABELS: Record<RoundStatus, string> = { planned: 'Inte öppnad', open: 'Öppen', closed: 'Stängd' };

export function roundStatusLabel(status: RoundStatus): string {
  return STATUS_LABELS[status];
}
