// Comparison keys for the place and admin1 filters, so that a user may write a name as the
// gazetteer does or in another common spelling ("Deir ez Zor", "دير الزور", "الرقة" = "الرقه").
// Keys are computed when events are stored and when a filter is built, never in SQL.
import { Admin1Names, admin1Key } from '../gazetteer/admin.js';
import { foldLatin, isArabic, nameKey } from '../gazetteer/common.js';

/** Arabic names of the Syrian governorates → the gazetteer's (Open-Syria) English form. */
const SY_ADMIN1_AR: Record<string, string> = {
  دمشق: 'Damascus',
  'ريف دمشق': 'Rif Dimashq',
  حلب: 'Aleppo',
  حمص: 'Homs',
  حماة: 'Hama',
  اللاذقية: 'Latakia',
  إدلب: 'Idlib',
  الحسكة: 'Al-Hasakah',
  'دير الزور': 'Deir ez-Zor',
  طرطوس: 'Tartus',
  الرقة: 'Raqqa',
  درعا: 'Daraa',
  السويداء: 'As-Suwayda',
  القنيطرة: 'Quneitra',
};

let names: Admin1Names | null = null;

function admin1Names(): Admin1Names {
  if (names) return names;
  names = new Admin1Names();
  names.addSyriaAliases();
  for (const [ar, en] of Object.entries(SY_ADMIN1_AR)) names.add(ar, en);
  return names;
}

/** The key of a governorate name: spelling variants of one governorate share it. */
export function admin1FilterKey(name: string): string {
  return admin1Key(admin1Names().canonical(name) ?? name);
}

/** The key of a place name, Arabic (article and spelling folded) or Latin (case and accents). */
export function placeKey(name: string): string {
  if (isArabic(name)) return nameKey(name);
  return foldLatin(name)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
