// A person's correction of one event: the changed fields merged into the current event (the
// objects location, fatalities and injuries field by field), the result checked against the
// codebook schema, stored beside the machine's original with its audit entry; the event's
// incident is then rebuilt so that its figures show the correction.
import { Event, EVENT_TYPES } from '../codebook/schema.js';
import type { CorrectedEvent, Store, StoredUser } from '../store/types.js';
import { ApiError, notFound } from './api-error.js';
import { zodMessage } from './error-response.js';
import { incidentEvents, linkInputs, rebuildIncident } from './link-inputs.js';

const FIELDS = Object.keys(Event.shape);
const MERGED = new Set(['location', 'fatalities', 'injuries']);

export function applyChanges(event: Event, changes: Readonly<Record<string, unknown>>): Event {
  const unknown = Object.keys(changes).filter((k) => !FIELDS.includes(k));
  if (unknown.length)
    throw new ApiError(400, 'invalid_input', `changes: expected codebook event fields (${FIELDS.join(', ')}), found ${unknown.join(', ')}`);
  const next: Record<string, unknown> = { ...event };
  for (const [k, v] of Object.entries(changes)) {
    const old = next[k];
    next[k] = MERGED.has(k) && v && typeof v === 'object' && !Array.isArray(v) && old && typeof old === 'object' ? { ...old, ...v } : v;
  }
  const parsed = Event.safeParse(next);
  if (!parsed.success) throw new ApiError(400, 'invalid_input', `changes: ${zodMessage(parsed.error)}`);
  const e = parsed.data;
  const subtypes = (EVENT_TYPES as Record<string, readonly string[]>)[e.type];
  if (!subtypes) throw new ApiError(400, 'invalid_input', `changes.type: expected one of ${Object.keys(EVENT_TYPES).join(', ')}, found "${e.type}"`);
  if (!subtypes.includes(e.subtype))
    throw new ApiError(400, 'invalid_input', `changes.subtype: expected one of ${subtypes.join(', ')} for ${e.type}, found "${e.subtype}"`);
  return e;
}

export async function correctEvent(
  store: Store,
  id: number,
  changes: Readonly<Record<string, unknown>>,
  user: StoredUser,
  comment: string | null,
): Promise<CorrectedEvent> {
  const current = await store.getEvent(id);
  if (!current) throw notFound('event', id);
  const next = applyChanges(current.event, changes);
  const out = await store.correctEvent(id, next, { who: user.name, comment });
  if (!out) throw notFound('event', id);
  if (out.incidentId !== null) await refreshIncident(store, out.incidentId);
  return out;
}

/** recompute an incident's data from its (corrected) events; no audit entry of its own */
export async function refreshIncident(store: Store, incidentId: number): Promise<void> {
  const events = await incidentEvents(store, incidentId);
  if (events.length === 0) return;
  const data = rebuildIncident(await linkInputs(store, events));
  await store.regroupIncidents([{ id: incidentId, data, eventIds: events.map((e) => e.id) }], [], () => []);
}
