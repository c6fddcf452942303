// `rasid search`: stored events by filters and an Arabic-aware text query, one line per event
// (or JSON Lines), in (date, id) order.
import { parseArgs } from 'node:util';
import type { Writable } from 'node:stream';
import type { Event } from '../codebook/schema.js';
import type { Store, StoredEvent, StoredReport } from '../store/types.js';
import { DB_HELP, DB_OPTION, withStore } from './db.js';
import { EXIT } from './errors.js';
import { count, EVENT_FILTER_HELP, EVENT_FILTER_OPTIONS, eventFilter } from './filters.js';
import { write } from './write.js';

export const SEARCH_HELP = `usage: rasid search [options] [QUERY...]

Prints the stored events matching every filter given and the text query (words of the
report text, Arabic-aware: hamza forms, ta marbuta and tashkeel do not matter), one line
per event: date, type/subtype, place, actors, fatalities, source, [event id / report id].

options:
${DB_HELP}
${EVENT_FILTER_HELP}
  --limit N, --offset N                page through the results
  --json                               JSON Lines: {id, report, incident, source, url, event}
`;

/** getReport with a cache: many events share a report. */
export function reportLookup(store: Store): (id: number) => Promise<StoredReport | null> {
  const cache = new Map<number, StoredReport | null>();
  return async (id) => {
    if (!cache.has(id)) {
      if (cache.size > 10_000) cache.clear();
      cache.set(id, await store.getReport(id));
    }
    return cache.get(id) ?? null;
  };
}

const killed = (e: Event): string => {
  const t = e.fatalities.total;
  if (t === null) return e.fatalities.unknown ? '? killed' : '';
  return `${e.fatalities.approx ? '~' : ''}${t} killed${e.fatalities.civilians ? ` (${e.fatalities.civilians} civ)` : ''}`;
};

export function eventLine(se: StoredEvent, r: StoredReport | null): string {
  const e = se.event;
  const date = `${e.date ?? '????-??-??'}${e.date_end && e.date_end !== e.date ? `…${e.date_end}` : ''}`;
  const place = `${e.location.name_ar ?? e.location.name}${e.location.admin1 ? `, ${e.location.admin1}` : ''}`;
  const actors = `${e.actor1 ?? '?'}${e.actor2 ? ` → ${e.actor2}` : ''}`;
  return [date, `${e.type}/${e.subtype}`, place, actors, killed(e), r?.source ?? '', `[${se.id}/${se.reportId}]`].join('\t');
}

export async function runSearch(argv: string[], out: Writable = process.stdout): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      ...DB_OPTION,
      ...EVENT_FILTER_OPTIONS,
      limit: { type: 'string' },
      offset: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    out.write(SEARCH_HELP);
    return EXIT.ok;
  }
  const limit = count('--limit', values.limit);
  const offset = count('--offset', values.offset);
  const filter = { ...eventFilter(values, positionals.join(' ')), ...(limit !== undefined && { limit }), ...(offset !== undefined && { offset }) };
  return withStore(values.db, 'read', async (store) => {
    const report = reportLookup(store);
    for await (const se of store.events(filter)) {
      const r = await report(se.reportId);
      const line = values.json
        ? JSON.stringify({ id: se.id, report: se.reportId, incident: se.incidentId, source: r?.source ?? null, url: r?.url ?? null, event: se.event })
        : eventLine(se, r);
      await write(out, line + '\n');
    }
    return EXIT.ok;
  });
}
