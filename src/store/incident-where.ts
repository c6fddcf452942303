// The WHERE clause of an incident query (table alias `i`), written once for both databases.
import { SqlParams } from './sql-params.js';
import { placeKey } from './name-keys.js';
import { checkCount, checkDate } from './event-where.js';

export interface IncidentFilter {
  readonly place?: string;
  readonly minSources?: number;
  readonly from?: string;
  readonly to?: string;
}

export function incidentWhere(f: IncidentFilter, p: SqlParams): string {
  checkDate('from', f.from);
  checkDate('to', f.to);
  checkCount('minSources', f.minSources);
  const c: string[] = ['1 = 1'];
  if (f.from !== undefined) c.push(`COALESCE(i.date_end, i.date) >= ${p.add(f.from)}`);
  if (f.to !== undefined) c.push(`i.date <= ${p.add(f.to)}`);
  if (f.minSources !== undefined) c.push(`i.sources >= ${p.add(f.minSources)}`);
  if (f.place !== undefined) {
    const k = placeKey(f.place);
    c.push(
      `i.id IN (SELECT ie.incident_id FROM incident_events ie JOIN events e ON e.id = ie.event_id WHERE e.place_key = ${p.add(k)} OR e.place_ar_key = ${p.add(k)})`,
    );
  }
  return c.join(' AND ');
}
