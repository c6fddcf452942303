// Checks a report before it is written, inside the batch's transaction: a bad row rolls the
// whole batch back and is named by its place in the batch, as the caller sent it.
import { StoreError } from './store-error.js';
import type { NewReport } from './types.js';

/** a row the database would reject, or worse accept, is reported with its place in the batch */
export function checkReport(r: NewReport, i: number): void {
  for (const k of ['extId', 'text', 'contentHash', 'syndicationGroup'] as const) {
    if (typeof r[k] !== 'string' || (k !== 'text' && r[k] === '')) {
      throw new StoreError(
        'input',
        `report #${i} of the batch (${String(r.extId)}): expected ${k} as a ${k === 'text' ? '' : 'non-empty '}string, found ${JSON.stringify(r[k])}`,
      );
    }
  }
}
