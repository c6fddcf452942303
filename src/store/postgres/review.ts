// Corrections, incident review, merge/split and the audit trail on PostgreSQL (ReviewStore of
// ../types.ts). Every change and its audit entries are written in one transaction.
import type pg from 'pg';
import type { Event } from '../../codebook/schema.js';
import { actorSides } from '../actor-sides.js';
import { CORRECTED_COLUMNS, correctedValues, eventActors } from '../correction-row.js';
import { checkPartition, summariseIncident, type IncidentMember } from '../incident-summary.js';
import { incidentQueryWhere } from '../incident-query.js';
import { movedEvents } from '../incident-ids.js';
import { REGROUPED, regroupedOf } from '../stale-reviews.js';
import { clearStaleReviews } from './stale-reviews.js';
import {
  EVENT_FROM,
  EVENT_SELECT,
  toAuditEntry,
  toReviewedIncident,
  toStoredEvent,
  type AuditRow,
  type EventRow,
  type IncidentRow,
} from '../rows.js';
import { SqlParams } from '../sql-params.js';
import { auditSql } from '../audit-query.js';
import { statsSql, toStatsRow } from '../stats-query.js';
import { StoreError } from '../store-error.js';
import type {
  AuditEntry,
  AuditFilter,
  CorrectedEvent,
  EventFilter,
  IncidentGroup,
  IncidentQuery,
  NewAuditEntry,
  ReviewedIncident,
  StatsBy,
  StatsRow,
} from '../types.js';
import { textMatch } from './search.js';

type Q = pg.Pool | pg.ClientBase;
export type Tx = <T>(fn: (c: pg.PoolClient) => Promise<T>) => Promise<T>;
type By = { readonly who: string; readonly comment: string | null };

export const REVIEWED_INCIDENT_SELECT = `SELECT i.id, i.data, i.sort_date, rv.reviewed_by, rv.reviewed_at,
  COALESCE((SELECT json_agg(ie.event_id ORDER BY ie.event_id) FROM incident_events ie WHERE ie.incident_id = i.id), '[]'::json) AS event_ids
  FROM incidents i LEFT JOIN incident_reviews rv ON rv.incident_id = i.id`;

const json = (v: unknown): string | null => (v === undefined || v === null ? null : JSON.stringify(v));

export async function putAudit(c: Q, entries: readonly NewAuditEntry[]): Promise<void> {
  const now = new Date().toISOString();
  for (const a of entries)
    await c.query(
      'INSERT INTO audit (who, at, entity, entity_id, action, before, after, comment) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [a.who, now, a.entity, a.entityId, a.action, json(a.before), json(a.after), a.comment],
    );
}

export async function getEvent(c: Q, id: number): Promise<CorrectedEvent | null> {
  const r = await c.query<EventRow>(`SELECT ${EVENT_SELECT} FROM ${EVENT_FROM} WHERE e.id = $1`, [id]);
  return r.rows[0] ? toStoredEvent(r.rows[0]) : null;
}

export async function correctEvent(tx: Tx, id: number, event: Event, by: By): Promise<CorrectedEvent | null> {
  const sides = actorSides();
  return tx(async (c) => {
    await c.query('SELECT id FROM events WHERE id = $1 FOR UPDATE', [id]);
    const before = await getEvent(c, id);
    if (!before) return null;
    await c.query(
      `INSERT INTO event_corrections (event_id, data, corrected_by, corrected_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (event_id) DO UPDATE SET data = excluded.data, corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at`,
      [id, JSON.stringify(event), by.who, new Date().toISOString()],
    );
    const values = correctedValues(event, sides);
    await c.query(
      `UPDATE events SET ${CORRECTED_COLUMNS.map((col, i) => `${col} = $${i + 1}`).join(', ')} WHERE id = $${values.length + 1}`,
      [...values, id],
    );
    await c.query('DELETE FROM event_actors WHERE event_id = $1', [id]);
    for (const a of eventActors(event)) await c.query('INSERT INTO event_actors (event_id, actor) VALUES ($1, $2)', [id, a]);
    await putAudit(c, [
      { who: by.who, entity: 'event', entityId: id, action: 'correct', before: before.event, after: event, comment: by.comment },
    ]);
    return getEvent(c, id);
  });
}

export async function getReviewedIncident(c: Q, id: number): Promise<ReviewedIncident | null> {
  const r = await c.query<IncidentRow>(`${REVIEWED_INCIDENT_SELECT} WHERE i.id = $1`, [id]);
  return r.rows[0] ? toReviewedIncident(r.rows[0], false) : null;
}

export async function reviewIncident(tx: Tx, id: number, by: By): Promise<ReviewedIncident | null> {
  return tx(async (c) => {
    await c.query('SELECT id FROM incidents WHERE id = $1 FOR UPDATE', [id]);
    const before = await getReviewedIncident(c, id);
    if (!before) return null;
    const review = { by: by.who, at: new Date().toISOString() };
    await c.query(
      `INSERT INTO incident_reviews (incident_id, reviewed_by, reviewed_at) VALUES ($1, $2, $3)
       ON CONFLICT (incident_id) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at`,
      [id, review.by, review.at],
    );
    await putAudit(c, [
      { who: by.who, entity: 'incident', entityId: id, action: 'review', before: before.review, after: review, comment: by.comment },
    ]);
    return getReviewedIncident(c, id);
  });
}

