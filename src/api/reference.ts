// Reference data for the UI: gazetteer places by name (GET /api/places) and the actor list
// (GET /api/actors), loaded once on first use.
import { loadGazetteer, nameKey, type Gazetteer, type Place } from '../gazetteer/index.js';
import { loadLexicon } from '../lexicon/index.js';

export interface PlaceView {
  readonly id: string;
  readonly name_ar: string;
  readonly name_en: string;
  readonly admin1: string | null;
  readonly lat: number;
  readonly lon: number;
  readonly kind: string;
}

export interface ActorView {
  readonly name: string;
  readonly side: string;
  readonly inter: number;
  readonly country: string | null;
}

let gazetteer: Gazetteer | null = null;
export const gazetteerOnce = (): Gazetteer => (gazetteer ??= loadGazetteer({ onWarning: () => undefined }));

const view = (p: Place): PlaceView => ({
  id: p.id,
  name_ar: p.name_ar,
  name_en: p.name_en,
  admin1: p.admin1,
  lat: p.lat,
  lon: p.lon,
  kind: p.kind,
});

/** exact names first (as the extractor's lookup finds them), then names starting with q; Syria first */
export function findPlaces(q: string, limit: number): PlaceView[] {
  const g = gazetteerOnce();
  const out = new Map<string, Place>();
  for (const p of g.lookup(q)) out.set(p.id, p);
  const key = nameKey(q);
  const latin = q.toLowerCase();
  const starts: Place[] = [];
  for (const p of g.places) {
    if (out.has(p.id)) continue;
    if (nameKey(p.name_ar).startsWith(key) || p.name_en.toLowerCase().startsWith(latin)) starts.push(p);
  }
  const rank = (p: Place): number => (p.country === 'SY' ? 0 : 1);
  starts.sort((a, b) => rank(a) - rank(b) || (b.population ?? 0) - (a.population ?? 0));
  for (const p of starts) {
    if (out.size >= limit) break;
    out.set(p.id, p);
  }
  return [...out.values()].slice(0, limit).map(view);
}

let actors: ActorView[] | null = null;

export function actorList(): ActorView[] {
  actors ??= loadLexicon().actorDefs.map((a) => ({ name: a.name, side: a.side, inter: a.inter, country: a.country }));
  return actors;
}
