// The HTTP API (/api): JSON in and out, the session cookie does the authentication. Errors
// arrive as {error: {code, message}} and are thrown as ApiError with the HTTP status.

export class ApiError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/**
 * @param {string} path under /api, e.g. '/incidents'
 * @param {{ method?: string, body?: unknown, query?: Record<string, unknown> }} [options]
 * @returns {Promise<any>}
 */
export async function api(path, options = {}) {
  const url = apiUrl(path, options.query);
  /** @type {RequestInit} */
  const init = { method: options.method ?? 'GET', credentials: 'same-origin', headers: { accept: 'application/json' } };
  if (options.body !== undefined) {
    init.body = JSON.stringify(options.body);
    init.headers = { ...init.headers, 'content-type': 'application/json' };
  }
  const res = await fetch(url, init);
  const text = await res.text();
  /** @type {any} */
  let data = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!res.ok) {
    const err = data && typeof data === 'object' ? data.error : null;
    throw new ApiError(res.status, err?.code ?? `http_${res.status}`, err?.message ?? (res.statusText || `HTTP ${res.status}`));
  }
  return data;
}

/**
 * An /api URL with the non-empty query parameters (also used for download links).
 * @param {string} path
 * @param {Record<string, unknown>} [query]
 */
export function apiUrl(path, query) {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api${path}${qs ? `?${qs}` : ''}`;
}

/** The signed-in user, or null (401). @returns {Promise<{name: string, role: string} | null>} */
export async function currentUser() {
  try {
    const data = await api('/me');
    return data?.user ?? null;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return null;
    throw e;
  }
}