const MEMBERS =
  'SELECT e.id, e.date, e.date_end, e.place_name, e.place_name_ar, r.syndication_group, e.incident_id FROM events e JOIN reports r ON r.id = e.report_id WHERE e.id = ANY($1)';

export async function regroupIncidents(
  tx: Tx,
  groups: readonly IncidentGroup[],
  remove: readonly number[],
  audit: (ids: readonly number[]) => readonly NewAuditEntry[],
): Promise<number[]> {
  checkPartition(groups);
  return tx(async (c) => {
    const listed = [...new Set([...remove, ...groups.flatMap((g) => (g.id === null ? [] : [g.id]))])];
    const grouped = new Set(groups.flatMap((g) => g.eventIds));
    const found = await c.query<{ id: number }>('SELECT id FROM incidents WHERE id = ANY($1) ORDER BY id FOR UPDATE', [listed]);
    const known = new Set(found.rows.map((r) => r.id));
    const unknown = listed.find((id) => !known.has(id));
    if (unknown !== undefined) throw new StoreError('input', `expected stored incident ids, found unknown incident id ${unknown}`);
    const own = await c.query<{ incident_id: number; event_id: number }>(
      'SELECT incident_id, event_id FROM incident_events WHERE incident_id = ANY($1)',
      [listed],
    );
    const lost = own.rows.find((r) => !grouped.has(r.event_id));
    if (lost)
      throw new StoreError('input', `expected every event of incident ${lost.incident_id} in a group, found event ${lost.event_id} in none`);
    const res = await c.query<IncidentMember & { incident_id: number | null }>(MEMBERS, [[...grouped]]);
    const members = new Map(res.rows.map((m) => [m.id, m]));
    for (const id of grouped) {
      const m = members.get(id);
      if (!m) throw new StoreError('input', `expected stored event ids, found unknown event id ${id}`);
      if (m.incident_id !== null && !known.has(m.incident_id))
        throw new StoreError('input', `expected the incident of event ${id} (#${m.incident_id}) among the regrouped or removed incidents`);
    }
    await c.query('DELETE FROM incident_events WHERE incident_id = ANY($1)', [listed]);
    await c.query('UPDATE events SET incident_id = NULL WHERE incident_id = ANY($1)', [listed]);
    const ids: number[] = [];
    for (const g of groups) {
      const s = summariseIncident(g.eventIds, members);
      const values = [JSON.stringify(g.data ?? null), s.sources, s.date, s.dateEnd, s.sortDate, s.places];
      let iid = g.id;
      if (iid === null)
        iid = (
          await c.query<{ id: number }>(
            'INSERT INTO incidents (data, sources, date, date_end, sort_date, places) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id',
            values,
          )
        ).rows[0]!.id;
      else
        await c.query(
          'UPDATE incidents SET data = $1, sources = $2, date = $3, date_end = $4, sort_date = $5, places = $6 WHERE id = $7',
          [...values, iid],
        );
      const eids = [...new Set(g.eventIds)];
      await c.query('INSERT INTO incident_events (incident_id, event_id) SELECT $1, unnest($2::bigint[])', [iid, eids]);
      await c.query('UPDATE events SET incident_id = $1 WHERE id = ANY($2)', [iid, eids]);
      ids.push(iid);
    }
    const gone = listed.filter((id) => !ids.includes(id));
    await c.query('DELETE FROM incident_reviews WHERE incident_id = ANY($1)', [gone]);
    await c.query('DELETE FROM incidents WHERE id = ANY($1)', [gone]);
    const entries = audit(ids);
    // a review vouches for the events it saw (../stale-reviews.ts)
    const priorOf = new Map(own.rows.map((r) => [r.event_id, r.incident_id]));
    const newOf = regroupedOf(groups, ids);
    const why = { who: entries[0]?.who ?? null, comment: REGROUPED };
    await putAudit(c, [...entries, ...(await clearStaleReviews(c, priorOf, newOf, movedEvents(priorOf, newOf).keys(), why))]);
    return ids;
  });
}

export async function audit(c: Q, f: AuditFilter = {}): Promise<AuditEntry[]> {
  const p = new SqlParams('$');
  const r = await c.query<AuditRow>(auditSql(f, p), p.values);
  return r.rows.map((x) => toAuditEntry(x, false));
}

export async function incidentPage(c: Q, q: IncidentQuery): Promise<{ items: ReviewedIncident[]; total: number }> {
  const p = new SqlParams('$');
  const where = incidentQueryWhere(q, p, { textMatch, gradeOf: "(i.data->>'grade')", noIndex: (col) => col });
  const total = (await c.query<{ n: number }>(`SELECT COUNT(*) AS n FROM incidents i WHERE ${where}`, p.values)).rows[0]!.n;
  const limit = `LIMIT ${p.add(q.limit ?? null)} OFFSET ${p.add(q.offset ?? 0)}`;
  const r = await c.query<IncidentRow>(`${REVIEWED_INCIDENT_SELECT} WHERE ${where} ORDER BY i.sort_date, i.id ${limit}`, p.values);
  return { items: r.rows.map((x) => toReviewedIncident(x, false)), total };
}

export async function eventStats(c: Q, by: StatsBy, filter: EventFilter = {}): Promise<StatsRow[]> {
  const p = new SqlParams('$');
  const sql = statsSql(by, filter, p, {
    weekOf: "to_char(date_trunc('week', e.date::date), 'YYYY-MM-DD')",
    textMatch,
  });
  return (await c.query<Record<string, unknown>>(sql, p.values)).rows.map(toStatsRow);
}
