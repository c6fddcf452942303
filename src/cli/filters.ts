// Checking the filter options of search, incidents and export: what was expected and what was
// found, as usage errors (exit 2).
import { EVENT_TYPES } from '../codebook/schema.js';
import type { EventFilter } from '../store/types.js';
import { CliError, EXIT } from './errors.js';

export function isoDate(name: string, v: string | undefined): string | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) throw new CliError(`${name}: expected YYYY-MM-DD, found "${v}"`, EXIT.usage);
  return v;
}

export function count(name: string, v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new CliError(`${name}: expected a whole number ≥ 0, found "${v}"`, EXIT.usage);
  return Number(v);
}

export const EVENT_FILTER_OPTIONS = {
  from: { type: 'string' },
  to: { type: 'string' },
  type: { type: 'string' },
  subtype: { type: 'string' },
  actor: { type: 'string' },
  side: { type: 'string' },
  admin1: { type: 'string' },
  place: { type: 'string' },
  'min-fatalities': { type: 'string' },
  source: { type: 'string' },
} as const;

export const EVENT_FILTER_HELP = `  --from YYYY-MM-DD, --to YYYY-MM-DD   events whose dates overlap the range
  --type TYPE, --subtype SUBTYPE       codebook event type / sub-type
  --actor NAME                         canonical actor (actor1, actor2 or associate)
  --side SIDE                          side of actor1 or actor2 (actor-names.tsv)
  --admin1 NAME                        governorate, any spelling (Deir-ez-Zor, دير الزور)
  --place NAME                         place name, Arabic or English
  --min-fatalities N                   at least N killed
  --source NAME                        outlet`;

type FilterValues = { readonly [K in keyof typeof EVENT_FILTER_OPTIONS]?: string | undefined };

export function eventFilter(v: FilterValues, text?: string): EventFilter {
  const types = Object.keys(EVENT_TYPES);
  if (v.type !== undefined && !types.includes(v.type)) throw new CliError(`--type: expected one of ${types.join(', ')}; found "${v.type}"`, EXIT.usage);
  if (v.subtype !== undefined) {
    const allowed: readonly string[] = v.type ? EVENT_TYPES[v.type as keyof typeof EVENT_TYPES] : Object.values(EVENT_TYPES).flat();
    if (!allowed.includes(v.subtype)) throw new CliError(`--subtype: expected one of ${allowed.join(', ')}; found "${v.subtype}"`, EXIT.usage);
  }
  const f: Record<string, string | number> = {};
  const set = (k: keyof EventFilter, x: string | number | undefined): void => {
    if (x !== undefined && x !== '') f[k] = x;
  };
  set('from', isoDate('--from', v.from));
  set('to', isoDate('--to', v.to));
  set('type', v.type);
  set('subtype', v.subtype);
  set('actor', v.actor);
  set('side', v.side);
  set('admin1', v.admin1);
  set('place', v.place);
  set('minFatalities', count('--min-fatalities', v['min-fatalities']));
  set('source', v.source);
  set('text', text?.trim());
  return f as EventFilter;
}
