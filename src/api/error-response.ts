// Errors → HTTP responses, in one place: ApiError keeps its status; invalid input (zod, the
// store's 'input' errors) is 400; anything else is a 500 whose detail goes to the log only.
import type { Context } from 'hono';
import { ZodError } from 'zod';
import { StoreError } from '../store/store-error.js';
import { ApiError } from './api-error.js';

export interface ErrorBody {
  readonly error: { readonly code: string; readonly message: string };
}

/** "changes.fatalities.total: Expected number, received string; limit: …" */
export function zodMessage(e: ZodError): string {
  return e.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`).join('; ');
}

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof ZodError) return new ApiError(400, 'invalid_input', zodMessage(e));
  if (e instanceof StoreError)
    return e.kind === 'input' ? new ApiError(400, 'invalid_input', e.message) : new ApiError(503, 'database', e.message);
  return new ApiError(500, 'internal', 'internal error (see the server log)');
}

export function errorResponse(e: unknown, c: Context): Response {
  const a = toApiError(e);
  if (a.status === 500) console.error('rasid serve:', e);
  return c.json({ error: { code: a.code, message: a.message } } satisfies ErrorBody, a.status);
}
