// The OpenAPI 3.1 description of every /api route (GET /api/openapi.json). test/api.test.ts
// checks that each route the app registers is described here.
const str = { type: 'string' } as const;
const int = { type: 'integer', minimum: 0 } as const;
const date = { type: 'string', format: 'date' } as const;
const obj = (properties: Record<string, unknown>, required?: string[]): Record<string, unknown> => ({
  type: 'object',
  properties,
  ...(required && { required }),
});
const ref = (name: string): { $ref: string } => ({ $ref: `#/components/schemas/${name}` });
const q = (name: string, schema: unknown, description?: string, required = false): Record<string, unknown> => ({
  name,
  in: 'query',
  required,
  schema,
  ...(description && { description }),
});
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const nameParam = { name: 'name', in: 'path', required: true, schema: { type: 'string' } };
const json = (schema: unknown, description = 'OK'): Record<string, unknown> => ({
  description,
  content: { 'application/json': { schema } },
});
const errors = {
  '400': json(ref('Error'), 'invalid input'),
  '401': json(ref('Error'), 'not logged in'),
  '429': json(ref('Error'), 'rate limited'),
};
const writeErrors = { ...errors, '403': json(ref('Error'), 'viewer: analyst or admin needed'), '413': json(ref('Error'), 'body too large') };
const body = (schema: unknown): Record<string, unknown> => ({ required: true, content: { 'application/json': { schema } } });

const EVENT_FILTERS = [
  q('from', date, 'events whose [date, date_end] overlaps from..to'),
  q('to', date),
  q('type', str, 'codebook event type'),
  q('subtype', str, 'codebook sub-type'),
  q('actor', str, 'canonical actor (actor1, actor2 or associate)'),
  q('side', str, 'side of actor1 or actor2 (actor-names.tsv)'),
  q('admin1', str, 'governorate, any spelling'),
  q('place', str, 'place name, Arabic or English'),
  q('minFatalities', int),
  q('source', str, 'outlet'),
  q('q', str, 'Arabic-aware full-text query over the report text'),
];
const PAGING = [q('limit', { ...int, maximum: 1000, default: 50 }), q('offset', { ...int, default: 0 })];

const schemas = {
  Error: obj({ error: obj({ code: str, message: str }, ['code', 'message']) }, ['error']),
  User: obj({ name: str, role: { enum: ['viewer', 'analyst', 'admin'] } }, ['name', 'role']),
  CodebookEvent: { type: 'object', description: 'a codebook event (../shared/spec/CODEBOOK.md)' },
  Range: { oneOf: [obj({ low: int, best: int, high: int }), { type: 'null' }] },
  IncidentItem: obj(
    {
      id: int,
      type: str,
      subtype: str,
      date: { type: ['string', 'null'] },
      date_end: { type: ['string', 'null'] },
      location: obj({ name: str, name_ar: str, admin1: str, lat: { type: ['number', 'null'] }, lon: { type: ['number', 'null'] }, geo_precision: int }),
      fatalities: ref('Range'),
      civilians: { type: ['integer', 'null'], description: "median of the sources' civilian figures" },
      sources: int,
      grade: { enum: ['single_source', 'corroborated', 'contested'] },
      conflicts: { type: 'array', items: str },
      reviewed: { type: 'boolean', description: 'false again once relinking, a merge or a split changes its events (the audit trail keeps the review: review_cleared)' },
      reviewedBy: { type: ['string', 'null'] },
      reviewedAt: { type: ['string', 'null'] },
      actor1: { type: ['string', 'null'] },
      actor2: { type: ['string', 'null'] },
      eventIds: { type: 'array', items: int },
    },
    ['id', 'type', 'subtype', 'date', 'location', 'fatalities', 'civilians', 'sources', 'grade', 'conflicts', 'reviewed'],
  ),
  IncidentDetail: {
    allOf: [
      ref('IncidentItem'),
      obj({
        members: {
          type: 'array',
          items: obj({ eventId: int, reportId: int, source: str, published: str, event: ref('CodebookEvent'), original: ref('CodebookEvent'), corrected: { type: 'boolean' } }),
        },
        reports: {
          type: 'array',
          items: obj({ id: int, source: str, url: str, published: str, title: str, text: str, evidence: { type: 'array', items: { type: 'array', items: int, minItems: 2, maxItems: 2 } } }),
        },
        figures: { type: 'array', items: { type: 'object' }, description: "each source's figures (link module)" },
      }),
    ],
  },
  EventItem: obj({ id: int, reportId: int, incidentId: { type: ['integer', 'null'] }, event: ref('CodebookEvent'), corrected: { type: 'boolean' } }),
  AuditEntry: obj({
    id: int,
    who: { type: ['string', 'null'], description: 'the user; for `rasid users` the OS user (or "cli"); null for the system' },
    when: str,
    entity: { enum: ['event', 'incident', 'user'] },
    entityId: int,
    action: { type: 'string', description: 'correct, review, merge, split, review_cleared; for users user_add, role_change, password_reset, password_change, token_issue, token_revoke, user_remove' },
    before: { description: 'for users: name, role and token ids (never a password hash or a token)' },
    after: {},
    comment: { type: ['string', 'null'] },
  }),
  EventDetail: {
    allOf: [ref('EventItem'), obj({ original: ref('CodebookEvent'), audit: { type: 'array', items: ref('AuditEntry') } })],
  },
  StatsRow: obj({ key: { type: ['string', 'null'] }, events: int, fatalities: int, civilians: int, children: int, women: int, fighters: { ...int, description: 'killed minus civilians, for events giving both' } }),
  Report: { type: 'object', description: 'a codebook report: {id, text, source?, url?, published?, title?}', required: ['id', 'text'] },
};

