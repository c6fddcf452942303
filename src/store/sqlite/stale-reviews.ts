// Clearing the reviews of incidents whose events changed, inside the caller's transaction
// (putIncidents, regroupIncidents; see ../stale-reviews.ts), which writes the audit entries.
import type Database from 'better-sqlite3';
import { staleReviews } from '../stale-reviews.js';
import type { IncidentReview, NewAuditEntry } from '../types.js';

/** the audit entries to write for the reviews cleared */
export function clearStaleReviews(
  db: Database.Database,
  priorOf: ReadonlyMap<number, number>,
  newOf: ReadonlyMap<number, number>,
  moved: Iterable<number>,
  why: { readonly who: string | null; readonly comment: string },
): NewAuditEntry[] {
  const reviews = new Map<number, IncidentReview>();
  const rows = db.prepare('SELECT incident_id, reviewed_by, reviewed_at FROM incident_reviews').all() as {
    incident_id: number;
    reviewed_by: string;
    reviewed_at: string;
  }[];
  for (const r of rows) reviews.set(r.incident_id, { by: r.reviewed_by, at: r.reviewed_at });
  const stale = staleReviews(priorOf, newOf, moved, reviews, why);
  const drop = db.prepare('DELETE FROM incident_reviews WHERE incident_id = ?');
  for (const a of stale) drop.run(a.entityId);
  return stale;
}
