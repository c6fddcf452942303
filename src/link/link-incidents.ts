// Cross-report incidents: events of different reports that describe one incident are linked
// into one, with its sources, figures, fatality range, conflicts and grade.
//
// Linking runs in three rounds over the candidate pairs (candidates.ts), best matches first
// (nearest place, then nearest day; ties by input order, so the result does not depend on
// the order of the pairs):
//  1. precise places (geo_precision 1-2) link to each other, never two events of one report;
//  2. a region event (precision 3, "the countryside of Aleppo") joins the one cluster of
//     precise events it matches in its governorate. If it matches several, it is ambiguous
//     and stays alone: a vague report must not chain two villages into one incident;
//  3. region events that matched no precise event link to each other.
// Events without a date or with a range over a month are incidents of their own. Analysts'
// merges and splits (opts.regroups, see manual.ts) are applied last.
// Memory is O(N) for the input plus the pairs found (see candidates.ts for the sweep's cost).
import { defaultActorLookup } from './actor-info.js';
import { candidatePairs, type CandidatePair } from './candidates.js';
import { Clusters } from './clusters.js';
import { buildIncident } from './incident.js';
import { applyRegroups } from './manual.js';
import type { Incident, LinkInput, LinkOptions, SideOf } from './types.js';

const defaultSideOf: SideOf = (actor) => defaultActorLookup(actor)?.side;

function byScore(x: CandidatePair, y: CandidatePair): number {
  return x.score - y.score || x.a - y.a || x.b - y.b;
}

export function linkIncidents(input: Iterable<LinkInput>, opts: LinkOptions = {}): Incident[] {
  const items = Array.from(input);
  const maxKm = opts.maxKm ?? 10;
  const maxDays = opts.maxDays ?? 1;
  const sideOf = opts.sideOf ?? defaultSideOf;
  const pairs = candidatePairs(items, { maxKm, maxDays, sideOf }).sort(byScore);
  const clusters = new Clusters((i) => items[i]!.reportId, items.length);
  const isRegion = (i: number): boolean => items[i]!.event.location.geo_precision === 3;

  for (const p of pairs) if (p.kind === 'precise') clusters.tryUnion(p.a, p.b);

  // round 2: decide every region event against the precise clusters first, then join, so
  // that one region event's choice does not change another's
  const matches = new Map<number, Set<number>>();
  for (const p of pairs) {
    if (p.kind !== 'region-precise') continue;
    const [region, precise] = isRegion(p.a) ? [p.a, p.b] : [p.b, p.a];
    if (!clusters.canJoin(region, precise)) continue;
    let set = matches.get(region);
    if (!set) matches.set(region, (set = new Set()));
    set.add(clusters.find(precise));
  }
  for (const [region, roots] of [...matches].sort((x, y) => x[0] - y[0])) {
    if (roots.size === 1) clusters.tryUnion(region, [...roots][0]!);
  }
  for (const p of pairs) {
    if (p.kind === 'region-region' && !matches.has(p.a) && !matches.has(p.b)) clusters.tryUnion(p.a, p.b);
  }

  const members = new Map<number, LinkInput[]>();
  items.forEach((item, i) => {
    const root = clusters.find(i);
    const list = members.get(root);
    if (list) list.push(item);
    else members.set(root, [item]);
  });
  const best = opts.best ?? 'median';
  let groups = [...members.values()];
  if (opts.regroups?.length) {
    const byId = new Map(items.map((x) => [x.eventId, x]));
    groups = applyRegroups(groups.map((g) => g.map((x) => x.eventId)), opts.regroups).map((g) => g.map((e) => byId.get(e)!));
  }
  const incidents = groups.map((m) => buildIncident(m, { maxKm, best, sideOf }));
  return incidents.sort(byDateThenId);
}

/** Date order (undated last), then id. */
function byDateThenId(x: Incident, y: Incident): number {
  const dx = x.date ?? '\uffff';
  const dy = y.date ?? '\uffff';
  return dx < dy ? -1 : dx > dy ? 1 : x.id < y.id ? -1 : x.id > y.id ? 1 : 0;
}
