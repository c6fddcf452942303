// An input that cannot be read at all (missing file, unreadable sidecar). Lines that are bad are
// not errors: they are yielded as problems and the run goes on.
export class IngestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'IngestError';
  }
}
