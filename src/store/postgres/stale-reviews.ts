// Clearing the reviews of incidents whose events changed, inside the caller's transaction
// (putIncidents, regroupIncidents; see ../stale-reviews.ts), which writes the audit entries.
import type pg from 'pg';
import { staleReviews } from '../stale-reviews.js';
import type { IncidentReview, NewAuditEntry } from '../types.js';

/** the audit entries to write for the reviews cleared */
export async function clearStaleReviews(
  c: pg.ClientBase,
  priorOf: ReadonlyMap<number, number>,
  newOf: ReadonlyMap<number, number>,
  moved: Iterable<number>,
  why: { readonly who: string | null; readonly comment: string },
): Promise<NewAuditEntry[]> {
  const reviews = new Map<number, IncidentReview>();
  const rows = await c.query<{ incident_id: number; reviewed_by: string; reviewed_at: string }>(
    'SELECT incident_id, reviewed_by, reviewed_at FROM incident_reviews',
  );
  for (const r of rows.rows) reviews.set(r.incident_id, { by: r.reviewed_by, at: r.reviewed_at });
  const stale = staleReviews(priorOf, newOf, moved, reviews, why);
  await c.query('DELETE FROM incident_reviews WHERE incident_id = ANY($1)', [stale.map((a) => a.entityId)]);
  return stale;
}
