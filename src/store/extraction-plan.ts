// What putExtractions does with a batch, decided once for both databases from the reports'
// stored extractions. The plan gives final states, so a store can apply it in three bulk steps
// (demote, promote, insert) without ever having two current extractions of one report.
import { createHash } from 'node:crypto';
import type { Extraction } from './types.js';

export interface StoredExtraction {
  readonly id: number;
  readonly reportId: number;
  readonly extractorVersion: string;
  readonly digest: string;
  readonly current: boolean;
}

export interface ExtractionPlan {
  /** stored extractions that stop being current (their events too) */
  readonly demote: readonly number[];
  /** stored extractions that become current again: an identical re-run with `replace` */
  readonly promote: readonly number[];
  /** new extractions, in batch order, with their final current flag */
  readonly insert: readonly {
    readonly extraction: Extraction;
    readonly digest: string;
    readonly current: boolean;
  }[];
}

/** sha256 of the events and tallies: an identical re-run is recognised, not stored twice */
export function extractionDigest(x: Extraction): string {
  return createHash('sha256')
    .update(JSON.stringify([x.events, x.tallies]))
    .digest('hex');
}

interface Entry {
  readonly id: number | null;
  readonly extractorVersion: string;
  readonly digest: string;
  current: boolean;
  readonly wasCurrent: boolean;
  readonly extraction?: Extraction;
}

export function planExtractions(
  batch: readonly Extraction[],
  stored: readonly StoredExtraction[],
  replace: boolean,
): ExtractionPlan {
  const byReport = new Map<number, Entry[]>();
  const entries = (reportId: number): Entry[] => {
    let list = byReport.get(reportId);
    if (!list) byReport.set(reportId, (list = []));
    return list;
  };
  for (const s of stored)
    entries(s.reportId).push({
      id: s.id,
      extractorVersion: s.extractorVersion,
      digest: s.digest,
      current: s.current,
      wasCurrent: s.current,
    });
  const inserted: Entry[] = [];
  for (const x of batch) {
    const list = entries(x.reportId);
    const digest = extractionDigest(x);
    const same = list.find((s) => s.extractorVersion === x.extractorVersion && s.digest === digest);
    if (same) {
      // an identical re-run adds nothing; `replace` only makes the identical one current
      if (replace) for (const s of list) s.current = s === same;
      continue;
    }
    const current = replace || !list.some((s) => s.current);
    if (current) for (const s of list) s.current = false;
    const e: Entry = {
      id: null,
      extractorVersion: x.extractorVersion,
      digest,
      current,
      wasCurrent: false,
      extraction: x,
    };
    list.push(e);
    inserted.push(e);
  }
  const demote: number[] = [];
  const promote: number[] = [];
  for (const list of byReport.values())
    for (const s of list) {
      if (s.id === null) continue;
      if (s.wasCurrent && !s.current) demote.push(s.id);
      if (!s.wasCurrent && s.current) promote.push(s.id);
    }
  return {
    demote,
    promote,
    insert: inserted.map((e) => ({ extraction: e.extraction!, digest: e.digest, current: e.current })),
  };
}
