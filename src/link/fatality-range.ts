// The fatality range of an incident from its independent sources' totals, UCDP style: low =
// the lowest total, high = the highest, best = their median (or, as options, the highest, or
// ACLED's conservative "lowest reported").
import type { FatalityRange } from './types.js';

export type BestEstimate = 'median' | 'max' | 'lowest';

export function fatalityRange(
  totals: readonly number[],
  best: BestEstimate = 'median',
): FatalityRange | null {
  if (totals.length === 0) return null;
  const sorted = [...totals].sort((a, b) => a - b);
  const low = sorted[0]!;
  const high = sorted[sorted.length - 1]!;
  return { low, best: best === 'lowest' ? low : best === 'max' ? high : median(sorted), high };
}

/** Median of sorted integers; an even count gives the mean of the middle two, rounded half up. */
function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** Sources disagree on the toll when the spread exceeds 2 deaths and 20% of the highest. */
export function tollDisagrees(totals: readonly number[]): boolean {
  if (totals.length < 2) return false;
  const low = Math.min(...totals);
  const high = Math.max(...totals);
  return high - low > Math.max(2, 0.2 * high);
}
