// What an ingest run did, counted as it goes and printed at the end.
export interface IngestSummary {
  /** inputs read: reports and rejected lines/items (read = new + duplicate + rejected) */
  read: number;
  /** reports stored by this run */
  new: number;
  /** exact duplicates (same normalised text already stored, or read twice) */
  duplicate: number;
  /** new reports that nearly duplicate an earlier one (syndicated copies) */
  syndicated: number;
  /** inputs rejected, by reason */
  rejected: Record<string, number>;
  /** events written (current extractions of new reports, and of reports repaired after a crash) */
  events: number;
  /** batches committed */
  batches: number;
}

export const emptySummary = (): IngestSummary => ({ read: 0, new: 0, duplicate: 0, syndicated: 0, rejected: {}, events: 0, batches: 0 });

export const rejectedCount = (s: IngestSummary): number => Object.values(s.rejected).reduce((a, b) => a + b, 0);

/** The reason a problem counts under: its message up to the first colon or parenthesis. */
export function reasonOf(message: string): string {
  return message.replace(/^item \d+ \(.*\) /, '').split(/[:(;]/)[0]!.trim();
}

export function formatSummary(s: IngestSummary): string {
  const reasons = Object.entries(s.rejected).sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`);
  return [
    `${s.read} read`,
    `${s.new} new`,
    `${s.duplicate} duplicate`,
    `${s.syndicated} syndicated`,
    `${rejectedCount(s)} rejected${reasons.length ? ` (${reasons.join(', ')})` : ''}`,
    `${s.events} events written`,
  ].join(', ');
}
