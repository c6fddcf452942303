// The store's one error class: says what was expected and what was found, so that the CLI can
// map it to an exit code and the API to an HTTP status in one place.
export class StoreError extends Error {
  override readonly name = 'StoreError';
  /** 'input' = the caller passed something invalid; 'schema' = the database cannot be used as is */
  constructor(
    readonly kind: 'input' | 'schema',
    message: string,
  ) {
    super(message);
  }
}
