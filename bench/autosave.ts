// Survey autosaves through lib/data (the code behind the survey's answers endpoint), as many
// staff at once: each save is one answer, as the survey sends it when a choice is made. Counts
// saves per second and latency, then checks that every acknowledged answer is stored, once,
// with the last value acknowledged, and that the round's rollups equal a full recount.
import { sql } from 'drizzle-orm';
import { queryRows, type Db } from '@/db/client';
import { levelCounts, placementCounts } from '@/db/queries/round-histograms';
import { subtreeLevelCounts, subtreePlacementCounts } from '@/db/queries/rollup-slices';
import { rebuildRoundRollups } from '@/db/writes/rollups';
import type { Viewer } from '@/lib/auth/viewer';
import { saveSurveyAnswers } from '@/lib/data/survey';
import { summarise, type Timing } from './stats';

export interface AutosaveResult {
  saves: number;
  perSecond: number;
  latency: Timing;
  errors: number;
  /** Acknowledged answers missing from the database or stored with another value (must be 0). */
  lost: number;
  /** Answers stored more than once for one person and requirement (must be 0). */
  duplicated: number;
  rollupsMatch: boolean;
}

export async function benchAutosave(db: Db, options: { staff: number; concurrency: number; seconds: number }): Promise<AutosaveResult> {
  // An open round of its own, without an invitation list: everyone employed counts.
  await db.execute(sql`delete from rounds where code = 'SKALA-OPPEN'`);
  const [round] = await queryRows<{ id: number }>(db, sql`
    insert into rounds (code, name, opens_on, closes_on, kind) values ('SKALA-OPPEN', 'Öppen skalomgång', current_date - 1, current_date + 30, 'kombinerad') returning id`);
  const roundId = (round as { id: number }).id;
  await db.transaction((tx) => rebuildRoundRollups(tx, roundId));
  const staff = await queryRows<{ id: number; requirements: string[] }>(db, sql`
    select p.id, array_agg(q.code order by q.code) as requirements
    from (select id, role_id from people order by id limit ${options.staff}) p
    join role_requirements rr on rr.role_id = p.role_id join requirements q on q.id = rr.requirement_id
    group by p.id order by p.id`);

  const acknowledged = new Map<string, number>();
  const latencies: number[] = [];
  let errors = 0;
  let next = 0;
  const until = performance.now() + options.seconds * 1000;
  const worker = async () => {
    while (performance.now() < until) {
      const i = next++;
      const person = staff[i % staff.length] as { id: number; requirements: string[] };
      const requirement = person.requirements[Math.floor(i / staff.length) % person.requirements.length] as string;
      const level = i % 5;
      const viewer: Viewer = { kind: 'invitation', tokenId: 0, personId: person.id, roundId, name: 'bench' };
      const t = performance.now();
      try {
        await saveSurveyAnswers(viewer, [{ kind: 'requirement', requirement, choice: String(level) as never }]);
        latencies.push(performance.now() - t);
        acknowledged.set(`${person.id}:${requirement}`, level);
      } catch (error) {
        errors++;
        if (errors < 3) console.error(error);
      }
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  const seconds = (performance.now() - started) / 1000;

  const stored = await queryRows<{ key: string; level: number; n: number }>(db, sql`
    select a.person_id || ':' || q.code as key, max(a.level)::int as level, count(*)::int as n
    from assessments a join requirements q on q.id = a.requirement_id
    where a.round_id = ${roundId} and a.source = 'self' group by a.person_id, q.code`);
  const byKey = new Map(stored.map((s) => [s.key, s]));
  let lost = 0;
  for (const [key, level] of acknowledged) if (byKey.get(key)?.level !== level) lost++;
  const duplicated = stored.filter((s) => s.n > 1).length;

  // The root's rollups against a recount of the round (a GROUP BY over its answers).
  const [root] = await queryRows<{ id: number }>(db, sql`select id from units where parent_id is null order by id limit 1`);
  const rootId = (root as { id: number }).id;
  const byRole = <R extends { role: string }>(rows: readonly R[], key: (r: R) => string, value: (r: R) => number) => {
    const m = new Map<string, number>();
    for (const r of rows) m.set(key(r), (m.get(key(r)) ?? 0) + value(r));
    return JSON.stringify([...m].filter(([, v]) => v !== 0).sort(([a], [b]) => (a < b ? -1 : 1)));
  };
  const levelKey = (r: { role: string; requirement: string; level: number }) => `${r.role}:${r.requirement}:${r.level}`;
  const placementKey = (r: { role: string }) => r.role;
  const rollupsMatch =
    byRole(await subtreeLevelCounts(db, roundId, rootId), levelKey, (r) => r.count) === byRole(await levelCounts(db, roundId, rootId), levelKey, (r) => r.count) &&
    byRole(await subtreePlacementCounts(db, roundId, rootId), placementKey, (r) => r.population * 1_000_000 + r.responded) ===
      byRole(await placementCounts(db, roundId, rootId), placementKey, (r) => r.population * 1_000_000 + r.responded);

  await db.execute(sql`delete from assessments where round_id = ${roundId}`);
  await db.execute(sql`delete from rounds where id = ${roundId}`);
  return { saves: latencies.length, perSecond: latencies.length / seconds, latency: summarise(latencies), errors, lost, duplicated, rollupsMatch };
}
