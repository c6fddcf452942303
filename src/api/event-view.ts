// An event as the API shows it: the corrected codebook event when a person corrected it, the
// machine's original beside it in the detail.
import type { Event } from '../codebook/schema.js';
import type { AuditEntry, CorrectedEvent } from '../store/types.js';

export interface EventItem {
  readonly id: number;
  readonly reportId: number;
  readonly incidentId: number | null;
  readonly event: Event;
  readonly corrected: boolean;
}

export interface EventDetail extends EventItem {
  readonly original: Event;
  readonly audit: readonly AuditEntry[];
}

export const eventItem = (e: CorrectedEvent): EventItem => ({
  id: e.id,
  reportId: e.reportId,
  incidentId: e.incidentId,
  event: e.event,
  corrected: e.original !== undefined,
});

export const eventDetail = (e: CorrectedEvent, audit: readonly AuditEntry[]): EventDetail => ({
  ...eventItem(e),
  original: e.original ?? e.event,
  audit,
});
