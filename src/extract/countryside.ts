// "الريف الشرقي"، "ريفها الجنوبي": a countryside named without its governorate is the one of the
// governorate the report is talking about (the last one named before it); "شرق المدينه" is the
// city named last, or the capital of the governorate named last.
import type { Gazetteer, Place } from '../gazetteer/index.js';
import type { Normalized } from '../text/normalize.js';
import type { PlaceMention } from './mentions.js';

const BARE = /(?<=^|[\s"'(])[وفبل]?(?:ال|لل)?ريف(?:ها|ه)?\s+(?:ال)?(شمالي|جنوبي|شرقي|غربي)(?:\s+(?:ال)?(شرقي|غربي))?(?!\p{L})/gu;

export function withBareCountryside(places: PlaceMention[], n: Normalized, gaz: Gazetteer): PlaceMention[] {
  const text = n.text;
  const extra: PlaceMention[] = [];
  // every match holds these words: a cheap test spares the whole-text scans most reports
  for (const m of text.includes('ريف') ? text.matchAll(BARE) : []) {
    const start = m.index;
    const end = start + m[0].length;
    if (places.some((p) => p.start < end && start < p.end)) continue; // "ريف درعا الشرقي" is read already
    const gov = governorateBefore(places, start, gaz);
    if (!gov) continue;
    const name = `ريف ${gov.name_ar} ال${m[1]}${m[2] ? ` ال${m[2]}` : ''}`;
    const region = gaz.lookup(name).filter((p) => p.kind === 'region' && p.admin1 === gov.admin1);
    if (region.length === 0) continue;
    // the location is written with its governorate ("ريف درعا الشرقي"): the report's words alone
    // would not say which countryside
    extra.push({ start, end, value: region, near: false, governorate: false, surface: region[0]!.name_ar });
  }
  for (const m of text.includes('المدينه') ? text.matchAll(THE_CITY) : []) {
    const start = m.index + m[0].length - 'المدينه'.length;
    const end = start + 'المدينه'.length;
    const city = cityBefore(places, start, gaz);
    if (city) extra.push({ start, end, value: [city.place], near: false, governorate: false, surface: city.surface });
  }
  // "علي مناطق سيطره الفصائل بالمحافظه": the governorate named last
  for (const m of text.includes('المحافظه') ? text.matchAll(THE_GOVERNORATE) : []) {
    const start = m.index + m[0].length - 'المحافظه'.length;
    const end = start + 'المحافظه'.length;
    if (places.some((p) => p.start >= end && p.start - end <= 2)) continue; // "المحافظه X" names it
    const gov = governorateBefore(places, start, gaz);
    if (gov) extra.push({ start, end, value: [gov], near: false, governorate: true, surface: gov.name_ar });
  }
  return extra.length ? [...places, ...extra].sort((a, b) => a.start - b.start) : places;
}

const THE_CITY = /(?<=^|\s)(?:شمال|جنوب|شرق|غرب|وسط|داخل|اطراف|احياء)ي?\s+المدينه(?!\p{L})/gu;
const THE_GOVERNORATE = /(?<=^|\s)(?:[وف]?[بل]|[وف]?(?:في|داخل|انحاء|ارجاء|مناطق)\s+)المحافظه(?!\p{L})/gu;
const TOWNS = new Set(['city', 'town']);

/**
 * The city named last before `pos`, or the capital (same name) of the governorate named last,
 * with the name the report gave it.
 */
function cityBefore(places: readonly PlaceMention[], pos: number, gaz: Gazetteer): { place: Place; surface: string } | undefined {
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i]!;
    if (p.start >= pos) continue;
    const town = p.value.find((v) => TOWNS.has(v.kind));
    if (town && p.value.length === 1) return { place: town, surface: p.surface };
    const gov = p.value.find((v) => v.kind === 'governorate');
    if (gov) {
      const capital = gaz.lookup(gov.name_ar.replace(/^محافظ[ةه]\s+/, '')).find((v) => TOWNS.has(v.kind) && v.admin1 === gov.admin1);
      return capital && { place: capital, surface: capital.name_ar };
    }
    if (town) return { place: town, surface: p.surface };
  }
  return undefined;
}

/** The governorate of the last Syrian place before `pos` whose governorate is not in doubt. */
function governorateBefore(places: readonly PlaceMention[], pos: number, gaz: Gazetteer): Place | undefined {
  for (let i = places.length - 1; i >= 0; i--) {
    const p = places[i]!;
    if (p.start >= pos) continue;
    const a1 = new Set(p.value.map((v) => v.admin1));
    const v = p.value[0]!;
    if (a1.size === 1 && v.country === 'SY' && v.admin1) return gaz.governorate(v.admin1);
  }
  return undefined;
}
