// Arabic noun morphology that the lexicons need: the dual of a singular noun, bare or with a
// possessive pronoun. Casualty counts
// come as duals ("طفلين" = 2 children, "مواطنتان" = 2 women), so every singular entry of the
// casualty lexicon also matches its dual without anyone listing the duals by hand.

const TASHKEEL = /[\u064B-\u065F\u0670\u0640]/g;

/**
 * The dual forms of a one-word singular noun, nominative (‑ان) then oblique (‑ين):
 * طفل → طفلان, طفلين; the feminine ة (or its folded form ه) becomes ت: امرأة → امرأتان,
 * امرأتين; a final ى becomes ي: فتى → فتيان, فتيين; the accusative tanween alef of a
 * singular is dropped first: طفلا → طفلان, طفلين. Returns [] for an empty or multi-word input.
 */
export function dualForms(singular: string): string[] {
  let w = singular.trim().replace(TASHKEEL, '');
  if (w === '' || /\s/.test(w)) return [];
  // accusative indefinite "طفلاً"/"مدنيا": the alef is the case ending, not part of the stem
  if (w.length >= 4 && w.endsWith('ا') && !w.endsWith('اا')) w = w.slice(0, -1);
  let stem: string;
  const last = w[w.length - 1];
  if (last === 'ة' || last === 'ه') stem = `${w.slice(0, -1)}ت`;
  else if (last === 'ى') stem = `${w.slice(0, -1)}ي`;
  else stem = w;
  return [`${stem}ان`, `${stem}ين`];
}

/**
 * The dual in construct with a possessive pronoun ("امرأه وطفلاها" = her two children): the
 * ‑ن of the dual falls before the pronoun: طفل → طفلاه، طفلاها، طفلاهم، طفليه، طفليها، طفليهم.
 */
export function dualPossessiveForms(singular: string): string[] {
  const duals = dualForms(singular);
  if (duals.length === 0) return [];
  const nominative = duals[0]!.slice(0, -1); // طفلا
  const oblique = duals[1]!.slice(0, -1); // طفلي
  return ['ه', 'ها', 'هم', 'هما'].flatMap((p) => [`${nominative}${p}`, `${oblique}${p}`]);
}
