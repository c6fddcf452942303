// One incident from the linked events of several reports: the figures side by side, the
// fatality range over independent sources, the conflicts between sources, and the grade.
import type { Location } from '../codebook/schema.js';
import { sidesOf, type Sides } from './actor-compat.js';
import { dayNumber } from './dates.js';
import { fatalityRange, tollDisagrees, type BestEstimate } from './fatality-range.js';
import { hasPoint, haversineKm, nameKey } from './places.js';
import type { Incident, IncidentConflict, IncidentFigures, LinkInput, SideOf } from './types.js';

export interface IncidentOptions {
  readonly maxKm: number;
  readonly best: BestEstimate;
  readonly sideOf: SideOf;
}

/** Earliest first: published date (unknown last), then event id, so that ids stay stable. */
export function compareMembers(a: LinkInput, b: LinkInput): number {
  const pa = a.published ?? '\uffff';
  const pb = b.published ?? '\uffff';
  return pa < pb ? -1 : pa > pb ? 1 : a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0;
}

export function incidentId(earliest: LinkInput): string {
  return `inc:${earliest.eventId}`;
}

export function buildIncident(unsorted: readonly LinkInput[], opts: IncidentOptions): Incident {
  const members = [...unsorted].sort(compareMembers);
  const first = members[0]!;
  const groups = groupBy(members, (m) => m.syndicationGroup);
  const totals = groupTotals(groups);
  const perpetrator = perpetratorConflict(members, opts.sideOf);
  const toll = tollDisagrees(totals);
  const conflicts: IncidentConflict[] = [];
  if (toll) conflicts.push('toll');
  if (perpetrator.any) conflicts.push('perpetrator');
  if (
    placeConflict(
      members.map((m) => m.event.location),
      opts.maxKm,
    )
  )
    conflicts.push('place');
  if (dateConflict(members)) conflicts.push('date');
  if (new Set(members.map((m) => m.event.subtype)).size > 1) conflicts.push('subtype');
  const { date, date_end } = dateSpan(members);
  return {
    id: incidentId(first),
    type: first.event.type,
    subtype: vote(groups, (m) => m.event.subtype) ?? first.event.subtype,
    date,
    date_end,
    location: mostPrecise(members),
    actor1: vote(groups, (m) => m.event.actor1),
    actor2: vote(groups, (m) => m.event.actor2),
    members,
    sources: groups.size,
    figures: members.map(figures),
    fatalities: fatalityRange(totals, opts.best),
    conflicts,
    grade:
      toll || perpetrator.betweenSources ? 'contested' : groups.size >= 2 ? 'corroborated' : 'single_source',
  };
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    const list = out.get(k);
    if (list) list.push(it);
    else out.set(k, [it]);
  }
  return out;
}

/**
 * One total per independent source. Copies of one text should agree; when they do not (a
 * site updated its copy), the highest is taken, tolls being revised upward far more often.
 */
function groupTotals(groups: ReadonlyMap<string, readonly LinkInput[]>): number[] {
  const out: number[] = [];
  for (const list of groups.values()) {
    const known = list.map((m) => m.event.fatalities.total).filter((t): t is number => t !== null);
    if (known.length > 0) out.push(Math.max(...known));
  }
  return out;
}

/** The non-null value most groups give (each group votes once, with its earliest member); ties: the earliest. */
function vote<T>(
  groups: ReadonlyMap<string, readonly LinkInput[]>,
  pick: (m: LinkInput) => T | null,
): T | null {
  const counts = new Map<T, number>();
  for (const list of groups.values()) {
    const v = list.map(pick).find((x) => x !== null);
    if (v !== undefined && v !== null) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  let best: T | null = null;
  let n = 0;
  for (const [v, c] of counts) if (c > n) [best, n] = [v, c]; // Map order = earliest group first
  return best;
}

function figures(m: LinkInput): IncidentFigures {
  const e = m.event;
  return {
    eventId: m.eventId,
    reportId: m.reportId,
    source: m.source,
    syndicationGroup: m.syndicationGroup,
    fatalities: e.fatalities.total,
    civilians: e.fatalities.civilians ?? null,
    children: e.fatalities.children ?? null,
    women: e.fatalities.women ?? null,
    injured: e.injuries.total,
    actor1: e.actor1,
    location_name: e.location.name,
  };
}

function mostPrecise(members: readonly LinkInput[]): Location {
  let best = members[0]!.event.location;
  for (const m of members) if (m.event.location.geo_precision < best.geo_precision) best = m.event.location;
  return best;
}

function dateSpan(members: readonly LinkInput[]): { date: string | null; date_end: string | null } {
  let date: string | null = null;
  let end: string | null = null;
  for (const m of members) {
    const d = m.event.date;
    if (d === null) continue; // only a lone event has no date (undated events do not link)
    const e = m.event.date_end ?? d;
    if (date === null || d < date) date = d;
    if (end === null || e > end) end = e;
  }
  return { date, date_end: end !== null && date !== null && end > date ? end : null };
}

/** Members disagree on the day when no single day lies in every member's range. */
function dateConflict(members: readonly LinkInput[]): boolean {
  let latestStart = -Infinity;
  let earliestEnd = Infinity;
  for (const m of members) {
    if (m.event.date === null) continue;
    const d0 = dayNumber(m.event.date);
    latestStart = Math.max(latestStart, d0);
    earliestEnd = Math.min(earliestEnd, m.event.date_end ? dayNumber(m.event.date_end) : d0);
  }
  return latestStart > earliestEnd;
}

/**
 * Places disagree when two precise member points are more than maxKm apart (possible along
 * a chain of links) or when two members name different places at precision 1.
 */
function placeConflict(locations: readonly Location[], maxKm: number): boolean {
  const precise = locations.filter((l) => l.geo_precision !== 3);
  // the name counts too: a neighbourhood the gazetteer lacks carries its city's entry id
  const named = new Set(
    precise.filter((l) => l.geo_precision === 1).map((l) => `${l.gazetteer_id}|${nameKey(l)}`),
  );
  if (named.size > 1) return true;
  const points = precise.filter(hasPoint);
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      if (haversineKm(points[i]!.lat, points[i]!.lon, points[j]!.lat, points[j]!.lon) > maxKm) return true;
    }
  }
  return false;
}

/**
 * Two members disagree on the perpetrator when their actor1 sides differ (unknown actors
 * disagree with no one). In a battle, a report that names the two sides in the other order
 * does not disagree. `betweenSources`: such a pair spans two independent sources.
 */
function perpetratorConflict(
  members: readonly LinkInput[],
  sideOf: SideOf,
): { any: boolean; betweenSources: boolean } {
  // distinct (group, sides) combinations keep this quadratic loop small
  const seen = new Map<string, { group: string; sides: Sides }>();
  for (const m of members) {
    const sides = sidesOf(m.event, sideOf);
    if (sides.a1 !== null)
      seen.set(`${m.syndicationGroup}\u0000${sides.a1}\u0000${sides.a2}`, {
        group: m.syndicationGroup,
        sides,
      });
  }
  const list = [...seen.values()];
  const battle = members[0]!.event.type === 'battle';
  let any = false;
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      const a = list[i]!.sides;
      const b = list[j]!.sides;
      if (a.a1 === b.a1) continue;
      if (battle && (a.a1 === b.a2 || b.a1 === a.a2)) continue;
      any = true;
      if (list[i]!.group !== list[j]!.group) return { any, betweenSources: true };
    }
  }
  return { any, betweenSources: false };
}
