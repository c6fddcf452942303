// Candidate pairs: every pair of events that may describe one incident (same type, dates
// within maxDays, places that can be one place, compatible actors, different reports), found
// without comparing all pairs.
//
// How: events are swept in order of their first day. Each event is filed, for every day of
// its range, under a few place keys of its type: the 0.1°-ish grid cell of its point (cell
// side = maxKm), its gazetteer id, its name when it has no point, and its governorate
// (regions under one key, precise places under another). An event looks up only the keys it
// can match on the days within maxDays of its range, among events swept before it; buckets of
// days no later event can reach are dropped as the sweep advances.
//
// Cost: sorting O(N log N), then O(N · (S + 2·maxDays) · K · B) where S is the range length
// in days (1 for most events, capped at MAX_RANGE_DAYS), K the number of keys looked up
// (≤ 20 grid cells plus three exact keys) and B the events of one type on one day in one
// bucket — a handful, so the sweep is near-linear. Memory: the live buckets (the events of
// the last S + maxDays days) plus the pairs found.
import type { Location } from '../codebook/schema.js';
import { actorsCompatible, sidesOf, type Sides } from './actor-compat.js';
import { dayGap, dayNumber } from './dates.js';
import { hasPoint, isRegion, nameKey, placeScore } from './places.js';
import type { LinkInput, SideOf } from './types.js';

/** Ranges longer than this (a month, "since 2014") are too vague to match on date. */
export const MAX_RANGE_DAYS = 31;

const KM_PER_DEG_LAT = 111.32;

interface Prepared {
  readonly index: number;
  readonly item: LinkInput;
  readonly d0: number;
  readonly d1: number;
  readonly region: boolean;
  readonly sides: Sides;
}

export interface CandidatePair {
  /** indexes into the caller's input array */
  readonly a: number;
  readonly b: number;
  /** lower is a better match: place distance over maxKm plus day gap over (maxDays + 1) */
  readonly score: number;
  readonly kind: 'precise' | 'region-precise' | 'region-region';
}

export interface CandidateOptions {
  readonly maxKm: number;
  readonly maxDays: number;
  readonly sideOf: SideOf;
}

/** The grid: rows of cellDeg latitude; columns of cellDeg longitude (narrower in km toward the poles). */
function cellDeg(maxKm: number): number {
  return Math.max(maxKm, 0.001) / KM_PER_DEG_LAT;
}

function storeKeys(loc: Location, region: boolean, deg: number): string[] {
  const keys: string[] = [];
  if (loc.gazetteer_id !== null) keys.push(`g:${loc.gazetteer_id}`);
  if (region) {
    if (loc.admin1 !== null) keys.push(`r:${loc.admin1}`);
    return keys;
  }
  if (loc.admin1 !== null) keys.push(`a:${loc.admin1}`);
  if (hasPoint(loc)) keys.push(`c:${Math.floor(loc.lat / deg)}:${Math.floor(loc.lon / deg)}`);
  else keys.push(`n:${nameKey(loc)}`);
  return keys;
}

function queryKeys(loc: Location, region: boolean, deg: number): string[] {
  const keys: string[] = [];
  if (loc.gazetteer_id !== null) keys.push(`g:${loc.gazetteer_id}`);
  if (region) {
    if (loc.admin1 !== null) keys.push(`a:${loc.admin1}`, `r:${loc.admin1}`);
    return keys;
  }
  if (loc.admin1 !== null) keys.push(`r:${loc.admin1}`);
  if (!hasPoint(loc)) {
    keys.push(`n:${nameKey(loc)}`);
    return keys;
  }
  const row = Math.floor(loc.lat / deg);
  // a cell is deg wide in longitude, i.e. cos(lat) times narrower in km than in latitude:
  // look far enough east and west to cover maxKm at the row's most poleward edge
  const edge = Math.min(89, Math.abs(loc.lat) + deg);
  const span = Math.ceil(1 / Math.max(0.01, Math.cos((edge * Math.PI) / 180)));
  const col = Math.floor(loc.lon / deg);
  for (let r = row - 1; r <= row + 1; r++)
    for (let c = col - span; c <= col + span; c++) keys.push(`c:${r}:${c}`);
  return keys;
}

function prepare(items: readonly LinkInput[], sideOf: SideOf): Prepared[] {
  const out: Prepared[] = [];
  items.forEach((item, index) => {
    const e = item.event;
    if (e.date === null) return; // no day to match on: the event stays an incident of its own
    const d0 = dayNumber(e.date);
    const d1 = e.date_end === null ? d0 : Math.max(d0, dayNumber(e.date_end));
    if (!Number.isFinite(d0) || !Number.isFinite(d1) || d1 - d0 >= MAX_RANGE_DAYS) return;
    out.push({ index, item, d0, d1, region: isRegion(e.location), sides: sidesOf(e, sideOf) });
  });
  return out.sort((x, y) => x.d0 - y.d0 || x.index - y.index);
}

export function candidatePairs(items: readonly LinkInput[], opts: CandidateOptions): CandidatePair[] {
  const { maxKm, maxDays } = opts;
  const deg = cellDeg(maxKm);
  const prepared = prepare(items, opts.sideOf);
  const days = new Map<number, Map<string, Prepared[]>>();
  const seen = new Int32Array(items.length).fill(-1);
  const pairs: CandidatePair[] = [];
  let oldestDay = prepared[0]?.d0 ?? 0;

  for (const p of prepared) {
    // no event swept from here on starts before p.d0, so none reaches below p.d0 - maxDays
    for (; oldestDay < p.d0 - maxDays; oldestDay++) days.delete(oldestDay);
    const e = p.item.event;
    const queries = queryKeys(e.location, p.region, deg).map((k) => `${e.type}|${k}`);
    for (let d = p.d0 - maxDays; d <= p.d1 + maxDays; d++) {
      const buckets = days.get(d);
      if (!buckets) continue;
      for (const key of queries) {
        for (const q of buckets.get(key) ?? []) {
          if (seen[q.index] === p.index) continue;
          seen[q.index] = p.index;
          const pair = match(q, p, maxKm, maxDays);
          if (pair) pairs.push(pair);
        }
      }
    }
    const stores = storeKeys(e.location, p.region, deg).map((k) => `${e.type}|${k}`);
    for (let d = p.d0; d <= p.d1; d++) {
      let buckets = days.get(d);
      if (!buckets) days.set(d, (buckets = new Map()));
      for (const key of stores) {
        const list = buckets.get(key);
        if (list) list.push(p);
        else buckets.set(key, [p]);
      }
    }
  }
  return pairs;
}

function match(q: Prepared, p: Prepared, maxKm: number, maxDays: number): CandidatePair | null {
  // two events of one report are distinct events by the codebook's definition
  if (q.item.reportId === p.item.reportId) return null;
  const gap = dayGap(q.d0, q.d1, p.d0, p.d1);
  if (gap > maxDays) return null;
  const km = placeScore(q.item.event.location, p.item.event.location, maxKm);
  if (km === null) return null;
  if (!actorsCompatible(p.item.event.type, q.sides, p.sides)) return null;
  const kind = q.region && p.region ? 'region-region' : q.region || p.region ? 'region-precise' : 'precise';
  const score = km / Math.max(maxKm, 1e-9) + gap / (maxDays + 1);
  return { a: Math.min(q.index, p.index), b: Math.max(q.index, p.index), score, kind };
}
