// Merging incidents and splitting one: events are re-assigned, each changed incident is rebuilt
// by the link module from its members, and every change is written to the audit trail in the
// same transaction (../store ReviewStore.regroupIncidents).
import type { Store, StoredUser } from '../store/types.js';
import { ApiError, notFound } from './api-error.js';
import { incidentEvents, linkInputs, rebuildIncident } from './link-inputs.js';

/** the events of `ids` into the first; the others are deleted. Returns the kept id. */
export async function mergeIncidents(store: Store, ids: readonly number[], user: StoredUser, comment: string | null): Promise<number> {
  const parts: { id: number; events: Awaited<ReturnType<typeof incidentEvents>> }[] = [];
  for (const id of ids) {
    if (!(await store.getIncident(id))) throw notFound('incident', id);
    parts.push({ id, events: await incidentEvents(store, id) });
  }
  const all = parts.flatMap((p) => p.events);
  const data = rebuildIncident(await linkInputs(store, all));
  const eventIds = all.map((e) => e.id);
  const [kept] = await store.regroupIncidents([{ id: ids[0]!, data, eventIds }], ids.slice(1), (out) =>
    parts.map((p) => ({
      who: user.name,
      entity: 'incident' as const,
      entityId: p.id,
      action: 'merge',
      before: { eventIds: p.events.map((e) => e.id) },
      after: { incidentId: out[0]!, eventIds, merged: ids },
      comment,
    })),
  );
  return kept!;
}

/** the given events out of incident `id` into a new incident. Returns the new id. */
export async function splitIncident(
  store: Store,
  id: number,
  eventIds: readonly number[],
  user: StoredUser,
  comment: string | null,
): Promise<number> {
  if (!(await store.getIncident(id))) throw notFound('incident', id);
  const events = await incidentEvents(store, id);
  const moving = new Set(eventIds);
  const own = new Set(events.map((e) => e.id));
  const stranger = eventIds.find((e) => !own.has(e));
  if (stranger !== undefined)
    throw new ApiError(400, 'invalid_input', `eventIds: expected events of incident ${id} (${[...own].join(', ')}), found ${stranger}`);
  const rest = events.filter((e) => !moving.has(e.id));
  const out = events.filter((e) => moving.has(e.id));
  if (rest.length === 0)
    throw new ApiError(400, 'invalid_input', `eventIds: expected some but not all events of incident ${id}, found all ${events.length}`);
  const [restData, outData] = [rebuildIncident(await linkInputs(store, rest)), rebuildIncident(await linkInputs(store, out))];
  const before = { eventIds: events.map((e) => e.id) };
  const ids = await store.regroupIncidents(
    [
      { id, data: restData, eventIds: rest.map((e) => e.id) },
      { id: null, data: outData, eventIds: out.map((e) => e.id) },
    ],
    [],
    (got) => [
      { who: user.name, entity: 'incident', entityId: id, action: 'split', before, after: { eventIds: rest.map((e) => e.id), newIncident: got[1]! }, comment },
      { who: user.name, entity: 'incident', entityId: got[1]!, action: 'split', before: { incidentId: id, ...before }, after: { eventIds: out.map((e) => e.id) }, comment },
    ],
  );
  return ids[1]!;
}
