// Ingest: files in (JSONL, text, web pages, feeds, folders), reports and extractions stored,
// syndicated copies grouped, incidents recomputed.
export type { IngestItem, InputProblem, ReadReport, ReaderOptions } from './types.js';
export { IngestError } from './ingest-error.js';
export { expandInputs, kindOf, type InputFile, type InputKind } from './walk.js';
export { readFiles, type ReadInputsOptions } from './read-inputs.js';
export { ingest, DEFAULT_BATCH_SIZE, type IngestOptions } from './ingest.js';
export { formatSummary, rejectedCount, type IngestSummary } from './ingest-summary.js';
export { relinkIncidents } from './relink.js';
export { contentHash } from './content-hash.js';
export { signature, estimateJaccard } from './minhash.js';
export { SyndicationIndex, NEAR_DUPLICATE_JACCARD } from './syndication.js';
