// Reference and bulk data: places, actors, stats, export, basemap, and the OpenAPI description.
import type { Hono } from 'hono';
import { basemap } from '../basemap.js';
import { sendCached } from '../cached-body.js';
import { eventFilter } from '../event-filter.js';
import { EXPORT_TYPES, exportStream } from '../export-stream.js';
import { openApiDocument } from '../openapi.js';
import { actorList, findPlaces } from '../reference.js';
import { query } from '../request.js';
import { ExportQuery, PlacesQuery, StatsQuery } from '../schemas.js';
import type { ExportFormat } from '../../export/index.js';
import type { ApiDeps, ApiEnv } from '../types.js';

export function dataRoutes(app: Hono<ApiEnv>, deps: ApiDeps): void {
  const { store } = deps;

  app.get('/api/places', (c) => {
    const { q, limit } = query(c, PlacesQuery);
    return c.json(findPlaces(q, limit));
  });

  app.get('/api/actors', (c) => c.json(actorList()));

  app.get('/api/stats', async (c) => {
    const { by, ...filters } = query(c, StatsQuery);
    return c.json(await store.eventStats(by, eventFilter(filters)));
  });

  app.get('/api/export', (c) => {
    const { format, ...filters } = query(c, ExportQuery);
    const t = EXPORT_TYPES[format as ExportFormat];
    c.header('Content-Type', t.type);
    c.header('Content-Disposition', `attachment; filename="${t.file}"`);
    return c.body(exportStream(store, format as ExportFormat, eventFilter(filters)), 200);
  });

  // a day in the browser's cache, then revalidated by ETag (the outlines change with an upgrade only)
  app.get('/api/basemap', (c) => sendCached(c, basemap(), 'public, max-age=86400'));

  app.get('/api/openapi.json', (c) => c.json(openApiDocument()));
}
