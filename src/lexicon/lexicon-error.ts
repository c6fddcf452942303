/** A lexicon file that cannot be loaded; `problems` lists every bad line as "file:line: …". */
export class LexiconError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    const shown = problems.slice(0, 50);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : '';
    super(`lexicon: ${problems.length} problem${problems.length === 1 ? '' : 's'}\n  ${shown.join('\n  ')}${more}`);
    this.name = 'LexiconError';
    this.problems = problems;
  }
}