const list = (item: unknown): unknown => obj({ items: { type: 'array', items: item }, total: int }, ['items', 'total']);

const paths = {
  '/api/login': {
    post: {
      summary: 'log in: sets an HttpOnly SameSite=Strict session cookie',
      security: [],
      requestBody: body(obj({ name: str, password: str }, ['name', 'password'])),
      responses: { '200': json(obj({ user: ref('User') })), ...errors },
    },
  },
  '/api/logout': { post: { summary: 'end the session', security: [], responses: { '200': json(obj({ ok: { type: 'boolean' } })) } } },
  '/api/me': { get: { summary: 'the logged-in user', responses: { '200': json(obj({ user: ref('User') })), ...errors } } },
  '/api/me/password': {
    post: {
      summary: 'change your own password (12+ characters); your sessions end; audited',
      requestBody: body(obj({ current: str, password: str }, ['current', 'password'])),
      responses: { '200': json(obj({ ok: { type: 'boolean' } })), ...errors },
    },
  },
  '/api/users': {
    get: { summary: 'admin: the users and their roles', responses: { '200': json(obj({ users: { type: 'array', items: ref('User') } })), ...errors } },
    post: {
      summary: 'admin: add a user; the password and API token are shown once; audited',
      requestBody: body(obj({ name: str, role: { enum: ['viewer', 'analyst', 'admin'] } }, ['name', 'role'])),
      responses: { '201': json(obj({ user: ref('User'), password: str, token: str })), ...errors },
    },
  },
  '/api/users/{name}': {
    patch: {
      summary: 'admin: change the role, or reset the password (a new one-time password; sessions end); audited',
      parameters: [nameParam],
      requestBody: body(obj({ role: { enum: ['viewer', 'analyst', 'admin'] }, resetPassword: { type: 'boolean', enum: [true] } })),
      responses: { '200': json(obj({ user: ref('User'), password: str })), ...errors },
    },
    delete: { summary: 'admin: remove the user, its tokens and sessions; audited', parameters: [nameParam], responses: { '200': json(obj({ ok: { type: 'boolean' } })), ...errors } },
  },
  '/api/users/{name}/tokens': {
    post: { summary: 'admin or the user: a new API token, shown once; audited', parameters: [nameParam], responses: { '201': json(obj({ token: str })), ...errors } },
    delete: { summary: 'admin or the user: revoke every API token; audited', parameters: [nameParam], responses: { '200': json(obj({ revoked: int })), ...errors } },
  },
  '/api/incidents': {
    get: {
      summary: 'incidents in (date, id) order',
      parameters: [
        q('from', date), q('to', date), q('type', str), q('subtype', str), q('side', str), q('admin1', str), q('place', str),
        q('grade', { enum: ['single_source', 'corroborated', 'contested'] }), q('q', str, 'full-text query over the reports'),
        q('minSources', int), ...PAGING,
      ],
      responses: { '200': json(list(ref('IncidentItem'))), ...errors },
    },
  },
  '/api/incidents/{id}': {
    get: { summary: 'one incident with members, reports and figures', parameters: [idParam], responses: { '200': json(ref('IncidentDetail')), '404': json(ref('Error')), ...errors } },
  },
  '/api/incidents/{id}/review': {
    post: {
      summary: 'mark reviewed (analyst, admin); audited',
      parameters: [idParam],
      requestBody: { required: false, content: { 'application/json': { schema: obj({ comment: str }) } } },
      responses: { '200': json(ref('IncidentItem')), '404': json(ref('Error')), ...writeErrors },
    },
  },
  '/api/incidents/merge': {
    post: {
      summary: 'merge incidents into the first (analyst, admin); audited',
      requestBody: body(obj({ ids: { type: 'array', items: int, minItems: 2 }, comment: str }, ['ids'])),
      responses: { '200': json(obj({ id: int })), '404': json(ref('Error')), ...writeErrors },
    },
  },
  '/api/incidents/{id}/split': {
    post: {
      summary: 'move events out of an incident into a new one (analyst, admin); audited',
      parameters: [idParam],
      requestBody: body(obj({ eventIds: { type: 'array', items: int, minItems: 1 }, comment: str }, ['eventIds'])),
      responses: { '201': json(obj({ id: int }), 'the new incident'), '404': json(ref('Error')), ...writeErrors },
    },
  },
  '/api/events': {
    get: { summary: 'events (corrected where corrected) in (date, id) order', parameters: [...EVENT_FILTERS, ...PAGING], responses: { '200': json(list(ref('EventItem'))), ...errors } },
  },
  '/api/events/{id}': {
    get: { summary: 'one event, its machine original and audit trail', parameters: [idParam], responses: { '200': json(ref('EventDetail')), '404': json(ref('Error')), ...errors } },
    patch: {
      summary: 'correct an event (analyst, admin): changed fields merged, original kept, audited',
      parameters: [idParam],
      requestBody: body(obj({ changes: { type: 'object', description: 'partial codebook event, e.g. {"fatalities": {"total": 7, "civilians": 7}}' }, comment: str }, ['changes'])),
      responses: { '200': json(ref('EventDetail')), '404': json(ref('Error')), ...writeErrors },
    },
  },
  '/api/audit': {
    get: {
      summary: 'the audit trail, newest first; account changes (entity user) for admins only, left out for others',
      parameters: [q('entity', { enum: ['event', 'incident', 'user'] }), q('id', { type: 'integer', minimum: 1 }), q('limit', { ...int, maximum: 1000, default: 100 })],
      responses: { '200': json({ type: 'array', items: ref('AuditEntry') }), ...errors, '403': json(ref('Error'), 'entity=user: admin needed') },
    },
  },
  '/api/reports/{id}': {
    get: { summary: 'a stored report with its current events', parameters: [idParam], responses: { '200': json({ type: 'object' }), '404': json(ref('Error')), ...errors } },
  },
  '/api/reports': {
    post: {
      summary: 'store reports (analyst, admin): extracted, stored, incidents relinked; body up to 10 MB',
      requestBody: body({ oneOf: [ref('Report'), obj({ reports: { type: 'array', items: ref('Report') } }, ['reports'])] }),
      responses: { '201': json(obj({ summary: { type: 'object' }, incidents: { type: ['integer', 'null'] }, reports: { type: 'array', items: obj({ extId: str, id: { type: ['integer', 'null'] } }) } })), ...writeErrors },
    },
  },
  '/api/places': {
    get: {
      summary: 'gazetteer places by name (exact, then prefix)',
      parameters: [q('q', str, undefined, true), q('limit', { ...int, maximum: 100, default: 20 })],
      responses: { '200': json({ type: 'array', items: obj({ id: str, name_ar: str, name_en: str, admin1: { type: ['string', 'null'] }, lat: { type: 'number' }, lon: { type: 'number' }, kind: str }) }), ...errors },
    },
  },
  '/api/actors': {
    get: { summary: 'the canonical actors (actor-names.tsv)', responses: { '200': json({ type: 'array', items: obj({ name: str, side: str, inter: int, country: { type: ['string', 'null'] } }) }), ...errors } },
  },
  '/api/stats': {
    get: {
      summary: 'event counts and casualty sums by day, week (Monday), governorate or side of actor1',
      parameters: [q('by', { enum: ['day', 'week', 'governorate', 'side'] }, undefined, true), ...EVENT_FILTERS],
      responses: { '200': json({ type: 'array', items: ref('StatsRow') }), ...errors },
    },
  },
  '/api/export': {
    get: {
      summary: 'events (corrections applied) as a streamed download',
      parameters: [q('format', { enum: ['acled-csv', 'ucdp-csv', 'geojson', 'jsonl'] }, undefined, true), ...EVENT_FILTERS],
      responses: {
        '200': {
          description: 'the file',
          content: { 'text/csv': { schema: str }, 'application/geo+json': { schema: { type: 'object' } }, 'application/x-ndjson': { schema: str } },
        },
        ...errors,
      },
    },
  },
  '/api/basemap': {
    get: {
      summary: 'offline basemap: world-atlas countries (50m) clipped to the Middle East and North Africa (lon -20..65, lat 0..45, 0.001° precision) and the Syrian governorate centres; gzipped when accepted, ETag (If-None-Match → 304)',
      responses: {
        '200': json(obj({ countries: { type: 'object', description: 'GeoJSON FeatureCollection' }, governorates: { type: 'array', items: obj({ name: str, name_ar: str, lat: { type: 'number' }, lon: { type: 'number' } }) } })),
        '304': { description: 'not modified (If-None-Match gave the current ETag)' },
        ...errors,
      },
    },
  },
  '/api/openapi.json': { get: { summary: 'this document', security: [], responses: { '200': json({ type: 'object' }) } } },
};

export function openApiDocument(): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Rasid API',
      version: '0.1.0',
      description:
        'Arabic conflict reports as a geolocated record of events. Every route needs a login (session cookie from POST /api/login, or Authorization: Bearer <token> from `rasid users add`) unless the server runs with --public (anonymous GET). Writes need the role analyst or admin. Errors: {error: {code, message}}.',
    },
    servers: [{ url: '/' }],
    security: [{ session: [] }, { bearer: [] }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'rasid_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
      schemas,
    },
    paths,
  };
}
