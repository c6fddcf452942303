// Neighbourhoods the gazetteer lacks, named with their city: "بحي التواهي في عدن". The codebook
// (§4) locates them at the city, at precision 1, under the neighbourhood's name. Only a word after
// "حي" that is no known place and no common word, followed at once by "في"/"بـ" and a town.
import { toOriginal, type Normalized } from '../text/normalize.js';
import type { Token } from '../text/tokens.js';
import { classifyAr, nameKey, type Place } from '../gazetteer/index.js';
import type { PlaceMention } from './mentions.js';

const QUARTER = /^[وفبل]?(?:حي|بحي|لحي)$/;
const TOWNS = new Set(['city', 'town', 'village']);
// "التواهي في عدن"، "التواهي بعدن"، "كشكول علي اطراف ضاحيه جرمانا"
const CITY_GAP = /^\s*(?:ب|(?:في|علي|عند|وسط|اطراف|باطراف|ضاحيه|بضاحيه|مدينه|بمدينه|بلده|ببلده)\s+)*$/;

export function withUnknownNeighbourhoods(
  places: PlaceMention[], tokens: readonly Token[], n: Normalized, taken: (s: number, e: number) => boolean,
): PlaceMention[] {
  const text = n.text;
  if (!text.includes('حي ')) return places;
  const extra: PlaceMention[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!QUARTER.test(tokens[i - 1]!.text)) continue;
    const t = tokens[i]!;
    if (taken(t.start, t.end) || places.some((p) => p.start < t.end && t.start < p.end)) continue;
    const word = nameKey(t.text);
    if (word.length < 3 || classifyAr(word) !== 'ok') continue;
    // the city right after: "التواهي في عدن"، "التواهي بعدن"
    const city = places.find((p) => p.start >= t.end && p.start - t.end <= 28 && CITY_GAP.test(text.slice(t.end, p.start)));
    const town = city?.value.find((v) => TOWNS.has(v.kind));
    if (!city || !town) continue;
    const [os, oe] = toOriginal(n, t.start, t.end);
    const surface = n.original.slice(os, oe);
    const place: Place = { ...town, id: `quarter:${town.id}:${word}`, name_ar: surface, name_en: '', kind: 'neighbourhood', parent: town.name_ar, precision: 1 };
    extra.push({ start: t.start, end: t.end, value: [place], near: false, governorate: false, surface, cued: true });
  }
  return extra.length ? [...places, ...extra].sort((a, b) => a.start - b.start) : places;
}
