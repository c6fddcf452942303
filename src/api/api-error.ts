// The API's one error class: carries its HTTP status and a stable code. error-response.ts turns
// it (and the store's, zod's and the body limit's errors) into `{error: {code, message}}`.
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 429 | 500 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export const notFound = (what: string, id: number | string): ApiError =>
  new ApiError(404, 'not_found', `expected an existing ${what}, found no ${what} ${id}`);
