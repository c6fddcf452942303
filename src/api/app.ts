// The app: middleware in order (headers, rate limit, body limit, who is asking, login), the
// routes of ./routes, static files, and the one error handler (./error-response.ts).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Hono } from 'hono';
import { repoRoot } from '../root.js';
import { ApiError } from './api-error.js';
import { errorResponse } from './error-response.js';
import { authenticate, bodyLimits, rateLimit, requireLogin, securityHeaders } from './middleware.js';
import { dataRoutes } from './routes/data-routes.js';
import { eventRoutes } from './routes/event-routes.js';
import { incidentRoutes } from './routes/incident-routes.js';
import { reportRoutes } from './routes/report-routes.js';
import { sessionRoutes } from './routes/session-routes.js';
import { userRoutes } from './routes/user-routes.js';
import { staticFiles } from './static-files.js';
import type { ApiDeps, ApiEnv } from './types.js';

/** node_modules/leaflet/dist, served at /vendor/leaflet/ */
function leafletDist(): string {
  return join(dirname(createRequire(import.meta.url).resolve('leaflet/package.json')), 'dist');
}

export function createApp(deps: ApiDeps): Hono<ApiEnv> {
  const app = new Hono<ApiEnv>();
  app.onError((e, c) => errorResponse(e, c));
  app.use('*', securityHeaders());
  const perSecond = deps.rateLimit ?? 20;
  if (perSecond > 0) app.use('/api/*', rateLimit(perSecond));
  app.use('/api/*', bodyLimits());
  app.use('/api/*', authenticate(deps));
  app.use('/api/*', requireLogin(deps));

  sessionRoutes(app, deps);
  userRoutes(app, deps);
  incidentRoutes(app, deps);
  eventRoutes(app, deps);
  reportRoutes(app, deps);
  dataRoutes(app, deps);

  app.all('/api/*', (c) => {
    throw new ApiError(404, 'not_found', `expected an API route (GET /api/openapi.json lists them), found ${c.req.method} ${c.req.path}`);
  });
  app.use('/vendor/leaflet/*', staticFiles(leafletDist(), '/vendor/leaflet/'));
  app.use('*', staticFiles(deps.webDir ?? join(repoRoot(), 'web'), '/'));
  app.notFound((c) => errorResponse(new ApiError(404, 'not_found', `expected a file, found nothing at ${c.req.path}`), c));
  return app;
}
