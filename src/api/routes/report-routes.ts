// Reports: one stored report with its current events; new reports in (extracted, stored, linked).
import type { Hono } from 'hono';
import { z } from 'zod';
import { notFound } from '../api-error.js';
import { eventItem } from '../event-view.js';
import { ingestReports } from '../ingest-reports.js';
import { requireWriter } from '../middleware.js';
import { jsonBody, pathId, userOf } from '../request.js';
import type { ApiDeps, ApiEnv } from '../types.js';

export function reportRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { store } = deps;

  app.get('/api/reports/:id', async (c) => {
    const id = pathId(c);
    const r = await store.getReport(id);
    if (!r) throw notFound('report', id);
    const events = (await store.eventsOfReport(id)).filter((e) => e.current).map(eventItem);
    return c.json({
      id: r.id,
      extId: r.extId,
      source: r.source,
      url: r.url,
      published: r.published,
      title: r.title,
      text: r.text,
      syndicationGroup: r.syndicationGroup,
      ingestedAt: r.ingestedAt,
      events,
    });
  });

  app.post('/api/reports', requireWriter(), async (c) => {
    const body = await jsonBody(c, z.unknown());
    return c.json(await ingestReports(store, body, userOf(c)), 201);
  });
}
