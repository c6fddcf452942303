// Positional parameters for hand-written SQL: `?` for SQLite, `$1, $2, …` for PostgreSQL. The
// filter builder pushes values here and writes the placeholder it returns.
export class SqlParams {
  readonly values: unknown[] = [];
  constructor(private readonly style: '?' | '$') {}

  add(value: unknown): string {
    this.values.push(value);
    return this.style === '?' ? '?' : `$${this.values.length}`;
  }
}
