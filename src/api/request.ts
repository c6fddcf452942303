// Reading a request at the edge: the JSON body, the query string and path ids, each checked
// with its zod schema (a ZodError becomes a 400 in error-response.ts).
import type { Context } from 'hono';
import type { z } from 'zod';
import { ApiError } from './api-error.js';
import { Id } from './schemas.js';
import type { ApiEnv } from './types.js';

export async function jsonBody<T extends z.ZodTypeAny>(c: Context<ApiEnv>, schema: T): Promise<z.infer<T>> {
  const type = c.req.header('Content-Type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ApiError(400, 'invalid_input', `expected Content-Type: application/json, found ${type ? `"${type}"` : 'none'}`);
  let body: unknown;
  try {
    body = await c.req.json();
  } catch (e) {
    if (e instanceof ApiError) throw e; // the body limit's 413
    throw new ApiError(400, 'invalid_json', `expected a JSON body, found: ${(e as Error).message}`);
  }
  return schema.parse(body) as z.infer<T>;
}

export const query = <T extends z.ZodTypeAny>(c: Context<ApiEnv>, schema: T): z.infer<T> =>
  schema.parse(c.req.query()) as z.infer<T>;

export function pathId(c: Context<ApiEnv>, name = 'id'): number {
  const r = Id.safeParse(c.req.param(name));
  if (!r.success) throw new ApiError(400, 'invalid_input', `${name}: expected a positive whole number, found "${c.req.param(name)}"`);
  return r.data;
}

/** the logged-in user; the login middleware has checked there is one */
export function userOf(c: Context<ApiEnv>): NonNullable<ApiEnv['Variables']['user']> {
  const u = c.var.user;
  if (!u) throw new ApiError(401, 'unauthenticated', 'expected a logged-in user, found none');
  return u;
}
