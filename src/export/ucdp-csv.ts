// A UCDP GED-like CSV: type of violence, sides, deaths by side, PRIO-GRID cell and a
// low / best / high range (the incident's when the store has linked the event).
import type { Event } from '../codebook/schema.js';
import { countryOf } from './countries.js';
import { csvRecord, type CsvValue } from './csv.js';
import { eventNumber } from './event-number.js';
import { resolve, type Rows } from './rows.js';
import type { ExportOptions, ExportRow } from './types.js';

export const UCDP_COLUMNS = [
  'id',
  'relid',
  'year',
  'active_year',
  'type_of_violence',
  'conflict_name',
  'side_a',
  'side_b',
  'source_article',
  'where_coordinates',
  'latitude',
  'longitude',
  'geom_wkt',
  'priogrid_gid',
  'country',
  'region',
  'date_start',
  'date_end',
  'deaths_a',
  'deaths_b',
  'deaths_civilians',
  'deaths_unknown',
  'best',
  'high',
  'low',
] as const;

/** PRIO-GRID 0.5° cell id: rows from the south pole, 720 columns from -180°, counted from 1. */
export function priogridGid(lat: number, lon: number): number {
  const row = Math.min(359, Math.floor((lat + 90) / 0.5));
  const col = Math.min(719, Math.floor((lon + 180) / 0.5));
  return row * 720 + col + 1;
}

const isState = (inter: number | null): boolean => inter === 1 || inter === 8;
const isArmedNonState = (inter: number | null): boolean => inter === 2 || inter === 3 || inter === 4;

/**
 * UCDP's type of violence from the ACLED inter codes: 3 one-sided (civilians targeted, or an
 * unopposed act whose dead are all civilians), 1 state-based (a state on either side), 2
 * non-state (armed groups on both sides); null where UCDP would not code the event
 * (protests, riots, strategic developments, or an armed group with no known opponent).
 */
export function typeOfViolence(e: Event, inter1: number | null, inter2: number | null): 1 | 2 | 3 | null {
  if (e.type === 'protest' || e.type === 'riot' || e.type === 'strategic_development') return null;
  const civilianDead =
    e.fatalities.total !== null && e.fatalities.total > 0 && e.fatalities.civilians === e.fatalities.total;
  if (e.type === 'violence_against_civilians' || inter2 === 7 || (e.actor2 === null && civilianDead))
    return 3;
  if (isState(inter1) || isState(inter2)) return 1;
  if (isArmedNonState(inter1) && isArmedNonState(inter2)) return 2;
  return null;
}

interface Deaths {
  a: number;
  b: number;
  civilians: number;
  unknown: number;
  total: number;
}

/** Deaths by side from fatalities.by_actor (allies count with their side); the rest unknown. */
function deaths(e: Event, civilianActor: (name: string) => boolean): Deaths {
  const sideA = new Set([e.actor1, ...e.assoc_actors1]);
  const sideB = new Set([e.actor2, ...e.assoc_actors2]);
  let a = 0;
  let b = 0;
  let civ = 0;
  for (const [name, n] of Object.entries(e.fatalities.by_actor ?? {})) {
    if (civilianActor(name)) civ += n;
    else if (sideA.has(name)) a += n;
    else if (sideB.has(name)) b += n;
  }
  const civilians = Math.max(civ, e.fatalities.civilians ?? 0);
  const known = a + b + civilians;
  const total = Math.max(e.fatalities.total ?? 0, known);
  return { a, b, civilians, unknown: total - known, total };
}

export function ucdpRecord(row: ExportRow, opts: ExportOptions = {}): CsvValue[] {
  const { lookupActor } = resolve(opts);
  const e = row.event;
  const l = e.location;
  const country = countryOf(l.country);
  const inter = (name: string | null): number | null =>
    name === null ? null : (lookupActor(name)?.inter ?? null);
  const i1 = inter(e.actor1);
  const i2 = inter(e.actor2);
  const type = typeOfViolence(e, i1, i2);
  const d = deaths(e, (name) => lookupActor(name)?.inter === 7);
  // UCDP puts the government on side A in state-based violence
  const swap = type === 1 && !isState(i1) && isState(i2);
  const [sideA, sideB] = swap ? [e.actor2, e.actor1] : [e.actor1, e.actor2];
  const [deathsA, deathsB] = swap ? [d.b, d.a] : [d.a, d.b];
  const conflict =
    type === 1 && country ? `${country.name}: Government` : [sideA, sideB].filter(Boolean).join(' - ');
  const point = l.lat !== null && l.lon !== null ? { lat: l.lat, lon: l.lon } : null;
  const range = row.range ?? { low: d.total, best: d.total, high: d.total };
  const r = row.report;
  return [
    eventNumber(row.eventId),
    row.eventId,
    e.date?.slice(0, 4),
    null, // active_year needs the conflict-year death count: unknown to a streaming export
    type,
    conflict,
    sideA,
    sideB,
    [r.source, r.published, r.url].filter(Boolean).join(', '),
    l.admin1 && l.admin1 !== l.name ? `${l.name} (${l.admin1})` : l.name,
    point?.lat,
    point?.lon,
    point ? `POINT (${point.lon} ${point.lat})` : null,
    point ? priogridGid(point.lat, point.lon) : null,
    country?.name,
    country?.ucdpRegion,
    e.date,
    e.date_end ?? e.date,
    deathsA,
    deathsB,
    d.civilians,
    d.unknown,
    range.best,
    range.high,
    range.low,
  ];
}

export async function* ucdpCsv(rows: Rows, opts: ExportOptions = {}): AsyncGenerator<string> {
  const resolved = resolve(opts);
  yield csvRecord(UCDP_COLUMNS);
  for await (const row of rows) yield csvRecord(ucdpRecord(row, resolved));
}
