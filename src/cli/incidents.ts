// `rasid incidents`: incidents (one event reported by one or more outlets), filtered by place,
// number of independent sources and dates; a table or JSON Lines.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import { asIncident as incidentOf, type Incident } from '../link/index.js';
import type { StoredIncident } from '../store/types.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { EXIT } from './errors.js';
import { count, isoDate } from './filters.js';
import { write } from './write.js';

export const INCIDENTS_HELP = `usage: rasid incidents [options]

Prints incidents: the same event as told by one or more reports. Copies of one agency
text count as one source.

options:
${DB_HELP}
  --place NAME         any of the incident's places (Arabic or English)
  --min-sources N      at least N independent sources
  --from YYYY-MM-DD, --to YYYY-MM-DD
  --json               JSON Lines: {id, eventIds, incident}
`;

/** The link module's incident as stored (JSON); null when the data is not one. */
export function asIncident(si: StoredIncident): Incident | null {
  return incidentOf(si.data);
}

export function fatalityText(i: Incident): string {
  const f = i.fatalities;
  if (!f) return '';
  return f.low === f.high ? `${f.best} killed` : `${f.best} killed (${f.low}–${f.high})`;
}

export function incidentLine(si: StoredIncident): string {
  const i = asIncident(si);
  if (!i) return `#${si.id}\t(${si.eventIds.length} events)`;
  const date = `${i.date ?? '????-??-??'}${i.date_end ? `…${i.date_end}` : ''}`;
  const place = `${i.location.name_ar ?? i.location.name}${i.location.admin1 ? `, ${i.location.admin1}` : ''}`;
  return [
    `#${si.id}`, date, `${i.type}/${i.subtype}`, place, `${i.sources} source${i.sources === 1 ? '' : 's'}`,
    `${i.members.length} report${i.members.length === 1 ? '' : 's'}`, fatalityText(i), i.grade,
    i.conflicts.length ? `conflicts: ${i.conflicts.join(',')}` : '',
  ].join('\t');
}

export async function runIncidents(argv: string[], out: Writable = process.stdout): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      ...DB_OPTION,
      place: { type: 'string' },
      'min-sources': { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out.write(INCIDENTS_HELP);
    return EXIT.ok;
  }
  const filter = {
    ...(values.place && { place: values.place }),
    ...(values['min-sources'] !== undefined && { minSources: count('--min-sources', values['min-sources'])! }),
    ...(values.from && { from: isoDate('--from', values.from)! }),
    ...(values.to && { to: isoDate('--to', values.to)! }),
  };
  return withStore(values.db, 'read', async (store) => {
    for await (const si of store.incidents(filter)) {
      await write(out, (values.json ? JSON.stringify({ id: si.id, eventIds: si.eventIds, incident: si.data }) : incidentLine(si)) + '\n');
    }
    return EXIT.ok;
  });
}
