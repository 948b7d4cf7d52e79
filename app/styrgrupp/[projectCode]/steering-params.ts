import type { SteeringLinks } from '@/components/steering/types';

export type Query = Record<string, string | string[] | undefined>;

export function one(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The largest id PostgreSQL's integer holds: a larger one is no snapshot (and must not reach the query). */
const MAX_ID = 2_147_483_647;

/** `?ogonblick=<id>`: a snapshot id, null for the live figures, 'invalid' for anything else (a 404). */
export function snapshotFromQuery(query: Query): number | null | 'invalid' {
  const raw = one(query.ogonblick);
  if (raw === undefined || raw === '') return null;
  if (!/^[1-9][0-9]{0,9}$/.test(raw)) return 'invalid';
  const id = Number(raw);
  return id <= MAX_ID ? id : 'invalid';
}

/** Every link of the steering page and meeting mode, for the live figures or one snapshot. */
export function steeringLinks(projectCode: string, snapshot: number | null): SteeringLinks {
  const base = `/styrgrupp/${encodeURIComponent(projectCode)}`;
  const q = (s: number | null) => (s === null ? '' : `?ogonblick=${s}`);
  return {
    page: `${base}${q(snapshot)}`,
    meeting: `${base}/mote${q(snapshot)}`,
    pdf: `${base}/rapport.pdf${q(snapshot)}`,
    xlsx: `${base}/siffror.xlsx${q(snapshot)}`,
    view: (s) => `${base}${q(s)}`,
  };
}
