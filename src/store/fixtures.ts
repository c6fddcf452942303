// Test helpers for the contract suite: small codebook events and reports written by hand.
// An event's label (evidence[0][0]) lets a test name the events it expects.
import { createHash } from 'node:crypto';
import type { Event } from '../codebook/schema.js';
import { normalize } from '../text/normalize.js';
import type { NewReport, Store, StoredEvent } from './types.js';

export interface EventSpec {
  readonly label: number;
  readonly type?: string;
  readonly subtype?: string;
  readonly date?: string | null;
  readonly dateEnd?: string | null;
  readonly actor1?: string | null;
  readonly actor2?: string | null;
  readonly assoc1?: readonly string[];
  readonly admin1?: string | null;
  readonly place?: string;
  readonly placeAr?: string | null;
  readonly fatalities?: number | null;
}

export function makeEvent(s: EventSpec): Event {
  return {
    type: s.type ?? 'explosion_remote_violence',
    subtype: s.subtype ?? 'shelling_artillery_missile_attack',
    date: s.date === undefined ? '2017-01-15' : s.date,
    date_end: s.dateEnd ?? null,
    date_precision: 1,
    actor1: s.actor1 === undefined ? 'Military Forces of Syria (2000-2024)' : s.actor1,
    assoc_actors1: [...(s.assoc1 ?? [])],
    actor2: s.actor2 ?? null,
    assoc_actors2: [],
    location: {
      name: s.place ?? 'Somewhere',
      name_ar: s.placeAr ?? null,
      admin1: s.admin1 ?? null,
      admin2: null,
      admin3: null,
      country: 'Syria',
      lat: 35.1,
      lon: 40.2,
      geo_precision: 1,
      gazetteer_id: null,
    },
    fatalities: { total: s.fatalities ?? null },
    injuries: { total: null },
    casualties_total: s.fatalities ?? null,
    weapons: [],
    evidence: [[s.label, s.label + 1]],
    confidence: 0.9,
  };
}

export const labelOf = (e: StoredEvent): number => e.event.evidence[0]![0];

export function makeReport(extId: string, text: string, more: Partial<NewReport> = {}): NewReport {
  const contentHash = createHash('sha256').update(normalize(text).text).digest('hex');
  return {
    extId,
    source: null,
    url: null,
    published: '2017-01-16',
    title: null,
    text,
    contentHash,
    syndicationGroup: contentHash,
    origin: 'test',
    ...more,
  };
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/**
 * Stores opened by one contract file, closed after each test: `fresh()` opens one and keeps it
 * for the afterEach that the caller registers with `closeAll`.
 */
export function storeOpener<A extends unknown[]>(open: (...args: A) => Promise<Store>): { fresh: (...args: A) => Promise<Store>; closeAll: () => Promise<void> } {
  const opened: Store[] = [];
  return {
    fresh: async (...args) => {
      const s = await open(...args);
      opened.push(s);
      return s;
    },
    closeAll: async () => {
      for (const s of opened.splice(0)) await s.close();
    },
  };
}
