// Exit codes, in one place (documented in the README).
export const EXIT = {
  ok: 0,
  /** some input lines were rejected and skipped; the others were processed */
  partial: 1,
  /** the command line is wrong */
  usage: 2,
  /** an input could not be read, or --strict met a bad line */
  input: 3,
  /** configuration or data files (gazetteer, lexicons) are missing or invalid */
  config: 4,
  /** the database (--db) cannot be opened or used: bad URL, unreachable server, schema newer than this program */
  database: 5,
} as const;

export class CliError extends Error {
  constructor(message: string, readonly exitCode: number) {
    super(message);
    this.name = 'CliError';
  }
}
