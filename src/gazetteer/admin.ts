// Admin1 (governorate) name variants. The gazetteer writes Syrian admin1 names as Open-Syria
// does ("Aleppo", "Deir ez-Zor", "Ar-Raqqa"?): `admin1Key` folds spelling variants so hints
// such as "Deir-ez-Zor", "Dayr az Zawr", "دير الزور" or "Raqqa" compare equal.
import { foldLatin, isArabic, nameKey } from './common.js';

/** Variant spellings of Syrian governorates → the key of the form the gazetteer uses. */
const SY_ALIASES: Record<string, string[]> = {
  Damascus: ['Dimashq', 'Damascus City', 'Sham'],
  'Rif Dimashq': ['Rural Damascus', 'Reef Damascus', 'Damascus Countryside', 'Rif Damascus', 'Rif-Dimashq', 'Rif Dimashk'],
  Aleppo: ['Halab'],
  Homs: ['Hims'],
  Hama: ['Hamah', 'Hamat'],
  Latakia: ['Lattakia', 'Al-Ladhiqiyah', 'Ladhiqiyah', 'Latakiya'],
  Idlib: ['Idleb', 'Edlib'],
  'Al-Hasakah': ['Hasakah', 'Hasakeh', 'Al-Hasakeh', 'Hasaka', 'Al Hasakah', 'Hassakeh', 'Al-Hassakeh'],
  'Deir ez-Zor': ['Deir-ez-Zor', 'Deir ez Zor', 'Deir Ezzor', 'Dayr az Zawr', 'Deir al-Zour', 'Deir Ez-Zor', 'Deir Azzour', 'Dair ez-Zor'],
  Tartus: ['Tartous', 'Tartous'],
  Raqqa: ['Ar-Raqqa', 'Al-Raqqa', 'Ar Raqqah', 'Raqqah', 'Rakka'],
  Daraa: ["Dar'a", 'Deraa', 'Dera', 'Daraa'],
  'As-Suwayda': ['Suwayda', 'Sweida', 'Sweida', 'As-Sweida', 'Al-Suwayda', 'Soueida', 'Suweida'],
  Quneitra: ['Al-Quneitra', 'Qunaytirah', 'Al Qunaytirah', 'Kuneitra'],
};

/** Fold an admin1 name (English or Arabic) to a comparison key. */
export function admin1Key(name: string): string {
  if (isArabic(name)) return 'ar:' + nameKey(name).replace(/^محافظه /, '');
  let k = foldLatin(name).replace(/\b(governorate|province|muhafazat|mohafazat|district|state|region|wilayat)\b/g, ' ');
  k = k.replace(/[^a-z0-9]+/g, ' ').trim();
  k = k.replace(/^(al|ar|as|ad|an|at|az|el|ash|adh)\s+/, '');
  return k.replace(/\s+/g, '');
}

/** Map admin1 keys to the canonical admin1 string; filled by the loader. */
export class Admin1Names {
  private readonly map = new Map<string, string>();
  // hints repeat (every place names its governorate): each name is folded once
  private readonly memo = new Map<string, string | null>();

  add(variant: string, canonical: string): void {
    this.memo.clear();
    const k = admin1Key(variant);
    if (k && k !== 'ar:' && !this.map.has(k)) this.map.set(k, canonical);
  }

  /** [key, canonical] pairs, for the build cache */
  entries(): [string, string][] {
    return [...this.map];
  }

  static from(entries: readonly (readonly [string, string])[]): Admin1Names {
    const a = new Admin1Names();
    for (const [k, v] of entries) a.map.set(k, v);
    return a;
  }

  canonical(name: string): string | null {
    let c = this.memo.get(name);
    if (c === undefined) {
      if (this.memo.size >= 10_000) this.memo.clear();
      c = this.map.get(admin1Key(name)) ?? null;
      this.memo.set(name, c);
    }
    return c;
  }

  addSyriaAliases(): void {
    for (const [canon, vars] of Object.entries(SY_ALIASES)) {
      this.add(canon, canon);
      for (const v of vars) this.add(v, canon);
    }
  }
}
