// Incidents: list, detail, review, merge, split. Handlers parse, call one function, answer.
import type { Hono } from 'hono';
import { notFound } from '../api-error.js';
import { incidentDetail } from '../incident-detail.js';
import { incidentItem } from '../incident-view.js';
import { requireWriter } from '../middleware.js';
import { mergeIncidents, splitIncident } from '../regroup.js';
import { jsonBody, pathId, query, userOf } from '../request.js';
import { IncidentsQuery, Merge, Review, Split } from '../schemas.js';
import type { ApiDeps, ApiEnv } from '../types.js';

export function incidentRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { store } = deps;

  app.get('/api/incidents', async (c) => {
    const { q, ...rest } = query(c, IncidentsQuery);
    const page = await store.incidentPage({ ...rest, ...(q !== undefined && { text: q }) });
    return c.json({ items: page.items.map(incidentItem), total: page.total });
  });

  app.get('/api/incidents/:id', async (c) => c.json(await incidentDetail(store, pathId(c))));

  app.post('/api/incidents/merge', requireWriter(), async (c) => {
    const { ids, comment } = await jsonBody(c, Merge);
    return c.json({ id: await mergeIncidents(store, ids, userOf(c), comment ?? null) });
  });

  app.post('/api/incidents/:id/review', requireWriter(), async (c) => {
    const id = pathId(c);
    const body = c.req.header('Content-Length') === '0' || !c.req.header('Content-Type') ? {} : await jsonBody(c, Review);
    const r = await store.reviewIncident(id, { who: userOf(c).name, comment: body.comment ?? null });
    if (!r) throw notFound('incident', id);
    return c.json(incidentItem(r));
  });

  app.post('/api/incidents/:id/split', requireWriter(), async (c) => {
    const id = pathId(c);
    const { eventIds, comment } = await jsonBody(c, Split);
    return c.json({ id: await splitIncident(store, id, eventIds, userOf(c), comment ?? null) }, 201);
  });
}
