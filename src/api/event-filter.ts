// Query parameters → the store's EventFilter: `q` is the full-text query, absent values dropped.
import type { EventFilter } from '../store/types.js';
import type { EventsQuery } from './schemas.js';

type FilterKeys = Omit<EventsQuery, 'limit' | 'offset'>;

export function eventFilter(q: Partial<FilterKeys>, page?: { limit: number; offset: number }): EventFilter {
  const { q: text, ...rest } = q;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries({ ...rest, text, ...page })) if (v !== undefined) out[k] = v;
  return out as EventFilter;
}
