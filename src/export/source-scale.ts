// ACLED's source_scale from the outlets: a short built-in list of outlets the project meets
// most, else "Other". Several scales combine as ACLED writes them ("National-International").

const BUILT_IN: Readonly<Record<string, string>> = {
  reuters: 'International',
  afp: 'International',
  ap: 'International',
  'associated press': 'International',
  'al jazeera': 'International',
  aljazeera: 'International',
  'bbc arabic': 'International',
  bbc: 'International',
  'sky news arabia': 'International',
  'al arabiya': 'International',
  alarabiya: 'International',
  sohr: 'National',
  sana: 'National',
  enab: 'National',
  'enab baladi': 'National',
  smart: 'National',
  'deir ezzor 24': 'Subnational',
  'raqqa is being slaughtered silently': 'Subnational',
};

const ORDER = ['Local partner', 'Subnational', 'National', 'Regional', 'International', 'New media', 'Other'];

export function builtInSourceScale(source: string): string | undefined {
  return BUILT_IN[source.trim().toLowerCase()];
}

export function sourceScale(sources: readonly string[], scaleOf: (s: string) => string | undefined): string {
  const scales = new Set(sources.map(scaleOf).filter((s): s is string => s !== undefined));
  if (scales.size === 0) return 'Other';
  return [...scales].sort((a, b) => rank(a) - rank(b)).join('-');
}

function rank(scale: string): number {
  const i = ORDER.indexOf(scale);
  return i < 0 ? ORDER.length : i;
}
