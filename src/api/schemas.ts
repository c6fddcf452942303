// The API's input, validated at the edge with zod: query strings and JSON bodies. The types the
// handlers use are derived from these schemas.
import { z } from 'zod';
import { EVENT_TYPES } from '../codebook/schema.js';
import { EXPORT_FORMATS } from '../export/index.js';

const TYPES = Object.keys(EVENT_TYPES) as [string, ...string[]];
const SUBTYPES = Object.values(EVENT_TYPES).flat() as unknown as [string, ...string[]];

const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine((v) => !Number.isNaN(Date.parse(v)), 'expected a real date');
const count = z.coerce.number({ invalid_type_error: 'expected a whole number' }).int('expected a whole number').nonnegative('expected a whole number ≥ 0');
const text = z.string().trim().min(1, 'expected a non-empty value').max(500, 'expected at most 500 characters');

export const Id = z.coerce.number({ invalid_type_error: 'expected an id' }).int('expected a whole-number id').positive('expected an id ≥ 1').max(Number.MAX_SAFE_INTEGER);

const paging = {
  limit: count.max(1000, 'expected a limit of at most 1000').default(50),
  offset: count.default(0),
};

/** the event filters of `rasid search`, as query parameters */
const eventFilters = {
  from: date.optional(),
  to: date.optional(),
  type: z.enum(TYPES).optional(),
  subtype: z.enum(SUBTYPES).optional(),
  actor: text.optional(),
  side: text.optional(),
  admin1: text.optional(),
  place: text.optional(),
  minFatalities: count.optional(),
  source: text.optional(),
  q: text.optional(),
};

export const EventsQuery = z.object({ ...eventFilters, ...paging }).strict();
export type EventsQuery = z.infer<typeof EventsQuery>;

export const ExportQuery = z
  .object({ ...eventFilters, format: z.enum(EXPORT_FORMATS as [string, ...string[]]) })
  .strict();
export type ExportQuery = z.infer<typeof ExportQuery>;

export const StatsQuery = z
  .object({ ...eventFilters, by: z.enum(['day', 'week', 'governorate', 'side']) })
  .strict();
export type StatsQuery = z.infer<typeof StatsQuery>;

export const IncidentsQuery = z
  .object({
    from: date.optional(),
    to: date.optional(),
    type: z.enum(TYPES).optional(),
    subtype: z.enum(SUBTYPES).optional(),
    side: text.optional(),
    admin1: text.optional(),
    place: text.optional(),
    grade: z.enum(['single_source', 'corroborated', 'contested']).optional(),
    q: text.optional(),
    minSources: count.optional(),
    ...paging,
  })
  .strict();
export type IncidentsQuery = z.infer<typeof IncidentsQuery>;

export const AuditQuery = z
  .object({
    entity: z.enum(['event', 'incident', 'user']).optional(),
    id: Id.optional(),
    limit: count.max(1000, 'expected a limit of at most 1000').default(100),
  })
  .strict()
  .refine((q) => q.id === undefined || q.entity !== undefined, { message: 'expected entity with id', path: ['entity'] });
export type AuditQuery = z.infer<typeof AuditQuery>;

export const PlacesQuery = z.object({ q: text, limit: count.max(100).default(20) }).strict();

export const Login = z.object({ name: z.string().min(1).max(200), password: z.string().min(1).max(1000) }).strict();

const comment = z.string().max(2000, 'expected a comment of at most 2000 characters').optional();

export const EventPatch = z
  .object({
    changes: z.record(z.unknown()).refine((o) => Object.keys(o).length > 0, 'expected at least one changed field'),
    comment,
  })
  .strict();
export type EventPatch = z.infer<typeof EventPatch>;

export const Review = z.object({ comment }).strict();
export const Merge = z
  .object({ ids: z.array(Id).min(2, 'expected at least two incident ids').max(100), comment })
  .strict()
  .refine((b) => new Set(b.ids).size === b.ids.length, { message: 'expected distinct incident ids', path: ['ids'] });
export const Split = z
  .object({ eventIds: z.array(Id).min(1, 'expected at least one event id').max(10_000), comment })
  .strict();
