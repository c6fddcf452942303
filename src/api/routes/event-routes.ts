// Events: list, detail (with its audit trail), correction; the audit trail itself.
import type { Hono } from 'hono';
import { ApiError, notFound } from '../api-error.js';
import { correctEvent } from '../correct-event.js';
import { eventFilter } from '../event-filter.js';
import { eventDetail, eventItem } from '../event-view.js';
import { requireWriter } from '../middleware.js';
import { jsonBody, pathId, query, userOf } from '../request.js';
import { AuditQuery, EventPatch, EventsQuery } from '../schemas.js';
import { roleAtLeast, type ApiDeps, type ApiEnv } from '../types.js';

export function eventRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { store } = deps;

  app.get('/api/events', async (c) => {
    const { limit, offset, ...filters } = query(c, EventsQuery);
    const items = [];
    for await (const e of store.events(eventFilter(filters, { limit, offset }))) items.push(eventItem(e));
    return c.json({ items, total: await store.countEvents(eventFilter(filters)) });
  });

  app.get('/api/events/:id', async (c) => {
    const id = pathId(c);
    const e = await store.getEvent(id);
    if (!e) throw notFound('event', id);
    return c.json(eventDetail(e, await store.audit({ entity: 'event', entityId: id })));
  });

  app.patch('/api/events/:id', requireWriter(), async (c) => {
    const id = pathId(c);
    const { changes, comment } = await jsonBody(c, EventPatch);
    const e = await correctEvent(store, id, changes, userOf(c), comment ?? null);
    return c.json(eventDetail(e, await store.audit({ entity: 'event', entityId: id })));
  });

  // account changes (entity 'user') are the admins' business: others see events and incidents only
  app.get('/api/audit', async (c) => {
    const q = query(c, AuditQuery);
    const u = c.var.user;
    const admin = u !== null && roleAtLeast(u.role, 'admin');
    if (q.entity === 'user' && !admin) {
      if (!u) throw new ApiError(401, 'unauthenticated', 'expected a logged-in admin to read account changes, found none');
      throw new ApiError(403, 'forbidden', `expected the role admin to read account changes, found ${u.role} (${u.name})`);
    }
    const entities = admin ? undefined : (['event', 'incident'] as const);
    return c.json(await store.audit({ entity: q.entity, entityId: q.id, limit: q.limit, ...(entities && { entities }) }));
  });
}
