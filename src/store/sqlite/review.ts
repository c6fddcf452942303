// Corrections, incident review, merge/split and the audit trail on SQLite (ReviewStore of
// ../types.ts). Every change and its audit entries are written in one transaction.
import type Database from 'better-sqlite3';
import type { Event } from '../../codebook/schema.js';
import { actorSides } from '../actor-sides.js';
import { UNDATED } from '../event-row.js';
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

type Db = Database.Database;
type By = { readonly who: string; readonly comment: string | null };

export const REVIEWED_INCIDENT_SELECT = `SELECT i.id, i.data, rv.reviewed_by, rv.reviewed_at,
  (SELECT json_group_array(event_id) FROM (SELECT ie.event_id FROM incident_events ie WHERE ie.incident_id = i.id ORDER BY ie.event_id)) AS event_ids
  FROM incidents i LEFT JOIN incident_reviews rv ON rv.incident_id = i.id`;

const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));

export function putAudit(db: Db, entries: readonly NewAuditEntry[]): void {
  const now = new Date().toISOString();
  const st = db.prepare(
    'INSERT INTO audit (who, at, entity, entity_id, action, before, after, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const a of entries)
    st.run(a.who, now, a.entity, a.entityId, a.action, json(a.before), json(a.after), a.comment);
}

export function getEvent(db: Db, id: number): CorrectedEvent | null {
  const r = db.prepare(`SELECT ${EVENT_SELECT} FROM ${EVENT_FROM} WHERE e.id = ?`).get(id) as EventRow | undefined;
  return r ? toStoredEvent(r) : null;
}

export function correctEvent(db: Db, id: number, event: Event, by: By): CorrectedEvent | null {
  const sides = actorSides();
  const run = db.transaction((): CorrectedEvent | null => {
    const before = getEvent(db, id);
    if (!before) return null;
    const now = new Date().toISOString();
    db.prepare(
      `INSERT INTO event_corrections (event_id, data, corrected_by, corrected_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (event_id) DO UPDATE SET data = excluded.data, corrected_by = excluded.corrected_by, corrected_at = excluded.corrected_at`,
    ).run(id, JSON.stringify(event), by.who, now);
    db.prepare(`UPDATE events SET ${CORRECTED_COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`).run(
      ...correctedValues(event, sides),
      id,
    );
    db.prepare('DELETE FROM event_actors WHERE event_id = ?').run(id);
    for (const a of eventActors(event))
      db.prepare('INSERT INTO event_actors (event_id, actor, sort_date) VALUES (?, ?, ?)').run(id, a, event.date ?? UNDATED);
    putAudit(db, [
      { who: by.who, entity: 'event', entityId: id, action: 'correct', before: before.event, after: event, comment: by.comment },
    ]);
    return getEvent(db, id);
  });
  return run.immediate();
}

export function getReviewedIncident(db: Db, id: number): ReviewedIncident | null {
  const r = db.prepare(`${REVIEWED_INCIDENT_SELECT} WHERE i.id = ?`).get(id) as IncidentRow | undefined;
  return r ? toReviewedIncident(r, true) : null;
}

export function reviewIncident(db: Db, id: number, by: By): ReviewedIncident | null {
  const run = db.transaction((): ReviewedIncident | null => {
    const before = getReviewedIncident(db, id);
    if (!before) return null;
    const review = { by: by.who, at: new Date().toISOString() };
    db.prepare(
      `INSERT INTO incident_reviews (incident_id, reviewed_by, reviewed_at) VALUES (?, ?, ?)
       ON CONFLICT (incident_id) DO UPDATE SET reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at`,
    ).run(id, review.by, review.at);
    putAudit(db, [
      { who: by.who, entity: 'incident', entityId: id, action: 'review', before: before.review, after: review, comment: by.comment },
    ]);
    return getReviewedIncident(db, id);
  });
  return run.immediate();
}

const MEMBER =
  'SELECT e.id, e.date, e.date_end, e.place_name, e.place_name_ar, r.syndication_group, e.incident_id FROM events e JOIN reports r ON r.id = e.report_id WHERE e.id = ?';

export function regroupIncidents(
  db: Db,
  groups: readonly IncidentGroup[],
  remove: readonly number[],
  audit: (ids: readonly number[]) => readonly NewAuditEntry[],
): number[] {
  checkPartition(groups);
  const run = db.transaction((): number[] => {
    const listed = new Set<number>(remove);
    for (const g of groups) if (g.id !== null) listed.add(g.id);
    const grouped = new Set(groups.flatMap((g) => g.eventIds));
    const priorOf = new Map<number, number>();
    for (const id of listed) {
      if (!db.prepare('SELECT 1 FROM incidents WHERE id = ?').get(id))
        throw new StoreError('input', `expected stored incident ids, found unknown incident id ${id}`);
      const own = db.prepare('SELECT event_id FROM incident_events WHERE incident_id = ?').all(id) as { event_id: number }[];
      for (const r of own) priorOf.set(r.event_id, id);
      const lost = own.find((r) => !grouped.has(r.event_id));
      if (lost) throw new StoreError('input', `expected every event of incident ${id} in a group, found event ${lost.event_id} in none`);
    }
    const members = new Map<number, IncidentMember>();
    const memberSt = db.prepare(MEMBER);
    for (const id of grouped) {
      const m = memberSt.get(id) as (IncidentMember & { incident_id: number | null }) | undefined;
      if (!m) throw new StoreError('input', `expected stored event ids, found unknown event id ${id}`);
      if (m.incident_id !== null && !listed.has(m.incident_id))
        throw new StoreError('input', `expected the incident of event ${id} (#${m.incident_id}) among the regrouped or removed incidents`);
      members.set(id, m);
    }
    for (const id of listed) {
      db.prepare('DELETE FROM incident_events WHERE incident_id = ?').run(id);
      db.prepare('UPDATE events SET incident_id = NULL WHERE incident_id = ?').run(id);
    }
    const ids = groups.map((g) => {
      const s = summariseIncident(g.eventIds, members);
      const data = JSON.stringify(g.data ?? null);
      let iid = g.id;
      if (iid === null)
        iid = Number(
          db
            .prepare('INSERT INTO incidents (data, sources, date, date_end, sort_date, places) VALUES (?, ?, ?, ?, ?, ?)')
            .run(data, s.sources, s.date, s.dateEnd, s.sortDate, s.places).lastInsertRowid,
        );
      else
        db.prepare(
          'UPDATE incidents SET data = ?, sources = ?, date = ?, date_end = ?, sort_date = ?, places = ? WHERE id = ?',
        ).run(data, s.sources, s.date, s.dateEnd, s.sortDate, s.places, iid);
      for (const eid of new Set(g.eventIds)) {
        db.prepare('INSERT INTO incident_events (incident_id, event_id) VALUES (?, ?)').run(iid, eid);
        db.prepare('UPDATE events SET incident_id = ? WHERE id = ?').run(iid, eid);
      }
      return iid;
    });
    for (const id of listed) {
      if (ids.includes(id)) continue;
      db.prepare('DELETE FROM incident_reviews WHERE incident_id = ?').run(id);
      db.prepare('DELETE FROM incidents WHERE id = ?').run(id);
    }
    const entries = audit(ids);
    // a review vouches for the events it saw (../stale-reviews.ts)
    const newOf = regroupedOf(groups, ids);
    const why = { who: entries[0]?.who ?? null, comment: REGROUPED };
    putAudit(db, [...entries, ...clearStaleReviews(db, priorOf, newOf, movedEvents(priorOf, newOf).keys(), why)]);
    return ids;
  });
  return run.immediate();
}

export function audit(db: Db, f: AuditFilter = {}): AuditEntry[] {
  const p = new SqlParams('?');
  const rows = db.prepare(auditSql(f, p)).all(...p.values) as AuditRow[];
  return rows.map((r) => toAuditEntry(r, true));
}

const GRADE = "json_extract(i.data, '$.grade')";

export function incidentPage(db: Db, q: IncidentQuery): { items: ReviewedIncident[]; total: number } {
  const p = new SqlParams('?');
  const where = incidentQueryWhere(q, p, { textMatch, gradeOf: GRADE, noIndex: (col) => `+${col}` });
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM incidents i WHERE ${where}`).get(...p.values) as { n: number }).n;
  const limit = `LIMIT ${p.add(q.limit ?? -1)} OFFSET ${p.add(q.offset ?? 0)}`;
  const rows = db
    .prepare(`${REVIEWED_INCIDENT_SELECT} WHERE ${where} ORDER BY i.sort_date, i.id ${limit}`)
    .all(...p.values) as IncidentRow[];
  return { items: rows.map((r) => toReviewedIncident(r, true)), total };
}

export function eventStats(db: Db, by: StatsBy, filter: EventFilter = {}): StatsRow[] {
  const p = new SqlParams('?');
  const sql = statsSql(by, filter, p, {
    weekOf: "date(e.date, '-' || ((CAST(strftime('%w', e.date) AS INTEGER) + 6) % 7) || ' days')",
    textMatch,
  });
  return (db.prepare(sql).all(...p.values) as Record<string, unknown>[]).map(toStatsRow);
}
